import { z } from 'zod';
import { EntityStore, type EntityEntry } from '#platform/kvs/typed-entities';
import { duePhase, invitationRecord, type DuePhase, type InvitationRecord } from '#surveys/domain/invitation';

/**
 * Invitations in KVS: entity `survey-invitation`, keyed by invitation id. The record is kept whole
 * in `record`; the attributes beside it are what the entity's indexes sort and partition by:
 * - `due` (phase, dueAt): what the hourly sweep has to send, remind, expire or follow up;
 * - `by-recipient` (recipient, sentAtMs): the cap of surveys per person in 30 days;
 * - `by-customer` (customerKey, answeredAtMs): a customer's last scores; anonymous responses are
 *   left out (`customerKey` is `anonymous`), so no agent view can tie them to a ticket;
 * - `by-issue` (issueId, createdAtMs): a request's invitations, for its property;
 * - `by-campaign` (campaignId, createdAtMs): a campaign's invitations;
 * - `sync` (syncPending, updatedAtMs): records whose issue property still has to be written.
 */
export const storedInvitation = z.object({
  phase: z.string(),
  dueAt: z.number(),
  recipient: z.string(),
  sentAtMs: z.number(),
  customerKey: z.string(),
  answeredAtMs: z.number(),
  issueId: z.string(),
  campaignId: z.string(),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  syncPending: z.enum(['yes', 'no']),
  rev: z.number().int(),
  /** Bumped on every write, content or bookkeeping (what each aggregate generation counts): writes are conditional on it. */
  stamp: z.number().int(),
  record: invitationRecord,
});
export type StoredInvitation = z.infer<typeof storedInvitation>;

export const invitations = new EntityStore<StoredInvitation>('survey-invitation', storedInvitation);

const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : 0);

/** The stored form of a record, with its index attributes derived from it. */
export function storedOf(record: InvitationRecord, stamp: number): StoredInvitation {
  const due = duePhase(record);
  return {
    phase: due.phase,
    dueAt: ms(due.dueAt),
    recipient: record.recipient,
    sentAtMs: ms(record.sentAt),
    customerKey: record.anonymous ? 'anonymous' : (record.customerId ?? 'none'),
    answeredAtMs: ms(record.response?.answeredAt),
    issueId: record.issueId === '' ? 'none' : record.issueId,
    campaignId: record.campaignId ?? 'none',
    createdAtMs: ms(record.createdAt),
    updatedAtMs: ms(record.updatedAt),
    syncPending: record.syncedRev < record.rev ? 'yes' : 'no',
    rev: record.rev,
    stamp,
    record,
  };
}

export async function readInvitation(id: string): Promise<InvitationRecord | undefined> {
  return (await invitations.get(id))?.record;
}

export async function readInvitations(ids: readonly string[]): Promise<Map<string, InvitationRecord>> {
  const found = await invitations.getMany(ids);
  return new Map([...found].map(([id, stored]) => [id, stored.record]));
}

const records = (entries: EntityEntry<StoredInvitation>[]) => entries.map((e) => ({ id: e.key, record: e.value.record }));

/** Invitations whose phase is due at or before `now`, oldest first, one page. */
export async function dueInvitations(phase: Exclude<DuePhase, 'none'>, now: Date, limit: number): Promise<{ id: string; record: InvitationRecord }[]> {
  const page = await invitations.query('due', { partition: [phase], range: { between: [1, now.getTime()] }, limit });
  return records(page.entries);
}

/** Invitations whose issue property waits to be written, one page. */
export async function unsyncedInvitations(limit: number): Promise<{ id: string; record: InvitationRecord }[]> {
  return records((await invitations.query('sync', { partition: ['yes'], limit })).entries);
}

/** How many invitations were sent to a person since `since` (counting up to `atMost`). */
export async function sentToRecipientSince(recipient: string, since: Date, atMost: number): Promise<number> {
  const page = await invitations.query('by-recipient', {
    partition: [recipient],
    range: { atLeast: since.getTime() },
    limit: Math.max(1, Math.min(atMost, 100)),
  });
  return page.entries.length;
}

/** A request's invitations, oldest first. */
export async function invitationsOfIssue(issueId: string): Promise<{ id: string; record: InvitationRecord }[]> {
  return records(await invitations.queryAll('by-issue', { partition: [issueId] }));
}

/** A customer's latest named responses, newest first. */
export async function latestAnswersOfCustomer(customerId: string, limit: number): Promise<{ id: string; record: InvitationRecord }[]> {
  const page = await invitations.query('by-customer', { partition: [customerId], range: { atLeast: 1 }, descending: true, limit });
  return records(page.entries);
}

/** A campaign's invitations, a page at a time. */
export async function invitationsOfCampaign(
  campaignId: string,
  cursor?: string,
): Promise<{ entries: { id: string; record: InvitationRecord }[]; cursor?: string }> {
  const page = await invitations.query('by-campaign', { partition: [campaignId], limit: 100, ...(cursor ? { cursor } : {}) });
  return page.cursor ? { entries: records(page.entries), cursor: page.cursor } : { entries: records(page.entries) };
}
