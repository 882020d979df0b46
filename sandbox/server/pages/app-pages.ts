import type { AppModule } from '../../runtime/app-manifest';
import { html, type Html } from '../html';
import { inUserLanguage, moduleFrame, moduleTitle, modulesOfType, sectionMessage } from './components';
import { renderPage, type SidebarLink } from './layout';
import type { PageContext } from './page-context';
import { projectSettingsHref } from './project-settings/sidebar';
import { projectSidebar } from './project-sidebar';

/**
 * Full-page app modules at Jira Cloud's own addresses: a `jira:projectPage` at
 * `/jira/servicedesk/projects/<KEY>/apps/<appId>/<environmentId>` (service projects; software
 * projects use `/jira/software/projects/…`), a `jira:globalPage` at `/jira/apps/<appId>/<environmentId>`,
 * each with its sub-paths for `view.createHistory()`. The sandbox serves the app's first module of
 * each type there (the app has one of each).
 */

export const APP_PAGE_ROUTES = {
  project: '/jira/servicedesk/projects/:projectKey/apps/:appId/:environmentId',
  softwareProject: '/jira/software/projects/:projectKey/apps/:appId/:environmentId',
  global: '/jira/apps/:appId/:environmentId',
} as const;

const appPath = (ctx: PageContext): string => `${encodeURIComponent(ctx.sandbox.manifest.appId)}/${encodeURIComponent(ctx.sandbox.runtime.environmentId)}`;

export const projectPageHref = (ctx: PageContext, projectKey: string): string =>
  `/jira/servicedesk/projects/${encodeURIComponent(projectKey)}/apps/${appPath(ctx)}`;
export const globalPageHref = (ctx: PageContext): string => `/jira/apps/${appPath(ctx)}`;

/** A `jira:projectPage` shows in projects its display conditions allow (the sandbox reads `projectType`). */
function showsIn(module: AppModule, projectTypeKey: string): boolean {
  const conditions: unknown = module.raw.displayConditions;
  if (typeof conditions !== 'object' || conditions === null || !('projectType' in conditions)) return true;
  return conditions.projectType === projectTypeKey;
}

/** The project sidebar's links to the app's project pages. */
export function projectPageLinks(ctx: PageContext, projectKey: string, current = false): SidebarLink[] {
  const project = ctx.sandbox.jira.store.project(projectKey);
  if (!project) return [];
  return modulesOfType(ctx.sandbox.manifest.modules, 'jira:projectPage')
    .filter((m) => showsIn(m, project.projectTypeKey))
    .slice(0, 1)
    .map((m) => ({ label: moduleTitle(ctx, m), href: projectPageHref(ctx, project.key), current }));
}

const notFound = (ctx: PageContext, title: string, message: string): { status: number; page: Html } => ({
  status: 404,
  page: renderPage(ctx, { title, body: html`<h1>${title}</h1>${sectionMessage('warning', 'This page does not exist', message)}` }),
});

const sameApp = (ctx: PageContext, appId: string, environmentId: string): boolean =>
  appId === ctx.sandbox.manifest.appId && environmentId === ctx.sandbox.runtime.environmentId;

/** A project page of the app, in a project the signed-in user may browse. */
export async function projectAppPage(ctx: PageContext, params: Record<string, string>): Promise<{ status: number; page: Html }> {
  const projectKey = params.projectKey ?? '';
  const module = modulesOfType(ctx.sandbox.manifest.modules, 'jira:projectPage')[0];
  if (!module?.resourceKey || !sameApp(ctx, params.appId ?? '', params.environmentId ?? ''))
    return notFound(ctx, 'App page not found', 'No installed app has a project page at this address.');
  const read = await ctx.reads.project(projectKey);
  if (!read.ok) return notFound(ctx, 'Project not found', read.failure.message);
  const project = read.value;
  const title = moduleTitle(ctx, module);
  if (!showsIn(module, project.projectTypeKey ?? '')) return notFound(ctx, 'App page not found', `${title} is not shown in this kind of project.`);
  const base = projectPageHref(ctx, project.key);
  const extension = { project: { id: project.id, key: project.key, type: project.projectTypeKey ?? 'service_desk' } };
  const body = html`<h1 class="visually-hidden">${title}</h1>
    ${moduleFrame(module, { resourceKey: module.resourceKey, extension, historyPath: `/${params.rest ?? ''}` }, { title, id: `project-page-${module.key}`, historyBase: base, minHeight: 400 })}`;
  const sidebar = projectSidebar(
    { key: project.key, name: project.name },
    'app',
    projectSettingsHref(ctx, project.key),
    projectPageLinks(ctx, project.key, true),
  );
  return {
    status: 200,
    page: renderPage(ctx, {
      title: `${title} - ${project.name}`,
      section: 'issues',
      breadcrumbs: [
        { label: 'Projects', href: '/' },
        { label: project.name, href: `/jira/servicedesk/projects/${encodeURIComponent(project.key)}/issues` },
        { label: title },
      ],
      sidebar,
      body,
    }),
  };
}

/**
 * A full-page module's subpages (manifest `pages`: `{ title, route }`, titles in the signed-in
 * user's language), which Jira lists in the page's sidebar at `<page address>/<route>`; the frame
 * follows the address with `view.createHistory()`. The manifest reader leaves out entries without a
 * title and a route, as Forge's manifest requires both.
 */
export function subpagesOf(ctx: PageContext, module: AppModule): { title: string; route: string }[] {
  return module.subpages.map((page) => ({ title: inUserLanguage(ctx, page.title), route: page.route }));
}

/** The app's global page, full width; with subpages, a sidebar of them as Jira shows it. */
export function globalAppPage(ctx: PageContext, params: Record<string, string>): { status: number; page: Html } {
  const module = modulesOfType(ctx.sandbox.manifest.modules, 'jira:globalPage')[0];
  if (!module?.resourceKey || !sameApp(ctx, params.appId ?? '', params.environmentId ?? ''))
    return notFound(ctx, 'App page not found', 'No installed app has a page at this address.');
  const rest = params.rest ?? '';
  const subpages = subpagesOf(ctx, module);
  const current = subpages.find((s) => rest === s.route || rest.startsWith(`${s.route}/`)) ?? subpages[0];
  const title = moduleTitle(ctx, module);
  const body = html`<h1 class="visually-hidden">${current?.title ?? title}</h1>
    ${moduleFrame(module, { resourceKey: module.resourceKey, extension: {}, historyPath: `/${rest}` }, { title, id: `global-page-${module.key}`, historyBase: globalPageHref(ctx), minHeight: 400 })}`;
  const sidebar =
    subpages.length === 0
      ? undefined
      : {
          heading: title,
          links: subpages.map((s) => ({ label: s.title, href: `${globalPageHref(ctx)}/${encodeURIComponent(s.route)}`, current: s === current })),
        };
  return {
    status: 200,
    page: renderPage(ctx, {
      title: current?.title ?? title,
      section: 'apps',
      breadcrumbs: [{ label: 'Apps' }, { label: title }, ...(current ? [{ label: current.title }] : [])],
      ...(sidebar ? { sidebar } : {}),
      body,
    }),
  };
}

/** Links to the app's global page, or to each of its subpages (the "Apps" menu of Jira's top navigation). */
export function globalPageLinks(ctx: PageContext): { label: string; href: string }[] {
  return modulesOfType(ctx.sandbox.manifest.modules, 'jira:globalPage')
    .slice(0, 1)
    .flatMap((m) => {
      const subpages = subpagesOf(ctx, m);
      if (subpages.length === 0) return [{ label: moduleTitle(ctx, m), href: globalPageHref(ctx) }];
      return subpages.map((s) => ({ label: s.title, href: `${globalPageHref(ctx)}/${encodeURIComponent(s.route)}` }));
    });
}
