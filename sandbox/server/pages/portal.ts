import { html, type Html } from '../html';
import type { CustomerRequest } from '../jira-reads';
import { formatDate, moduleFrame, moduleTitle, modulesOfType, person, sectionMessage, statusLozenge } from './components';
import { summaryOf } from './home';
import { renderPage } from './layout';
import type { PageContext } from './page-context';
import { portalFieldSections } from './portal-fields';
import { portalSections } from './portal-groups';
import { HELP_CENTER, MY_REQUESTS, createRequestPath, portalPath, portalRequestPath } from './portal-paths';

/** The module types JSM shows on a customer's request page. */
export const PORTAL_REQUEST_MODULES = ['jiraServiceManagement:portalRequestDetail', 'jiraServiceManagement:portalRequestDetailPanel'];

const statusCategoryKey = (category: string | undefined): string => (category === 'DONE' ? 'done' : category === 'INDETERMINATE' ? 'indeterminate' : 'new');

function requestLink(r: CustomerRequest): string {
  return portalRequestPath(r.serviceDeskId ?? '1', r.issueKey);
}

const helpCenterCrumb = { label: 'Help center', href: HELP_CENTER };

/** `/servicedesk/customer/user/requests`: the customer's own requests. */
export async function myRequestsPage(ctx: PageContext): Promise<Html> {
  const requests = await ctx.reads.customerRequests();
  const body = html`<h1>Requests</h1>
    ${
      requests.ok
        ? requests.value.values.length === 0
          ? html`<div class="empty-state"><h3>No requests yet</h3><p>Requests you raise or are added to show up here.</p></div>`
          : html`<table class="table" data-testid="request-table"><thead><tr><th scope="col">Reference</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
          <tbody>${requests.value.values.map(
            (r) => html`<tr><td><a href="${requestLink(r)}">${r.issueKey}</a></td><td>${summaryOf(r.requestFieldValues)}</td>
              <td>${r.currentStatus ? statusLozenge(r.currentStatus.status, statusCategoryKey(r.currentStatus.statusCategory)) : ''}</td>
              <td class="nowrap">${r.createdDate?.friendly ?? formatDate(r.createdDate?.iso8601)}</td></tr>`,
          )}</tbody></table>`
        : sectionMessage('warning', 'Your requests cannot be shown', requests.failure.message)
    }
    <p><a href="${HELP_CENTER}">Raise a request</a></p>`;
  return renderPage(ctx, { title: 'Requests', portal: true, section: 'portal', breadcrumbs: [helpCenterCrumb, { label: 'Requests' }], body });
}

/** `/servicedesk/customer/portals`: the help center's home, one card per portal the user can raise requests in. */
export async function helpCenterPage(ctx: PageContext): Promise<Html> {
  const desks = await ctx.reads.serviceDesks();
  const body = html`<h1>Welcome to the help center</h1>
    ${
      desks.ok
        ? desks.value.values.length === 0
          ? html`<div class="empty-state"><h3>No portals to show</h3><p>You are not a customer of any service project yet.</p></div>`
          : html`<ul class="request-types" data-testid="portal-list">${desks.value.values.map(
              (d) =>
                html`<li><a class="request-type" href="${portalPath(d.id)}"><span class="request-type-icon" aria-hidden="true"></span><span class="request-type-name">${d.projectName}</span></a></li>`,
            )}</ul>`
        : sectionMessage('warning', 'The portals cannot be shown', desks.failure.message)
    }
    <p><a href="${MY_REQUESTS}">Your requests</a></p>`;
  return renderPage(ctx, { title: 'Help center', portal: true, section: 'portal', breadcrumbs: [{ label: 'Help center' }], body });
}

/**
 * `/servicedesk/customer/portal/<deskId>`: a portal's home, its request types by portal group, each
 * leading to its create form. Request types in no group are not offered, as in JSM.
 */
export async function portalHomePage(ctx: PageContext, deskId: string): Promise<{ status: number; page: Html }> {
  const [desk, types, groups] = await Promise.all([ctx.reads.serviceDesk(deskId), ctx.reads.requestTypes(deskId), ctx.reads.requestTypeGroups(deskId)]);
  const name = desk.ok ? desk.value.projectName : `Portal ${deskId}`;
  const crumbs = [helpCenterCrumb, { label: name }];
  const refused = !types.ok ? types.failure : !groups.ok ? groups.failure : undefined;
  if (refused || !types.ok || !groups.ok) {
    const message = refused?.message ?? 'This portal cannot be shown.';
    const body = html`<h1>${name}</h1>${sectionMessage('warning', 'This portal cannot be shown', message)}<p><a href="${HELP_CENTER}">Back to the help center</a></p>`;
    return { status: refused?.status === 401 ? 401 : 404, page: renderPage(ctx, { title: name, portal: true, section: 'portal', breadcrumbs: crumbs, body }) };
  }
  const sections = portalSections(types.value.values, groups.value.values);
  const body = html`<h1>${name}</h1>
    <p class="subtle">Welcome! You can raise a request for ${name} using the options provided.</p>
    <h2>What can we help you with?</h2>
    ${
      sections.length === 0
        ? html`<div class="empty-state"><h3>No request types yet</h3><p>This portal does not offer any request types.</p></div>`
        : html`<div data-testid="request-types">${sections.map(
            (section) => html`<section class="request-type-group" aria-labelledby="group-${section.group.id}">
            <h3 id="group-${section.group.id}">${section.group.name}</h3>
            <ul class="request-types" data-testid="request-type-group">${section.types.map(
              (t) => html`<li><a class="request-type" href="${createRequestPath(deskId, t.id)}"><span class="request-type-icon" aria-hidden="true"></span>
                <span><span class="request-type-name">${t.name}</span>${t.description ? html`<span class="subtle small request-type-description">${t.description}</span>` : ''}</span></a></li>`,
            )}</ul>
          </section>`,
          )}</div>`
    }
    <p><a href="${MY_REQUESTS}">Your requests</a></p>`;
  return { status: 200, page: renderPage(ctx, { title: name, portal: true, section: 'portal', breadcrumbs: crumbs, body }) };
}

/** `/servicedesk/customer/portal/<deskId>/<KEY>`: a request as its customer sees it, with the app's portal modules. */
export async function portalRequestPage(ctx: PageContext, deskId: string, key: string): Promise<{ status: number; page: Html }> {
  const [requestRead, commentsRead, deskRead] = await Promise.all([
    ctx.reads.customerRequest(key),
    ctx.reads.requestComments(key),
    ctx.reads.serviceDesk(deskId),
  ]);
  const crumbs = [helpCenterCrumb, { label: deskRead.ok ? deskRead.value.projectName : `Portal ${deskId}`, href: portalPath(deskId) }, { label: key }];
  if (!requestRead.ok) {
    const page = renderPage(ctx, {
      title: key,
      portal: true,
      section: 'portal',
      breadcrumbs: crumbs,
      body: html`<h1>${key}</h1>${sectionMessage('warning', 'This request cannot be shown', requestRead.failure.message)}`,
    });
    return { status: requestRead.failure.status === 401 ? 401 : 404, page };
  }
  const request = requestRead.value;
  const appFields = await portalFieldSections(ctx, deskId, request.issueKey, request.requestTypeId);
  const extension = { request: { key: request.issueKey, typeId: request.requestTypeId ?? '' }, portal: { id: deskId } };
  const modules = modulesOfType(ctx.sandbox.manifest.modules, ...PORTAL_REQUEST_MODULES).map((m) => {
    const title = moduleTitle(ctx, m);
    return html`<section class="portal-module" aria-label="${title}">
      <h2 class="panel-title">${title}</h2>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title, id: `portal-${m.key}`, minHeight: 40 })}
    </section>`;
  });
  const details = (request.requestFieldValues ?? []).filter((v) => v.fieldId !== 'summary');
  const comments = commentsRead.ok ? commentsRead.value.values : [];
  const body = html`<div class="portal-request">
    <div class="portal-main">
      <div class="subtle small">${request.issueKey}</div>
      <h1 data-testid="request-summary">${summaryOf(request.requestFieldValues) || request.issueKey}</h1>
      <p class="subtle small">${person(request.reporter, 'Unknown')} raised this request ${request.createdDate?.friendly ?? formatDate(request.createdDate?.iso8601)}</p>
      ${details.map((d) => html`<section class="request-field"><h2 class="panel-title">${d.label ?? d.fieldId}</h2>${typeof d.value === 'string' ? html`<p>${d.value}</p>` : html`<p>${JSON.stringify(d.value)}</p>`}</section>`)}
      ${appFields}
      ${modules}
      <section class="activity"><h2 class="panel-title">Activity</h2>
        ${comments.length === 0 ? html`<p class="subtle">No comments yet.</p>` : comments.map((c) => html`<article class="comment">${person(c.author, 'Unknown')} <span class="subtle small">${c.created?.friendly ?? formatDate(c.created?.iso8601)}</span><p>${c.body ?? ''}</p></article>`)}
      </section>
    </div>
    <aside class="portal-side">
      <h2 class="panel-title">Status</h2>
      ${request.currentStatus ? statusLozenge(request.currentStatus.status, statusCategoryKey(request.currentStatus.statusCategory)) : ''}
    </aside>
  </div>`;
  return { status: 200, page: renderPage(ctx, { title: key, portal: true, section: 'portal', breadcrumbs: crumbs, body }) };
}
