import { html, type Html } from '../html';
import { moduleTitle, modulesOfType, sectionMessage, statusLozenge } from './components';
import { renderPage } from './layout';
import { globalPageLinks } from './app-pages';
import type { PageContext } from './page-context';

function card(title: string, body: Html): Html {
  return html`<section class="card"><h2>${title}</h2>${body}</section>`;
}

/** `/`: where to go from here, for the signed-in user, and who else to be. */
export async function homePage(ctx: PageContext): Promise<Html> {
  const [desks, recent, organizations, requests] = await Promise.all([
    ctx.reads.serviceDesks(),
    ctx.reads.search('updated >= -30d ORDER BY updated DESC', 8),
    ctx.reads.organizations(),
    ctx.reads.customerRequests(),
  ]);
  const cards: Html[] = [];
  if (desks.ok && desks.value.values.length > 0) {
    cards.push(
      card(
        'Service projects',
        html`<ul class="link-list">${desks.value.values.map(
          (
            d,
          ) => html`<li><a href="/jira/software/projects/${encodeURIComponent(d.projectKey)}/issues">${d.projectName}</a> <span class="subtle">${d.projectKey}</span>
            · <a href="/servicedesk/customer/portal/${encodeURIComponent(d.id)}">portal</a></li>`,
        )}</ul>`,
      ),
    );
  }
  if (recent.ok && recent.value.issues.length > 0) {
    cards.push(
      card(
        'Recently updated',
        html`<ul class="link-list">${recent.value.issues.map(
          (i) =>
            html`<li><a href="/browse/${encodeURIComponent(i.key)}">${i.key}</a> ${i.fields.summary ?? ''} ${i.fields.status ? statusLozenge(i.fields.status.name, i.fields.status.statusCategory?.key) : ''}</li>`,
        )}</ul>`,
      ),
    );
  }
  if (organizations.ok && organizations.value.values.length > 0) {
    cards.push(
      card(
        'Organizations',
        html`<ul class="link-list">${organizations.value.values.slice(0, 8).map((o) => html`<li><a href="/jira/servicedesk/organizations/${encodeURIComponent(o.id)}">${o.name}</a></li>`)}</ul>
        <a href="/jira/servicedesk/organizations">All organizations</a>`,
      ),
    );
  }
  if (requests.ok && requests.value.values.length > 0) {
    cards.push(
      card(
        'My requests (help center)',
        html`<ul class="link-list">${requests.value.values
          .slice(0, 8)
          .map(
            (r) =>
              html`<li><a href="/servicedesk/customer/portal/${encodeURIComponent(r.serviceDeskId ?? '1')}/${encodeURIComponent(r.issueKey)}">${r.issueKey}</a> ${summaryOf(r.requestFieldValues)}</li>`,
          )}</ul>`,
      ),
    );
  }
  const adminPages = modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage');
  cards.push(
    card(
      'Dashboards and apps',
      html`<ul class="link-list">
        <li><a href="/jira/dashboards/1">Dashboard</a></li>
        ${globalPageLinks(ctx).map((p) => html`<li><a href="${p.href}">${p.label}</a> <span class="subtle">app page</span></li>`)}
        ${adminPages.map((m) => html`<li><a href="/jira/settings/apps/${encodeURIComponent(m.key)}">${moduleTitle(ctx, m)}</a> <span class="subtle">app settings</span></li>`)}
      </ul>`,
    ),
  );
  cards.push(
    card(
      'Sign in as',
      html`<ul class="link-list">${ctx.switchableUsers.map(
        (u) => html`<li><form method="post" action="/__sandbox/session" class="inline-form">
          <input type="hidden" name="accountId" value="${u.accountId}" /><input type="hidden" name="returnTo" value="/" />
          <button type="submit" class="button-link" ${u.accountId === ctx.user.accountId ? html`aria-current="true"` : ''}>${u.displayName}</button>
          <span class="subtle">${u.kind} · ${u.email}</span></form></li>`,
      )}</ul>`,
    ),
  );
  const body = html`<h1>Welcome, ${ctx.user.displayName}</h1>
    <p class="subtle">A local Jira Service Management site running the BRM app's real code. Everything you open here acts as the user you are signed in as.</p>
    ${desks.ok || recent.ok ? '' : sectionMessage('information', 'You are signed in as a customer', 'Customers use the help center. Switch to an agent or the admin in the header to see the agent screens.')}
    <div class="card-grid">${cards}</div>
    <section class="card rest-hint"><h2>REST API</h2>
      <p>The same site answers Jira's REST API, with basic auth (email and any token):</p>
      <pre>curl -u ${ctx.user.emailAddress}:any-token ${ctx.url.origin}/rest/api/3/myself</pre>
    </section>`;
  return renderPage(ctx, { title: 'Your work', section: 'home', body });
}

/** A customer request's summary, from its request field values. */
export function summaryOf(values: { fieldId: string; value: unknown }[] | undefined): string {
  const summary = values?.find((v) => v.fieldId === 'summary')?.value;
  return typeof summary === 'string' ? summary : '';
}
