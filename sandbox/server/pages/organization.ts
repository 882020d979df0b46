import { html, type Html } from '../html';
import { emptyState, moduleFrame, moduleTitle, modulesOfType, person, sectionMessage } from './components';
import { renderPage } from './layout';
import { projectSidebar, serviceSidebar } from './project-sidebar';
import type { PageContext } from './page-context';

const ORGANIZATION_MODULES = ['jiraServiceManagement:organizationPanel'];

/** The organization page of one service project, at JSM's agent address. */
export const projectOrganizationPath = (projectKey: string, organizationId: string): string =>
  `/jira/servicedesk/projects/${encodeURIComponent(projectKey)}/organization/${encodeURIComponent(organizationId)}`;

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

/** The service projects (desks the user can see) that serve the organization. */
async function servingProjects(ctx: PageContext, organizationId: string): Promise<{ id: string; key: string; name: string }[]> {
  const desks = await ctx.reads.serviceDesks();
  if (!desks.ok) return [];
  const serving: { id: string; key: string; name: string }[] = [];
  for (const desk of desks.value.values) {
    const organizations = await ctx.reads.serviceDeskOrganizations(desk.id);
    if (organizations.ok && organizations.value.values.some((o) => o.id === organizationId))
      serving.push({ id: desk.projectId, key: desk.projectKey, name: desk.projectName });
  }
  return serving;
}

/**
 * One organization, its members and the app's organization panels. JSM shows an organization's
 * page within a service project that serves it (`/jira/servicedesk/projects/<KEY>/organization/<id>`);
 * `/jira/servicedesk/organizations/<id>` opens it in the first such project. Each
 * `jiraServiceManagement:organizationPanel` gets the Forge context Atlassian documents for the
 * module: `extension: { type, organization: { id }, project: { id, key }, location }`.
 */
export async function organizationPage(ctx: PageContext, id: string, projectKey?: string): Promise<{ status: number; page: Html }> {
  const [organization, members, serving] = await Promise.all([ctx.reads.organization(id), ctx.reads.organizationUsers(id), servingProjects(ctx, id)]);
  const project = projectKey === undefined ? serving[0] : serving.find((p) => p.key === projectKey);
  const sidebar = project ? projectSidebar(project, 'organizations') : serviceSidebar('organizations');
  const crumbs = [
    ...(project ? [{ label: project.name, href: `/jira/servicedesk/projects/${encodeURIComponent(project.key)}/issues` }] : []),
    { label: 'Organizations', href: '/jira/servicedesk/organizations' },
    { label: organization.ok ? organization.value.name : id },
  ];
  if (!organization.ok || (projectKey !== undefined && !project)) {
    const message = organization.ok
      ? `${organization.value.name} is not a customer of project ${projectKey ?? ''}, or you cannot see that project.`
      : organization.failure.message;
    const page = renderPage(ctx, {
      title: 'Organization',
      section: 'organizations',
      sidebar,
      breadcrumbs: crumbs,
      body: html`<h1>Organization</h1>${sectionMessage('warning', 'This organization cannot be shown', message)}`,
    });
    return { status: !organization.ok && organization.failure.status === 401 ? 401 : 404, page };
  }
  const location = new URL(project ? projectOrganizationPath(project.key, id) : ctx.url.pathname, ctx.url).href;
  const extension = { organization: { id: organization.value.id }, ...(project ? { project: { id: project.id, key: project.key } } : {}), location };
  const modules = modulesOfType(ctx.sandbox.manifest.modules, ...ORGANIZATION_MODULES);
  const panels = project
    ? modules.map((m) => {
        const title = moduleTitle(ctx, m);
        return html`<section class="issue-panel" aria-label="${title}">
      <h2 class="panel-title">${title}</h2>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title, id: `organization-${m.key}`, minHeight: 40 })}
    </section>`;
      })
    : [];
  const others = serving.filter((p) => p.key !== project?.key);
  const body = html`<h1 data-testid="organization-name">${organization.value.name}</h1>
    <div class="issue-layout">
      <div class="issue-main">${
        panels.length > 0
          ? panels
          : project
            ? emptyState('No app panels', 'Apps that add organization panels show them here.')
            : emptyState('In no service project', 'Add the organization to a service project to see its page there, with the panels of apps.')
      }</div>
      <aside class="issue-side"><section class="details-box"><h2 class="panel-title">Members</h2>
        ${
          members.ok
            ? members.value.values.length === 0
              ? html`<p class="subtle">No members.</p>`
              : html`<ul class="link-list">${members.value.values.map((u) => html`<li>${person(u)}</li>`)}</ul>`
            : html`<p class="subtle">${members.failure.message}</p>`
        }
      </section>
      ${
        others.length > 0
          ? html`<section class="details-box"><h2 class="panel-title">Also a customer of</h2><ul class="link-list">${others.map((p) => html`<li><a href="${projectOrganizationPath(p.key, id)}">${p.name}</a></li>`)}</ul></section>`
          : ''
      }</aside>
    </div>`;
  return { status: 200, page: renderPage(ctx, { title: organization.value.name, section: 'organizations', sidebar, breadcrumbs: crumbs, body }) };
}
