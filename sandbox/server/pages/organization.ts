import { html, type Html } from '../html';
import { emptyState, moduleFrame, modulesOfType, person, sectionMessage } from './components';
import { renderPage } from './layout';
import { serviceSidebar } from './project-sidebar';
import type { PageContext } from './page-context';

const ORGANIZATION_MODULES = ['jiraServiceManagement:organizationPanel'];

/** `/jira/servicedesk/organizations`: every organization the user can see. */
export async function organizationsPage(ctx: PageContext): Promise<Html> {
  const organizations = await ctx.reads.organizations();
  const body = html`<h1>Organizations</h1>
    ${
      organizations.ok
        ? organizations.value.values.length === 0
          ? emptyState('No organizations yet', 'Organizations group the customers of a company; they appear here once created.')
          : html`<table class="table" data-testid="organization-table"><thead><tr><th scope="col">Name</th><th scope="col">Id</th></tr></thead>
          <tbody>${organizations.value.values.map((o) => html`<tr><td><a href="/jira/servicedesk/organizations/${encodeURIComponent(o.id)}">${o.name}</a></td><td class="subtle">${o.id}</td></tr>`)}</tbody></table>`
        : sectionMessage('warning', 'Organizations cannot be shown', organizations.failure.message)
    }`;
  return renderPage(ctx, {
    title: 'Organizations',
    section: 'organizations',
    sidebar: serviceSidebar('organizations'),
    breadcrumbs: [{ label: 'Organizations' }],
    body,
  });
}

/** `/jira/servicedesk/organizations/<id>`: one organization, its members and the app's organization panels. */
export async function organizationPage(ctx: PageContext, id: string): Promise<{ status: number; page: Html }> {
  const [organization, members] = await Promise.all([ctx.reads.organization(id), ctx.reads.organizationUsers(id)]);
  const crumbs = [{ label: 'Organizations', href: '/jira/servicedesk/organizations' }, { label: organization.ok ? organization.value.name : id }];
  if (!organization.ok) {
    const page = renderPage(ctx, {
      title: 'Organization',
      section: 'organizations',
      sidebar: serviceSidebar('organizations'),
      breadcrumbs: crumbs,
      body: html`<h1>Organization</h1>${sectionMessage('warning', 'This organization cannot be shown', organization.failure.message)}`,
    });
    return { status: organization.failure.status === 401 ? 401 : 404, page };
  }
  const extension = { organization: { id: organization.value.id } };
  const panels = modulesOfType(ctx.sandbox.manifest.modules, ...ORGANIZATION_MODULES).map(
    (m) => html`<section class="issue-panel" aria-label="${m.title ?? m.key}">
      <h2 class="panel-title">${m.title ?? m.key}</h2>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title: m.title ?? m.key, id: `organization-${m.key}`, minHeight: 40 })}
    </section>`,
  );
  const body = html`<h1 data-testid="organization-name">${organization.value.name}</h1>
    <div class="issue-layout">
      <div class="issue-main">${panels.length > 0 ? panels : emptyState('No app panels', 'Apps that add organization panels show them here.')}</div>
      <aside class="issue-side"><section class="details-box"><h2 class="panel-title">Members</h2>
        ${
          members.ok
            ? members.value.values.length === 0
              ? html`<p class="subtle">No members.</p>`
              : html`<ul class="link-list">${members.value.values.map((u) => html`<li>${person(u)}</li>`)}</ul>`
            : html`<p class="subtle">${members.failure.message}</p>`
        }
      </section></aside>
    </div>`;
  return {
    status: 200,
    page: renderPage(ctx, { title: organization.value.name, section: 'organizations', sidebar: serviceSidebar('organizations'), breadcrumbs: crumbs, body }),
  };
}
