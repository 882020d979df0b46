import { z } from 'zod';
import { APP_ACCOUNT_ID } from '../constants';
import { visibleIssue } from '../permissions';
import { badRequest } from '../rest-error';
import { noContent, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

/**
 * Send notification for issue (POST /rest/api/3/issue/{issueIdOrKey}/notify): queues an email to
 * the recipients; needs Browse projects on the issue. The sandbox keeps the email in its store
 * (`notifications`) instead of sending it. 400 when no recipient remains, when a recipient is
 * the caller (the reference: "the recipient is the same as the calling user") or does not exist, or
 * when the reporter or assignee is asked for and the issue has none.
 */
const accountRef = z.object({ accountId: z.string() });
const notifyBody = z.object({
  subject: z.string().optional(),
  textBody: z.string().optional(),
  htmlBody: z.string().optional(),
  to: z
    .object({
      reporter: z.boolean().optional(),
      assignee: z.boolean().optional(),
      watchers: z.boolean().optional(),
      voters: z.boolean().optional(),
      users: z.array(accountRef).optional(),
      groups: z.array(z.unknown()).optional(),
      groupIds: z.array(z.string()).optional(),
    })
    .optional(),
  restrict: z.unknown().optional(),
});

function notify(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const body = readBody(ctx, notifyBody);
  const caller = ctx.actor.kind === 'user' ? ctx.actor.user.accountId : APP_ACCOUNT_ID;
  const recipients = new Set<string>();
  if (body.to?.reporter) {
    if (!issue.reporterId) throw badRequest('The issue has no reporter to notify.');
    recipients.add(issue.reporterId);
  }
  if (body.to?.assignee) {
    if (!issue.assigneeId) throw badRequest('The issue has no assignee to notify.');
    recipients.add(issue.assigneeId);
  }
  for (const { accountId } of body.to?.users ?? []) {
    if (!ctx.store.user(accountId)) throw badRequest(`The user '${accountId}' does not exist.`);
    recipients.add(accountId);
  }
  if (recipients.has(caller)) throw badRequest('The recipient is the same as the calling user.');
  if (recipients.size === 0) throw badRequest('The notification has no recipients.');
  ctx.store.docs.notifications.put({
    id: ctx.store.nextId('notification'),
    issueId: issue.id,
    senderId: caller,
    subject: body.subject ?? `${issue.key}: ${issue.summary}`,
    textBody: body.textBody ?? '',
    recipientIds: [...recipients],
    created: ctx.now.toISOString(),
  });
  return noContent();
}

export const issueNotifyRoutes: Route[] = [route('POST', '/rest/api/3/issue/{issueIdOrKey}/notify', notify)];
