import { frameUrl } from '../app-frames';
import { html, type Html } from '../html';
import { emptyState, moduleFrame, modulesOfType } from './components';
import { renderPage } from './layout';
import { serviceSidebar } from './project-sidebar';
import type { PageContext } from './page-context';

/** `/jira/dashboards/<id>`: every `jira:dashboardGadget` module as a gadget, with its saved configuration. */
export function dashboardPage(ctx: PageContext, dashboardId: string): Html {
  const gadgets = modulesOfType(ctx.sandbox.manifest.modules, 'jira:dashboardGadget').map((m) => {
    const config = ctx.gadgets.get(dashboardId, m.key);
    const editResource = typeof m.raw.edit?.resource === 'string' ? m.raw.edit.resource : undefined;
    const base = { gadgetConfiguration: config, dashboard: { id: dashboardId }, gadget: { id: `${dashboardId}-${m.key}` } };
    const editExtension = { ...base, entryPoint: 'edit' };
    const editSrc = editResource ? frameUrl({ resourceKey: editResource, moduleKey: m.key, extension: editExtension, closable: true }) : undefined;
    // Jira opens a new gadget in its edit view until it has been configured once.
    const editing = editResource !== undefined && Object.keys(config).length === 0;
    const id = `gadget-${m.key}`;
    const frame = editing
      ? moduleFrame(
          m,
          { resourceKey: editResource, extension: editExtension, closable: true },
          { title: m.title ?? m.key, id, role: 'gadget-edit', extraData: { 'dashboard-id': dashboardId }, minHeight: 80 },
        )
      : moduleFrame(
          m,
          { resourceKey: m.resourceKey ?? '', extension: base },
          { title: m.title ?? m.key, id, extraData: { 'dashboard-id': dashboardId, ...(editSrc ? { 'edit-src': editSrc } : {}) }, minHeight: 80 },
        );
    return html`<section class="gadget" aria-label="${m.title ?? m.key}">
      <div class="gadget-header"><h2>${m.title ?? m.key}</h2>
        ${editSrc && !editing ? html`<button type="button" class="button button-subtle" data-edit-gadget="${id}">Edit</button>` : ''}</div>
      ${frame}
    </section>`;
  });
  const body = html`<h1>Dashboard</h1>
    ${gadgets.length > 0 ? html`<div class="gadget-grid">${gadgets}</div>` : emptyState('No gadgets', 'Apps that add dashboard gadgets show them here.')}`;
  return renderPage(ctx, {
    title: 'Dashboard',
    section: 'dashboards',
    sidebar: serviceSidebar('dashboards'),
    breadcrumbs: [{ label: 'Dashboards' }, { label: `Dashboard ${dashboardId}` }],
    body,
  });
}
