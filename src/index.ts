/** The handlers manifest.yml names (`index.<name>`), and nothing else. */
export { adminResolver } from '#surfaces/admin-resolver';
export { issueResolver } from '#surfaces/issue-resolver';
export { portfolioResolver } from '#surfaces/portfolio-resolver';
export { globalPageResolver } from '#surfaces/global-page-resolver';
export { complaintResolver } from '#surfaces/complaint-resolver';
export { registerResolver } from '#surfaces/register-resolver';
export { surveyPortalResolver } from '#surfaces/survey-portal-resolver';
export { kpiResolver } from '#surfaces/kpi-gadget-resolver';
export { onIssueCreated } from '#triggers/on-issue-created';
export { onIssueUpdated } from '#triggers/on-issue-updated';
export { onRequestResolved } from '#triggers/on-request-resolved';
export { runSurveySweep } from '#triggers/survey-sweep';
export { runJobs } from '#triggers/job-consumer';
export { assessPortfolioDaily } from '#triggers/portfolio-health-daily';
export { syncDeskOrganizations } from '#triggers/desk-organizations-sync';
export { escalateComplaints } from '#triggers/escalate-complaints';
export { validateComplaintResolution } from '#triggers/validate-complaint-resolution';
