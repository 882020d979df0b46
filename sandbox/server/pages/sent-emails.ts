import { isAdmin } from '../../jira/permissions';
import { html, type Html } from '../html';
import { emptyState, formatDate, sectionMessage } from './components';
import { renderPage } from './layout';
import type { PageContext } from './page-context';

/**
 * `/sandbox/emails`: the emails Jira would have sent for issues (Send notification for issue, POST
 * .../issue/{issueIdOrKey}/notify, which the sandbox records instead of mailing): a person sees
 * those sent to them, a Jira admin every one. Admins can also run the app's daily scheduled
 * triggers now (`npm start` does not wait a day for them).
 */
export const SENT_EMAILS_PATH = '/sandbox/emails';
export const RUN_DAILY_PATH = '/sandbox/emails/run-daily';

export function sentEmailsPage(ctx: PageContext): Html {
  const store = ctx.sandbox.jira.store;
  const admin = isAdmin({ kind: 'user', user: ctx.user });
  const emails = store.docs.notifications
    .all()
    .filter((n) => admin || n.recipientIds.includes(ctx.user.accountId))
    .slice()
    .sort((a, b) => b.created.localeCompare(a.created) || Number(b.id) - Number(a.id));
  const name = (accountId: string): string => store.user(accountId)?.displayName ?? accountId;
  const keyOf = (issueId: string): string => store.issue(issueId)?.key ?? issueId;
  const ran = ctx.url.searchParams.get('ran');
  const daily = ctx.sandbox.manifest.scheduledTriggers.filter((t) => t.interval === 'day');
  const body = html`<h1>Sent emails</h1>
    <p class="subtle">Emails apps asked Jira to send about issues. The sandbox has no mail server: it keeps them here. ${admin ? 'As a Jira admin you see every one.' : 'You see those sent to you.'}</p>
    ${ran !== null ? sectionMessage('success', 'Daily triggers ran', `${ran} scheduled trigger(s) ran now.`) : ''}
    ${admin && daily.length > 0 ? html`<form method="post" action="${RUN_DAILY_PATH}" class="inline-form"><button type="submit" class="button" data-testid="run-daily">Run the daily scheduled triggers now</button></form>` : ''}
    ${
      emails.length === 0
        ? emptyState('No emails yet', 'Emails sent about issues appear here.')
        : html`<table class="table" data-testid="sent-emails"><thead><tr><th scope="col">Sent</th><th scope="col">Issue</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Message</th></tr></thead>
        <tbody>${emails.map(
          (n) =>
            html`<tr data-testid="email-${n.id}"><td class="nowrap">${formatDate(n.created)}</td><td><a href="/browse/${encodeURIComponent(keyOf(n.issueId))}">${keyOf(n.issueId)}</a></td><td>${n.recipientIds.length === 0 ? html`<span class="subtle">nobody</span>` : n.recipientIds.map(name).join(', ')}</td><td>${n.subject}</td><td class="small">${n.textBody}</td></tr>`,
        )}</tbody></table>`
    }`;
  return renderPage(ctx, { title: 'Sent emails', section: 'apps', breadcrumbs: [{ label: 'Sandbox' }, { label: 'Sent emails' }], body });
}

/** Fires every daily `scheduledTrigger` of the app now, as Forge would at its next interval. Jira admins only. */
export async function runDailyTriggers(ctx: PageContext): Promise<{ redirect: string } | { status: number; page: Html }> {
  if (!isAdmin({ kind: 'user', user: ctx.user })) {
    return {
      status: 403,
      page: renderPage(ctx, {
        title: 'Refused',
        body: html`<h1>Refused</h1>${sectionMessage('error', 'Jira admins only', 'Only a Jira admin can run the scheduled triggers.')}`,
      }),
    };
  }
  const daily = ctx.sandbox.manifest.scheduledTriggers.filter((t) => t.interval === 'day');
  for (const trigger of daily) await ctx.sandbox.fireScheduledTrigger(trigger.key);
  return { redirect: `${SENT_EMAILS_PATH}?ran=${daily.length}` };
}
