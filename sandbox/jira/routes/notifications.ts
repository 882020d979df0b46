import { z } from 'zod';
import type { JiraUser, SentNotification } from '../model';
import { canSeeIssue, visibleIssue, type Actor } from '../permissions';
import { badRequest } from '../rest-error';
import { noContent, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const userRef = z.object({ accountId: z.string() }).passthrough();

/** `Notification` and `NotificationRecipients` take more properties than they list (additionalProperties: true). */
const notificationBody = z
  .object({
    subject: z.string().optional(),
    textBody: z.string().optional(),
    htmlBody: z.string().optional(),
    to: z
      .object({
        reporter: z.boolean().optional(),
        assignee: z.boolean().optional(),
        watchers: z.boolean().optional(),
        voters: z.boolean().optional(),
        users: z.array(userRef).optional(),
        groups: z.array(z.object({ name: z.string().optional(), groupId: z.string().optional() }).passthrough()).optional(),
        groupIds: z.array(z.string()).optional(),
      })
      .passthrough()
      .optional(),
    restrict: z
      .object({
        permissions: z.array(z.object({ key: z.string().optional(), id: z.string().optional() }).passthrough()).optional(),
        groups: z.array(z.object({ name: z.string().optional(), groupId: z.string().optional() }).passthrough()).optional(),
        groupIds: z.array(z.string()).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

const senderOf = (actor: Actor): string => (actor.kind === 'user' ? actor.user.accountId : 'app');

/**
 * Send notification for issue (POST /rest/api/3/issue/{issueIdOrKey}/notify): queues an email to
 * the recipients `to` names, narrowed by `restrict`, and answers 204. As the reference lists: 404
 * for an issue the caller cannot see; 400 when a recipient is invalid (an unknown user, the
 * assignee of an unassigned issue) or is the caller. The sandbox has no mail server: it records
 * each email (`store.docs.notifications`), which tests and the sandbox's Notifications page read.
 * Where the reference is silent the sandbox chooses: the site has no groups, so naming one is 400;
 * watchers and voters are nobody; an email that reaches nobody after `restrict` is still 204 and
 * recorded with no recipients. `restrict.permissions` understands BROWSE / BROWSE_PROJECTS.
 */
function notify(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const body = readBody(ctx, notificationBody);
  const to = body.to ?? {};
  if ((to.groups?.length ?? 0) > 0 || (to.groupIds?.length ?? 0) > 0 || (body.restrict?.groups?.length ?? 0) > 0 || (body.restrict?.groupIds?.length ?? 0) > 0)
    throw badRequest('The sandbox site has no groups; name users instead.');
  const recipients = new Map<string, JiraUser>();
  const add = (accountId: string | null, what: string): void => {
    const user = accountId === null ? undefined : ctx.store.user(accountId);
    if (!user?.active) throw badRequest(`The recipient is invalid: ${what}.`);
    recipients.set(user.accountId, user);
  };
  if (to.reporter === true) add(issue.reporterId, 'the issue has no reporter');
  if (to.assignee === true) add(issue.assigneeId, 'the issue is unassigned');
  for (const user of to.users ?? []) add(user.accountId, `no active user has the account ID ${user.accountId}`);
  if (ctx.actor.kind === 'user' && recipients.has(ctx.actor.user.accountId)) throw badRequest('The recipient is the same as the calling user.');
  const mustBrowse = (body.restrict?.permissions ?? []).some((p) => p.key === 'BROWSE' || p.key === 'BROWSE_PROJECTS' || p.id === '10');
  const recipientIds = [...recipients.values()].filter((user) => !mustBrowse || canSeeIssue(ctx.store, { kind: 'user', user }, issue)).map((u) => u.accountId);
  const notification: SentNotification = {
    id: ctx.store.nextId('notification'),
    issueId: issue.id,
    issueKey: issue.key,
    sentAt: ctx.now.toISOString(),
    senderAccountId: senderOf(ctx.actor),
    subject: body.subject ?? `${issue.key}: ${issue.summary}`,
    textBody: body.textBody ?? '',
    htmlBody: body.htmlBody ?? '',
    recipientIds,
  };
  ctx.store.docs.notifications.put(notification);
  return noContent();
}

export const notificationRoutes: Route[] = [route('POST', '/rest/api/3/issue/{issueIdOrKey}/notify', notify)];
