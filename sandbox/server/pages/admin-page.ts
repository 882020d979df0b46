import { html, type Html } from '../html';
import { emptyState, moduleFrame, modulesOfType, sectionMessage } from './components';
import { globalPagePath, globalPages } from './global-page';
import { appsSidebar, renderPage } from './layout';
import type { PageContext } from './page-context';

/** `/jira/settings/apps`: the app settings pages (`jira:adminPage` modules). */
export function appsPage(ctx: PageContext): Html {
  const pages = modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage');
  const body = html`<h1>Apps</h1>
    ${
      pages.length === 0
        ? emptyState('No app settings', 'Apps with settings pages list them here.')
        : html`<ul class="link-list">${pages.map((m) => html`<li><a href="/jira/settings/apps/${encodeURIComponent(m.key)}">${m.title ?? m.key}</a>${m.raw.useAsConfig === true ? html` <span class="lozenge lozenge-default">configure</span>` : ''}</li>`)}</ul>`
    }
    ${globalPages(ctx).length > 0 ? html`<h2>App pages</h2><ul class="link-list" data-testid="global-pages">${globalPages(ctx).map((m) => html`<li><a href="${globalPagePath(ctx)}">${m.title ?? m.key}</a></li>`)}</ul>` : ''}`;
  return renderPage(ctx, { title: 'Apps', section: 'apps', breadcrumbs: [{ label: 'Settings' }, { label: 'Apps' }], sidebar: appsSidebar(ctx), body });
}

/** `/jira/settings/apps/<moduleKey>[/<sub-path>]`: one admin page, full width, its history under this URL. */
export function adminModulePage(ctx: PageContext, moduleKey: string, subPath: string): { status: number; page: Html } {
  const module = modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage').find((m) => m.key === moduleKey);
  const crumbs = [{ label: 'Settings' }, { label: 'Apps', href: '/jira/settings/apps' }, { label: module?.title ?? moduleKey }];
  if (!module?.resourceKey) {
    const body = html`<h1>App page not found</h1>${sectionMessage('warning', 'No such app page', `The app has no admin page '${moduleKey}'.`)}`;
    return { status: 404, page: renderPage(ctx, { title: 'Not found', section: 'apps', breadcrumbs: crumbs, sidebar: appsSidebar(ctx), body }) };
  }
  const base = `/jira/settings/apps/${encodeURIComponent(module.key)}`;
  const body = html`<h1 class="visually-hidden">${module.title ?? module.key}</h1>
    ${moduleFrame(module, { resourceKey: module.resourceKey, extension: {}, historyPath: `/${subPath}` }, { title: module.title ?? module.key, id: `admin-${module.key}`, historyBase: base, minHeight: 200 })}`;
  return {
    status: 200,
    page: renderPage(ctx, { title: module.title ?? module.key, section: 'apps', breadcrumbs: crumbs, sidebar: appsSidebar(ctx, module.key), body }),
  };
}
