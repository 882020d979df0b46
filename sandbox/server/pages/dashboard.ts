import type { Dashboard, DashboardGadget } from '../../jira/model';
import type { AppModule } from '../../runtime/app-manifest';
import { frameUrl } from '../app-frames';
import { DASHBOARD_NAME_MAX } from '../dashboards';
import { html, type Html } from '../html';
import { emptyState, inUserLanguage, moduleFrame, moduleTitle, modulesOfType, sectionMessage } from './components';
import { renderPage } from './layout';
import type { PageContext } from './page-context';
import { serviceSidebar } from './project-sidebar';

type PageResult = Html | { status: number; page: Html };
type ActionResult = PageResult | { redirect: string };

export const dashboardPath = (dashboardId: string): string => `/jira/dashboards/${encodeURIComponent(dashboardId)}`;

const gadgetModules = (ctx: PageContext): AppModule[] => modulesOfType(ctx.sandbox.manifest.modules, 'jira:dashboardGadget');

/** Only Jira users with product access (not portal-only customers) have dashboards. */
const mayEdit = (ctx: PageContext): boolean => ctx.user.kind !== 'customer';

function page(ctx: PageContext, title: string, breadcrumbs: { label: string; href?: string }[], body: Html): Html {
  return renderPage(ctx, {
    title,
    section: 'dashboards',
    sidebar: serviceSidebar('dashboards'),
    breadcrumbs: [{ label: 'Dashboards', href: '/jira/dashboards' }, ...breadcrumbs],
    body,
  });
}

/** One gadget: its frame (the edit view until it has a configuration), with Refresh, Edit and Remove. */
function gadgetSection(ctx: PageContext, dashboard: Dashboard, gadget: DashboardGadget): Html {
  const module = gadgetModules(ctx).find((m) => m.key === gadget.moduleKey);
  const remove = mayEdit(ctx)
    ? html`<form method="post" action="${dashboardPath(dashboard.id)}/gadgets/${encodeURIComponent(gadget.id)}/remove" class="inline-form">
        <button type="submit" class="button button-subtle" aria-label="Remove ${module ? moduleTitle(ctx, module) : gadget.moduleKey}">Remove</button>
      </form>`
    : '';
  if (!module) {
    return html`<section class="gadget" aria-label="${gadget.moduleKey}">
      <div class="gadget-header"><h2>${gadget.moduleKey}</h2>${remove}</div>
      ${sectionMessage('warning', 'This gadget is not available', 'The app that provides it is not installed.')}
    </section>`;
  }
  const config = gadget.configuration ?? {};
  const base = {
    type: 'jira:dashboardGadget',
    gadgetConfiguration: config,
    dashboard: { id: dashboard.id },
    gadget: { id: gadget.id },
    location: `${ctx.url.origin}${dashboardPath(dashboard.id)}`,
  };
  const editResource = typeof module.raw.edit?.resource === 'string' ? module.raw.edit.resource : undefined;
  const editExtension = { ...base, entryPoint: 'edit' };
  const editSrc =
    editResource && mayEdit(ctx) ? frameUrl({ resourceKey: editResource, moduleKey: module.key, extension: editExtension, closable: true }) : undefined;
  // Jira opens a new gadget in its edit view until it has been configured once.
  const editing = editSrc !== undefined && editResource !== undefined && gadget.configuration === null;
  const id = `gadget-${gadget.id}`;
  const refreshMinutes = typeof config.refresh === 'number' && Number.isInteger(config.refresh) && config.refresh > 0 ? String(config.refresh) : undefined;
  const extraData = {
    'dashboard-id': dashboard.id,
    'gadget-id': gadget.id,
    refreshable: module.raw.refreshable === false ? 'false' : 'true',
    ...(refreshMinutes ? { 'refresh-minutes': refreshMinutes } : {}),
    ...(editSrc ? { 'edit-src': editSrc } : {}),
  };
  const title = moduleTitle(ctx, module);
  const frame = editing
    ? moduleFrame(module, { resourceKey: editResource, extension: editExtension, closable: true }, { title, id, role: 'gadget-edit', extraData, minHeight: 80 })
    : moduleFrame(module, { resourceKey: module.resourceKey ?? '', extension: base }, { title, id, extraData, minHeight: 80 });
  return html`<section class="gadget" aria-label="${title}" data-gadget="${gadget.id}">
    <div class="gadget-header"><h2>${title}</h2>
      <div class="gadget-actions">
        ${editing ? '' : html`<button type="button" class="button button-subtle" data-refresh-gadget="${id}">Refresh</button>`}
        ${editSrc && !editing ? html`<button type="button" class="button button-subtle" data-edit-gadget="${id}">Edit</button>` : ''}
        ${remove}
      </div>
    </div>
    ${frame}
  </section>`;
}

/**
 * The gadget directory: every `jira:dashboardGadget` the app declares, each with "Add". The
 * manifest's `thumbnail` is an address on the internet, which the offline sandbox does not load: a
 * letter stands in for it.
 */
function gadgetDirectory(ctx: PageContext, dashboard: Dashboard): Html {
  const modules = gadgetModules(ctx);
  return html`<details class="gadget-directory">
    <summary class="button button-primary">Add gadget</summary>
    <div class="card" role="group" aria-label="Gadgets you can add">
      ${
        modules.length === 0
          ? html`<p class="subtle">No app on this site adds dashboard gadgets.</p>`
          : html`<ul class="plain-list">${modules.map((m) => {
              const title = moduleTitle(ctx, m);
              return html`<li class="gadget-choice">
              <span class="avatar" aria-hidden="true">${title.slice(0, 1).toUpperCase()}</span>
              <div><strong>${title}</strong><p class="subtle small">${m.description ? inUserLanguage(ctx, m.description) : ''}</p></div>
              <form method="post" action="${dashboardPath(dashboard.id)}/gadgets"><input type="hidden" name="moduleKey" value="${m.key}" />
                <button type="submit" class="button" aria-label="Add ${title}">Add</button></form>
            </li>`;
            })}</ul>`
      }
    </div>
  </details>`;
}

/** `/jira/dashboards/<id>`: the dashboard's gadgets, with their saved configurations. */
export function dashboardPage(ctx: PageContext, dashboardId: string): PageResult {
  const dashboard = ctx.dashboards.get(dashboardId);
  if (!dashboard) {
    return {
      status: 404,
      page: page(
        ctx,
        'Dashboard not found',
        [{ label: 'Not found' }],
        emptyState('This dashboard does not exist', 'It may have been deleted, or the address is wrong.'),
      ),
    };
  }
  const gadgets = dashboard.gadgets.map((g) => gadgetSection(ctx, dashboard, g));
  const body = html`<div class="page-heading"><h1>${dashboard.name}</h1>
      <div class="gadget-actions">
        ${dashboard.gadgets.length > 0 ? html`<button type="button" class="button" data-refresh-dashboard>Refresh</button>` : ''}
        ${mayEdit(ctx) ? gadgetDirectory(ctx, dashboard) : ''}
      </div></div>
    ${gadgets.length > 0 ? html`<div class="gadget-grid">${gadgets}</div>` : emptyState('This dashboard is empty', 'Add a gadget to see what matters to you here.')}`;
  return page(ctx, dashboard.name, [{ label: dashboard.name }], body);
}

/** `/jira/dashboards`: every dashboard, and a form to create one. */
export function dashboardsPage(ctx: PageContext): Html {
  const body = html`<h1>Dashboards</h1>
    <ul class="plain-list" data-testid="dashboards">${ctx.dashboards.all().map((d) => html`<li><a href="${dashboardPath(d.id)}">${d.name}</a></li>`)}</ul>
    ${
      mayEdit(ctx)
        ? html`<form method="post" action="/jira/dashboards" class="card inline-form">
          <label for="dashboard-name">Name</label>
          <input id="dashboard-name" name="name" type="text" class="textfield" required maxlength="${String(DASHBOARD_NAME_MAX)}" />
          <button type="submit" class="button button-primary">Create dashboard</button>
        </form>`
        : ''
    }`;
  return page(ctx, 'Dashboards', [], body);
}

const refused = (ctx: PageContext, message: string): PageResult => ({
  status: 403,
  page: page(ctx, 'Not allowed', [], sectionMessage('error', 'You cannot change dashboards', message)),
});

export function createDashboard(ctx: PageContext, form: URLSearchParams): ActionResult {
  if (!mayEdit(ctx)) return refused(ctx, 'Only Jira users have dashboards.');
  const name = (form.get('name') ?? '').trim();
  if (name === '' || name.length > DASHBOARD_NAME_MAX)
    return {
      status: 400,
      page: page(ctx, 'Dashboards', [], sectionMessage('error', 'The dashboard needs a name', `Give it a name of at most ${DASHBOARD_NAME_MAX} characters.`)),
    };
  return { redirect: dashboardPath(ctx.dashboards.create(name, ctx.user.accountId).id) };
}

export function addGadget(ctx: PageContext, dashboardId: string, form: URLSearchParams): ActionResult {
  if (!mayEdit(ctx)) return refused(ctx, 'Only Jira users have dashboards.');
  const moduleKey = form.get('moduleKey') ?? '';
  if (!gadgetModules(ctx).some((m) => m.key === moduleKey))
    return { status: 400, page: page(ctx, 'Add gadget', [], sectionMessage('error', 'No such gadget', 'Choose a gadget from the list.')) };
  if (!ctx.dashboards.addGadget(dashboardId, moduleKey)) return dashboardPage(ctx, dashboardId);
  return { redirect: dashboardPath(dashboardId) };
}

export function removeGadget(ctx: PageContext, dashboardId: string, gadgetId: string): ActionResult {
  if (!mayEdit(ctx)) return refused(ctx, 'Only Jira users have dashboards.');
  ctx.dashboards.removeGadget(dashboardId, gadgetId);
  return { redirect: dashboardPath(dashboardId) };
}
