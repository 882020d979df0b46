import { backendText } from '#kernel/backend-texts';
import { asAppJira } from '#platform/jira/client';
import { addRequestComment, findCustomerRequest } from '#platform/jira/requests';
import { NOTICE_CLAIM_MINUTES, type InvitationRecord, type NoticeRecord } from '#surveys/domain/invitation';
import { invitationDeadlines } from '#surveys/domain/rule-matching';
import { readInvitation } from '#surveys/store/invitation-store';
import { syncIssueProperty } from './property-sync';
import { writeInvitation } from './invitation-writes';

/**
 * Sending, reminding and expiring invitations. Each step is a conditional write of the record
 * (with its aggregates), so a step done twice (a sweep that runs twice, a repeated event) changes
 * nothing the second time. The comments that tell the customer are owed by the record (`notice`)
 * and written by whoever claims them, so one sending makes one comment.
 */

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

/** Where the customer answers: the request's page on the portal. */
const portalLink = (web: string | undefined, record: InvitationRecord): string => web ?? record.issueKey;

export type StepOutcome = 'done' | 'skipped' | 'withdrawn';

/**
 * Sends a scheduled invitation: the request must still be resolved (one reopened meanwhile is
 * withdrawn: the rules decide again when it is resolved again). Sets the deadlines, then comments.
 */
export async function sendInvitation(id: string, now: Date = new Date()): Promise<StepOutcome> {
  const record = await readInvitation(id);
  if (!record || record.status !== 'scheduled') return 'skipped';
  const request = await findCustomerRequest(asAppJira(), record.issueId);
  const resolved = request?.currentStatus?.statusCategory === 'DONE';
  const at = now.toISOString();
  if (!resolved) {
    const result = await writeInvitation(id, (current) => (current?.status === 'scheduled' ? { ...current, status: 'withdrawn', updatedAt: at } : undefined));
    if (result.written) await syncIssueProperty(record.issueId);
    return result.written ? 'withdrawn' : 'skipped';
  }
  const { remindAt, expiresAt } = invitationDeadlines(now, record.terms);
  const claim: NoticeRecord = { kind: 'invitation', state: 'claimed', at };
  const result = await writeInvitation(id, (current) =>
    current?.status === 'scheduled'
      ? { ...current, status: 'sent', sentAt: at, remindAt: remindAt?.toISOString() ?? null, expiresAt: expiresAt.toISOString(), notice: claim, updatedAt: at }
      : undefined,
  );
  if (!result.written || !result.record) return 'skipped';
  await syncIssueProperty(record.issueId);
  await deliverNotice(id, result.record, claim, request?._links?.web);
  return 'done';
}

/** Reminds once, if the invitation is still unanswered when its reminder falls due. */
export async function remindInvitation(id: string, now: Date = new Date()): Promise<StepOutcome> {
  const at = now.toISOString();
  const claim: NoticeRecord = { kind: 'reminder', state: 'claimed', at };
  const result = await writeInvitation(id, (current) =>
    current?.status === 'sent' &&
    current.remindedAt === null &&
    current.remindAt !== null &&
    Date.parse(current.remindAt) <= now.getTime() &&
    (current.expiresAt === null || Date.parse(current.expiresAt) > now.getTime())
      ? { ...current, status: 'reminded', remindedAt: at, notice: claim, updatedAt: at }
      : undefined,
  );
  if (!result.written || !result.record) return 'skipped';
  await syncIssueProperty(result.record.issueId);
  await deliverNotice(id, result.record, claim);
  return 'done';
}

/** Expires an invitation still unanswered at its expiry. */
export async function expireInvitation(id: string, now: Date = new Date()): Promise<StepOutcome> {
  const at = now.toISOString();
  const result = await writeInvitation(id, (current) =>
    (current?.status === 'sent' || current?.status === 'reminded') && current.expiresAt !== null && Date.parse(current.expiresAt) <= now.getTime()
      ? { ...current, status: 'expired', notice: null, updatedAt: at }
      : undefined,
  );
  if (!result.written || !result.record) return 'skipped';
  await syncIssueProperty(result.record.issueId);
  return 'done';
}

/**
 * Writes an owed comment that no one else is writing (pending, or claimed more than 10 minutes ago
 * by an invocation that stopped): claims it, comments, and clears it.
 */
export async function retryNotice(id: string, now: Date = new Date()): Promise<StepOutcome> {
  const at = now.toISOString();
  let claim: NoticeRecord | undefined;
  const result = await writeInvitation(
    id,
    (current) => {
      const notice = current?.notice;
      if (!current || !notice || (current.status !== 'sent' && current.status !== 'reminded')) return undefined;
      const free = notice.state === 'pending' || Date.parse(notice.at) + NOTICE_CLAIM_MINUTES * 60_000 <= now.getTime();
      if (!free) return undefined;
      claim = { kind: notice.kind, state: 'claimed', at };
      return { ...current, notice: claim };
    },
    { bookkeeping: true },
  );
  if (!result.written || !result.record || !claim) return 'skipped';
  await deliverNotice(id, result.record, claim);
  return 'done';
}

/** Comments on the request (public, as the app), then clears the notice this invocation claimed. */
async function deliverNotice(id: string, record: InvitationRecord, claim: NoticeRecord, web?: string): Promise<void> {
  const app = asAppJira();
  const link = portalLink(web ?? (await findCustomerRequest(app, record.issueId))?._links?.web, record);
  const key = record.issueKey;
  const body =
    claim.kind === 'invitation'
      ? backendText('survey.invitation.comment', { key, link, expires: day(record.expiresAt) })
      : backendText('survey.reminder.comment', { key, link, expires: day(record.expiresAt) });
  await addRequestComment(app, record.issueId, body, true);
  await writeInvitation(id, (current) => (current?.notice?.state === 'claimed' && current.notice.at === claim.at ? { ...current, notice: null } : undefined), {
    bookkeeping: true,
  });
}
