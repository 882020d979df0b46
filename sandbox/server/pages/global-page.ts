import { html, type Html } from '../html';
import { moduleFrame, modulesOfType, sectionMessage } from './components';
import { renderPage } from './layout';
import type { PageContext } from './page-context';

/**
 * `jira:globalPage`: a full page of the app under Jira's Apps menu, at the address Jira Cloud gives
 * it, `/jira/apps/<app id>/<environment id>` (its history under that address). The frame's context
 * is `extension: { type: 'jira:globalPage', location }`.
 */
export const globalPagePath = (ctx: Pick<PageContext, 'sandbox'>): string =>
  `/jira/apps/${encodeURIComponent(ctx.sandbox.runtime.appId)}/${encodeURIComponent(ctx.sandbox.runtime.environmentId)}`;

export function globalPages(ctx: Pick<PageContext, 'sandbox'>) {
  return modulesOfType(ctx.sandbox.manifest.modules, 'jira:globalPage');
}

export function globalModulePage(ctx: PageContext, appId: string, environmentId: string, subPath: string): { status: number; page: Html } {
  const [module] = globalPages(ctx);
  const known = appId === ctx.sandbox.runtime.appId && environmentId === ctx.sandbox.runtime.environmentId;
  if (!module?.resourceKey || !known) {
    const body = html`<h1>Page not found</h1>${sectionMessage('warning', 'No such app page', 'No installed app has a page at this address.')}`;
    return { status: 404, page: renderPage(ctx, { title: 'Not found', section: 'apps', breadcrumbs: [{ label: 'Apps' }], body }) };
  }
  const base = globalPagePath(ctx);
  const location = new URL(`${base}${subPath ? `/${subPath}` : ''}`, ctx.url).href;
  const body = html`<h1 class="visually-hidden">${module.title ?? module.key}</h1>
    ${moduleFrame(module, { resourceKey: module.resourceKey, extension: { location }, historyPath: `/${subPath}` }, { title: module.title ?? module.key, id: `global-${module.key}`, historyBase: base, minHeight: 300 })}`;
  return {
    status: 200,
    page: renderPage(ctx, {
      title: module.title ?? module.key,
      section: 'apps',
      breadcrumbs: [{ label: 'Apps' }, { label: module.title ?? module.key }],
      body,
    }),
  };
}
