import type { SidebarLink } from './layout';

/**
 * The sidebar of a service project's agent pages, as JSM shows it, with the apps' project pages;
 * Jira admins also get "Project settings" (`settingsHref`, see project-settings/sidebar.ts).
 */
export function projectSidebar(
  project: { key: string; name: string },
  current: 'issues' | 'organizations' | 'dashboards' | 'app',
  settingsHref?: string,
  appLinks: readonly SidebarLink[] = [],
): { heading: string; subheading: string; links: SidebarLink[] } {
  const key = encodeURIComponent(project.key);
  return {
    heading: project.name,
    subheading: 'Service project',
    links: [
      { label: 'Issues', href: `/jira/software/projects/${key}/issues`, current: current === 'issues' },
      { label: 'Organizations', href: '/jira/servicedesk/organizations', current: current === 'organizations' },
      { label: 'Dashboards', href: '/jira/dashboards/1', current: current === 'dashboards' },
      // Apps' project pages (`jira:projectPage`), as Jira lists them in the project's sidebar.
      ...appLinks,
      ...(settingsHref ? [{ label: 'Project settings', href: settingsHref }] : []),
    ],
  };
}

/** The sidebar of agent pages that belong to no one project (organizations, dashboards). */
export function serviceSidebar(current: 'organizations' | 'dashboards'): { heading: string; subheading: string; links: SidebarLink[] } {
  return {
    heading: 'Service management',
    subheading: 'Agent view',
    links: [
      { label: 'Issues', href: '/issues' },
      { label: 'Organizations', href: '/jira/servicedesk/organizations', current: current === 'organizations' },
      { label: 'Dashboards', href: '/jira/dashboards/1', current: current === 'dashboards' },
    ],
  };
}
