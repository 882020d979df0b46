/**
 * The sandbox's project settings pages, which stand in for Jira's own: stable URLs an app (its
 * admin page, its docs, its tests) can send a Jira admin to. Each page's form posts to the page's
 * URL plus the suffix its page names; every page and post is for Jira admins only.
 */

const base = (projectKey: string): string => `/jira/servicedesk/projects/${encodeURIComponent(projectKey)}/settings`;

export const PROJECT_SETTINGS = {
  /** Team-managed: the project's own issue types, and a form to create one. */
  issueTypes: (projectKey: string): string => `${base(projectKey)}/issuetypes`,
  /** Team-managed: the fields of one issue type (its field layout), to add or remove fields. */
  issueTypeFields: (projectKey: string, issueTypeId: string): string => `${base(projectKey)}/issuetypes/${encodeURIComponent(issueTypeId)}`,
  /** Company-managed: the screens the project's issue types use, to add or remove fields. */
  screens: (projectKey: string): string => `${base(projectKey)}/screens`,
  /** Service projects: the request types with their portal groups, to add a type to a group or remove it. */
  requestTypes: (projectKey: string): string => `${base(projectKey)}/request-types`,
} as const;

/** The router patterns of the pages above (`:projectKey`, `:issueTypeId`). */
export const PROJECT_SETTINGS_ROUTES = {
  issueTypes: '/jira/servicedesk/projects/:projectKey/settings/issuetypes',
  issueTypeFields: '/jira/servicedesk/projects/:projectKey/settings/issuetypes/:issueTypeId',
  screens: '/jira/servicedesk/projects/:projectKey/settings/screens',
  requestTypes: '/jira/servicedesk/projects/:projectKey/settings/request-types',
} as const;

export type ProjectSettingsPage = keyof typeof PROJECT_SETTINGS;

/**
 * Jira Cloud's own addresses of pages the sandbox serves under other paths, which redirect to the
 * sandbox's page, so a link an app builds for a real site works here too. (The team-managed issue
 * types and request types pages already have Jira Cloud's paths.)
 * - a company-managed project's screens: `/plugins/servlet/project-config/<KEY>/screens`;
 * - one category of a service project's request types: `.../settings/request-types/category/<name>`.
 */
export const JIRA_CLOUD_ALIASES = {
  screens: '/plugins/servlet/project-config/:projectKey/screens',
  requestTypeCategory: '/jira/servicedesk/projects/:projectKey/settings/request-types/category/*',
} as const;

/** The settings pages a project has: team-managed ones their issue types, company-managed ones their screens, service projects their request types. */
export function settingsPagesOf(project: { style: string; projectTypeKey: string }): ProjectSettingsPage[] {
  const pages: ProjectSettingsPage[] = project.style === 'next-gen' ? ['issueTypes'] : ['screens'];
  if (project.projectTypeKey === 'service_desk') pages.push('requestTypes');
  return pages;
}
