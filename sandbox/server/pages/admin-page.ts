import { html, type Html } from '../html';
import { emptyState, moduleFrame, moduleTitle, modulesOfType, sectionMessage } from './components';
import { globalPageLinks } from './app-pages';
import { appsSidebar, renderPage } from './layout';
import { SENT_EMAILS_PATH } from './sent-emails';
import type { PageContext } from './page-context';

/** `/jira/settings/apps`: the apps' pages (`jira:globalPage`), their settings pages (`jira:adminPage`) and the emails they sent. */
export function appsPage(ctx: PageContext): Html {
  const pages = modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage');
  const globalPages = globalPageLinks(ctx);
  const body = html`<h1>Apps</h1>
    ${globalPages.length > 0 ? html`<h2>Your apps</h2><ul class="link-list" data-testid="global-pages">${globalPages.map((p) => html`<li><a href="${p.href}">${p.label}</a></li>`)}</ul>` : ''}
    <p><a href="${SENT_EMAILS_PATH}">Sent emails</a> <span class="subtle">(what apps asked Jira to email)</span></p>
    <h2>App settings</h2>
    ${
      pages.length === 0
        ? emptyState('No app settings', 'Apps with settings pages list them here.')
        : html`<ul class="link-list">${pages.map((m) => html`<li><a href="/jira/settings/apps/${encodeURIComponent(m.key)}">${moduleTitle(ctx, m)}</a>${m.raw.useAsConfig === true ? html` <span class="lozenge lozenge-default">configure</span>` : ''}</li>`)}</ul>`
    }`;
  return renderPage(ctx, { title: 'Apps', section: 'apps', breadcrumbs: [{ label: 'Settings' }, { label: 'Apps' }], sidebar: appsSidebar(ctx), body });
}

/** `/jira/settings/apps/<moduleKey>[/<sub-path>]`: one admin page, full width, its history under this URL. */
export function adminModulePage(ctx: PageContext, moduleKey: string, subPath: string): { status: number; page: Html } {
  const module = modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage').find((m) => m.key === moduleKey);
  const crumbs = [{ label: 'Settings' }, { label: 'Apps', href: '/jira/settings/apps' }, { label: module ? moduleTitle(ctx, module) : moduleKey }];
  if (!module?.resourceKey) {
    const body = html`<h1>App page not found</h1>${sectionMessage('warning', 'No such app page', `The app has no admin page '${moduleKey}'.`)}`;
    return { status: 404, page: renderPage(ctx, { title: 'Not found', section: 'apps', breadcrumbs: crumbs, sidebar: appsSidebar(ctx), body }) };
  }
  const base = `/jira/settings/apps/${encodeURIComponent(module.key)}`;
  const title = moduleTitle(ctx, module);
  const body = html`<h1 class="visually-hidden">${title}</h1>
    ${moduleFrame(module, { resourceKey: module.resourceKey, extension: {}, historyPath: `/${subPath}` }, { title, id: `admin-${module.key}`, historyBase: base, minHeight: 200 })}`;
  return {
    status: 200,
    page: renderPage(ctx, { title, section: 'apps', breadcrumbs: crumbs, sidebar: appsSidebar(ctx, module.key), body }),
  };
}
