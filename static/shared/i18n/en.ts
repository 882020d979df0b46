import { enAdmin } from './en-admin';
import { enIssue } from './en-issue';

/**
 * English strings, the source table every other locale follows. Keys are grouped by the surface
 * that shows them (`common.*` for strings every surface uses). `{name}` marks a parameter.
 */
export const en = {
  ...enIssue,
  ...enAdmin,
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.none': 'None',
  'common.error.title': 'Something went wrong',
  'common.error.FORBIDDEN': 'You do not have permission to do this',
  'common.error.INVALID_INPUT': 'Some of the information is not valid',
  'common.error.NOT_FOUND': 'We could not find what you asked for',
  'common.error.CONFLICT': 'Someone else changed this at the same time',
  'common.error.UPSTREAM': 'Jira did not answer as expected',
  'common.error.INTERNAL': 'Something went wrong',
  'common.error.unreachable': 'The app could not be reached. Check your connection and try again.',
  'common.error.badAnswer': 'The app answered in a way this page does not understand. Reload the page; if it keeps happening, tell your Jira admin.',
  'common.noIssue': 'Open this from a Jira issue to see its details.',

  'admin.title': 'BRM for Jira Service Management',
  'admin.overview.intro': 'Business Relationship Management adds complaints, compliments, service requirements and business cases to your service projects. These are the projects the app can set up.',
  'admin.overview.projects': 'Service projects',
  'admin.overview.column.project': 'Project',
  'admin.overview.column.key': 'Key',
  'admin.overview.column.style': 'Type',
  'admin.overview.column.status': 'BRM status',
  'admin.overview.style.company-managed': 'Company-managed',
  'admin.overview.style.team-managed': 'Team-managed',
  'admin.overview.empty.title': 'No service projects yet',
  'admin.overview.empty.description': 'Create a Jira Service Management project first; it will show up here so you can set up BRM in it.',
  'admin.overview.status.provisioned': 'Set up',
  'admin.overview.status.pending': 'Not set up',
  'admin.overview.pendingWrites': '{count} changes to make',
  'admin.overview.summary': '{provisioned} of {total} service projects are set up for BRM.',
  'admin.overview.provides': 'What the app adds',
  'admin.overview.issueTypes': 'Issue types',
  'admin.overview.requestTypes': 'Request types',
  'admin.overview.fields': 'Fields',
  'admin.overview.fieldMissing': 'not created yet',
  'admin.overview.lastRun': 'Last set-up run',
  'admin.overview.lastRun.none': 'The app has not been set up in any project yet.',
  'admin.overview.lastRun.summary': '{finishedAt} by {startedBy}: {done} done, {skipped} already in place, {failed} failed.',

} as const;

export type MessageKey = keyof typeof en;
