/**
 * The Jira project settings pages where an admin does what the REST API cannot do for the app, and
 * their addresses on a Jira Cloud site. The admin page links to them from the site URL of its Forge
 * context (`siteUrl`); the sandbox serves the same paths, so one link works on both.
 *
 * The path patterns are Jira Cloud's own:
 * - a team-managed service project's issue types, and one type's fields:
 *   `/jira/servicedesk/projects/<KEY>/settings/issuetypes[/<issueTypeId>]` (the same pattern as
 *   team-managed software and business projects, `/jira/<product>/projects/<KEY>/settings/issuetypes`);
 * - a service project's request types and their portal groups:
 *   `/jira/servicedesk/projects/<KEY>/settings/request-types`;
 * - a company-managed project's screens: `/plugins/servlet/project-config/<KEY>/screens` (the
 *   project configuration page of a company-managed project, `project-config/<KEY>/<tab>`).
 */
export const SETTINGS_PAGES = ['issueTypes', 'issueTypeFields', 'screens', 'requestTypes'] as const;
export type SettingsPage = (typeof SETTINGS_PAGES)[number];

/** Where to send an admin: a settings page of a project, and the issue type for `issueTypeFields`. */
export interface SettingsLink {
  page: SettingsPage;
  projectKey: string;
  issueTypeId?: string;
}

/** The path of a settings page on any Jira Cloud site (and in the sandbox). */
export function settingsPagePath(link: SettingsLink): string {
  const key = encodeURIComponent(link.projectKey);
  const project = `/jira/servicedesk/projects/${key}/settings`;
  switch (link.page) {
    case 'issueTypes':
      return `${project}/issuetypes`;
    case 'issueTypeFields':
      return link.issueTypeId === undefined ? `${project}/issuetypes` : `${project}/issuetypes/${encodeURIComponent(link.issueTypeId)}`;
    case 'requestTypes':
      return `${project}/request-types`;
    case 'screens':
      return `/plugins/servlet/project-config/${key}/screens`;
  }
}

/** The full address of a settings page on the site `siteUrl` (e.g. `https://acme.atlassian.net`). */
export function settingsPageUrl(siteUrl: string, link: SettingsLink): string {
  return `${siteUrl.replace(/\/+$/, '')}${settingsPagePath(link)}`;
}
