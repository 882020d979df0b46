/** The handlers manifest.yml names (`index.<name>`), and nothing else. */
export { adminResolver } from './resolvers/admin-resolver';
export { issueResolver } from './resolvers/issue-resolver';
export { onIssueCreated } from './triggers/on-issue-created';
export { onIssueUpdated } from './triggers/on-issue-updated';
export { runJobs } from './triggers/job-consumer';
export { portfolioResolver } from './portfolio/resolver';
export { assessPortfolioDaily } from './triggers/portfolio-health-daily';
