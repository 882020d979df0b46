import { isAdmin } from '../../../jira/permissions';
import type { SidebarLink } from '../layout';
import type { PageContext } from '../page-context';
import { PROJECT_SETTINGS, settingsPagesOf, type ProjectSettingsPage } from './paths';

const LABELS: Record<ProjectSettingsPage, string> = {
  issueTypes: 'Issue types',
  issueTypeFields: 'Issue types',
  screens: 'Screens',
  requestTypes: 'Request types',
};

/** Whether the signed-in user is a Jira admin (holds Administer Jira). */
export const isJiraAdmin = (ctx: PageContext): boolean => isAdmin({ kind: 'user', user: ctx.user });

/** Where the project sidebar's "Project settings" leads: its first settings page, for Jira admins only. */
export function projectSettingsHref(ctx: PageContext, projectKey: string): string | undefined {
  const project = ctx.sandbox.jira.store.project(projectKey);
  if (!project || !isJiraAdmin(ctx)) return undefined;
  const [first] = settingsPagesOf(project);
  return first ? PROJECT_SETTINGS[first](project.key, '') : undefined;
}

/** The sidebar of a project's settings pages, as Jira shows it: back to the project, then each page. */
export function projectSettingsSidebar(
  project: { key: string; name: string; style: string; projectTypeKey: string },
  current: ProjectSettingsPage,
): { heading: string; subheading: string; links: SidebarLink[] } {
  const currentPage = current === 'issueTypeFields' ? 'issueTypes' : current;
  return {
    heading: project.name,
    subheading: 'Project settings',
    links: [
      { label: 'Back to project', href: `/jira/servicedesk/projects/${encodeURIComponent(project.key)}/issues` },
      ...settingsPagesOf(project).map((page) => ({ label: LABELS[page], href: PROJECT_SETTINGS[page](project.key, ''), current: page === currentPage })),
    ],
  };
}
