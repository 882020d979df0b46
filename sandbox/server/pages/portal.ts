import { html, type Html } from '../html';
import type { CustomerRequest } from '../jira-reads';
import { formatDate, moduleFrame, modulesOfType, person, sectionMessage, statusLozenge } from './components';
import { summaryOf } from './home';
import { renderPage } from './layout';
import type { PageContext } from './page-context';

/** The module types JSM shows on a customer's request page. */
export const PORTAL_REQUEST_MODULES = ['jiraServiceManagement:portalRequestDetail', 'jiraServiceManagement:portalRequestDetailPanel'];

const statusCategoryKey = (category: string | undefined): string => (category === 'DONE' ? 'done' : category === 'INDETERMINATE' ? 'indeterminate' : 'new');

function requestLink(r: CustomerRequest): string {
  return `/servicedesk/customer/portal/${encodeURIComponent(r.serviceDeskId ?? '1')}/${encodeURIComponent(r.issueKey)}`;
}

/** `/servicedesk/customer/user/requests`: the customer's own requests. */
export async function myRequestsPage(ctx: PageContext): Promise<Html> {
  const requests = await ctx.reads.customerRequests();
  const body = html`<h1>Requests</h1>
    ${requests.ok
      ? requests.value.values.length === 0
        ? html`<div class="empty-state"><h3>No requests yet</h3><p>Requests you raise or are added to show up here.</p></div>`
        : html`<table class="table" data-testid="request-table"><thead><tr><th scope="col">Reference</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
          <tbody>${requests.value.values.map(
            (r) => html`<tr><td><a href="${requestLink(r)}">${r.issueKey}</a></td><td>${summaryOf(r.requestFieldValues)}</td>
              <td>${r.currentStatus ? statusLozenge(r.currentStatus.status, statusCategoryKey(r.currentStatus.statusCategory)) : ''}</td>
              <td class="nowrap">${r.createdDate?.friendly ?? formatDate(r.createdDate?.iso8601)}</td></tr>`,
          )}</tbody></table>`
      : sectionMessage('warning', 'Your requests cannot be shown', requests.failure.message)}`;
  return renderPage(ctx, { title: 'Requests', portal: true, section: 'portal', breadcrumbs: [{ label: 'Help center', href: '/servicedesk/customer/user/requests' }, { label: 'Requests' }], body });
}

/** `/servicedesk/customer/portal/<deskId>`: a portal's request types. */
export async function portalHomePage(ctx: PageContext, deskId: string): Promise<Html> {
  const types = await ctx.reads.requestTypes(deskId);
  const body = html`<h1>How can we help?</h1>
    ${types.ok
      ? html`<ul class="request-types">${types.value.values.map((t) => html`<li><span class="request-type-icon" aria-hidden="true"></span>${t.name}</li>`)}</ul>`
      : sectionMessage('warning', 'This portal cannot be shown', types.failure.message)}
    <p><a href="/servicedesk/customer/user/requests">Your requests</a></p>`;
  return renderPage(ctx, { title: 'Help center', portal: true, section: 'portal', breadcrumbs: [{ label: 'Help center', href: '/servicedesk/customer/user/requests' }, { label: `Portal ${deskId}` }], body });
}

/** `/servicedesk/customer/portal/<deskId>/<KEY>`: a request as its customer sees it, with the app's portal modules. */
export async function portalRequestPage(ctx: PageContext, deskId: string, key: string): Promise<{ status: number; page: Html }> {
  const [requestRead, commentsRead] = await Promise.all([ctx.reads.customerRequest(key), ctx.reads.requestComments(key)]);
  const crumbs = [{ label: 'Help center', href: '/servicedesk/customer/user/requests' }, { label: `Portal ${deskId}`, href: `/servicedesk/customer/portal/${encodeURIComponent(deskId)}` }, { label: key }];
  if (!requestRead.ok) {
    const page = renderPage(ctx, { title: key, portal: true, section: 'portal', breadcrumbs: crumbs, body: html`<h1>${key}</h1>${sectionMessage('warning', 'This request cannot be shown', requestRead.failure.message)}` });
    return { status: requestRead.failure.status === 401 ? 401 : 404, page };
  }
  const request = requestRead.value;
  const extension = { request: { key: request.issueKey, typeId: request.requestTypeId ?? '' }, portal: { id: deskId } };
  const modules = modulesOfType(ctx.sandbox.manifest.modules, ...PORTAL_REQUEST_MODULES).map(
    (m) => html`<section class="portal-module" aria-label="${m.title ?? m.key}">
      <h2 class="panel-title">${m.title ?? m.key}</h2>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title: m.title ?? m.key, id: `portal-${m.key}`, minHeight: 40 })}
    </section>`,
  );
  const details = (request.requestFieldValues ?? []).filter((v) => v.fieldId !== 'summary');
  const comments = commentsRead.ok ? commentsRead.value.values : [];
  const body = html`<div class="portal-request">
    <div class="portal-main">
      <div class="subtle small">${request.issueKey}</div>
      <h1 data-testid="request-summary">${summaryOf(request.requestFieldValues) || request.issueKey}</h1>
      <p class="subtle small">${person(request.reporter, 'Unknown')} raised this request ${request.createdDate?.friendly ?? formatDate(request.createdDate?.iso8601)}</p>
      ${details.map((d) => html`<section class="request-field"><h2 class="panel-title">${d.label ?? d.fieldId}</h2>${typeof d.value === 'string' ? html`<p>${d.value}</p>` : html`<p>${JSON.stringify(d.value)}</p>`}</section>`)}
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
