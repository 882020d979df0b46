/** The handlers manifest.yml names (`index.<name>`), and nothing else. */
export { adminResolver } from './resolvers/admin-resolver';
export { issueResolver } from './resolvers/issue-resolver';
export { complaintResolver, registerResolver } from './register/resolver';
export { onIssueCreated } from './triggers/on-issue-created';
export { onIssueUpdated } from './triggers/on-issue-updated';
export { runJobs } from './triggers/job-consumer';
export { escalateComplaints } from './triggers/escalate-complaints';
export { validateComplaintResolution } from './triggers/validate-complaint-resolution';
