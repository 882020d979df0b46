/** The handlers manifest.yml names (`index.<name>`), and nothing else. */
export { adminResolver } from '#surfaces/admin-resolver';
export { issueResolver } from '#surfaces/issue-resolver';
export { kpiResolver } from '#surfaces/kpi-gadget-resolver';
export { onIssueCreated } from '#triggers/on-issue-created';
export { onIssueUpdated } from '#triggers/on-issue-updated';
export { runJobs } from '#triggers/job-consumer';
