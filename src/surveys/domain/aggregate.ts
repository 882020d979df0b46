import { z } from 'zod';
import { addAnswer, combine, emptyDistribution, isEmptyDistribution, type ScoreDistribution } from './scoring';

/**
 * Survey aggregates: per UTC month × project × customer × service, the invitations sent, answered
 * and expired, and the distributions of the overall, NPS, CES and dimension answers. They are
 * derived: each invitation contributes to at most three rows (the month it was sent, the month it
 * was answered, the month it expired), and a change of the invitation replaces its old
 * contribution with its new one. The same functions serve the incremental updates and the rebuild,
 * so the two give the same numbers.
 */

export interface AggregateScope {
  /** 'YYYY-MM', UTC. */
  month: string;
  projectId: string;
  /** The JSM organization; null when the request had no customer. */
  customerId: string | null;
  /** The catalogue service; null when the request had none. */
  serviceId: string | null;
}

export interface AggregateCounts {
  invitationsSent: number;
  answered: number;
  expired: number;
  overall: ScoreDistribution;
  dimensions: Record<string, ScoreDistribution>;
  nps: ScoreDistribution;
  ces: ScoreDistribution;
}

export type AggregateRow = AggregateScope & AggregateCounts;

export const emptyCounts = (): AggregateCounts => ({
  invitationsSent: 0,
  answered: 0,
  expired: 0,
  overall: emptyDistribution(),
  dimensions: {},
  nps: emptyDistribution(),
  ces: emptyDistribution(),
});

const distribution = z.object({ count: z.number(), sum: z.number(), buckets: z.record(z.string(), z.number()) });
export const aggregateCounts = z.object({
  invitationsSent: z.number(),
  answered: z.number(),
  expired: z.number(),
  overall: distribution,
  dimensions: z.record(z.string(), distribution),
  nps: distribution,
  ces: distribution,
});

/** 'YYYY-MM' of an instant, in UTC. */
export const monthOf = (iso: string): string => new Date(iso).toISOString().slice(0, 7);

const NONE = '_';

/** The row's key: `month#project#customer#service` (`_` for none); KVS keys allow these characters. */
export const rowKeyOf = (scope: AggregateScope): string => [scope.month, scope.projectId, scope.customerId ?? NONE, scope.serviceId ?? NONE].join('#');

export function scopeOfRowKey(key: string): AggregateScope | undefined {
  const [month, projectId, customer, service, ...rest] = key.split('#');
  if (!month || !projectId || customer === undefined || service === undefined || rest.length > 0 || !/^\d{4}-\d{2}$/.test(month)) return undefined;
  return { month, projectId, customerId: customer === NONE ? null : customer, serviceId: service === NONE ? null : service };
}

/** One row's share of an invitation: counted once as sent, answered or expired, and its answers. */
export const rowShare = z.object({
  sent: z.number().int().optional(),
  answered: z.number().int().optional(),
  expired: z.number().int().optional(),
  overall: z.number().optional(),
  nps: z.number().optional(),
  ces: z.number().optional(),
  dimensions: z.record(z.string(), z.number()).optional(),
});
export type RowShare = z.infer<typeof rowShare>;

/** An invitation's shares by row key. */
export const contribution = z.record(z.string(), rowShare);
export type Contribution = z.infer<typeof contribution>;

/** What an invitation (a KVS record or a property entry) says that the aggregates count. */
export interface InvitationFacts {
  status: string;
  projectId: string;
  customerId: string | null;
  serviceId: string | null;
  sentAt?: string | null;
  answeredAt?: string | null;
  expiresAt?: string | null;
  scores?: { overall?: number; nps?: number; ces?: number; dimensions?: Record<string, number> } | null;
}

const SENT_STATUSES = new Set(['sent', 'reminded', 'answered', 'expired']);

/** The rows an invitation counts in and what it counts there. */
export function contributionOf(facts: InvitationFacts): Contribution {
  const shares: Contribution = {};
  const at = (iso: string): RowShare => {
    const key = rowKeyOf({ month: monthOf(iso), projectId: facts.projectId, customerId: facts.customerId, serviceId: facts.serviceId });
    shares[key] ??= {};
    return shares[key];
  };
  if (!SENT_STATUSES.has(facts.status) || !facts.sentAt) return shares;
  at(facts.sentAt).sent = 1;
  if (facts.status === 'answered' && facts.answeredAt) {
    const share = at(facts.answeredAt);
    share.answered = 1;
    const scores = facts.scores ?? {};
    if (scores.overall !== undefined) share.overall = scores.overall;
    if (scores.nps !== undefined) share.nps = scores.nps;
    if (scores.ces !== undefined) share.ces = scores.ces;
    if (scores.dimensions && Object.keys(scores.dimensions).length > 0) share.dimensions = { ...scores.dimensions };
  }
  if (facts.status === 'expired' && facts.expiresAt) at(facts.expiresAt).expired = 1;
  return shares;
}

/** Counts with one share added (`sign` 1) or taken away (`sign` -1). */
export function applyShare(counts: AggregateCounts, share: RowShare, sign: 1 | -1): AggregateCounts {
  const dimensions = { ...counts.dimensions };
  for (const [id, value] of Object.entries(share.dimensions ?? {})) {
    const next = addAnswer(dimensions[id] ?? emptyDistribution(), value, sign);
    if (isEmptyDistribution(next)) delete dimensions[id];
    else dimensions[id] = next;
  }
  return {
    invitationsSent: counts.invitationsSent + sign * (share.sent ?? 0),
    answered: counts.answered + sign * (share.answered ?? 0),
    expired: counts.expired + sign * (share.expired ?? 0),
    overall: share.overall === undefined ? counts.overall : addAnswer(counts.overall, share.overall, sign),
    nps: share.nps === undefined ? counts.nps : addAnswer(counts.nps, share.nps, sign),
    ces: share.ces === undefined ? counts.ces : addAnswer(counts.ces, share.ces, sign),
    dimensions,
  };
}

/** What replacing contribution `before` by `after` changes, row by row (rows where nothing changes are left out). */
export function changeOf(before: Contribution, after: Contribution): Map<string, { remove?: RowShare; add?: RowShare }> {
  const changes = new Map<string, { remove?: RowShare; add?: RowShare }>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const remove = before[key];
    const add = after[key];
    if (remove && add && JSON.stringify(remove) === JSON.stringify(add)) continue;
    changes.set(key, { ...(remove ? { remove } : {}), ...(add ? { add } : {}) });
  }
  return changes;
}

/** Counts after a row's change. */
export const applyChange = (counts: AggregateCounts, change: { remove?: RowShare; add?: RowShare }): AggregateCounts => {
  const removed = change.remove ? applyShare(counts, change.remove, -1) : counts;
  return change.add ? applyShare(removed, change.add, 1) : removed;
};

/** Whether a row counts nothing (it can be deleted). */
export const isEmptyCounts = (c: AggregateCounts): boolean =>
  c.invitationsSent === 0 &&
  c.answered === 0 &&
  c.expired === 0 &&
  isEmptyDistribution(c.overall) &&
  isEmptyDistribution(c.nps) &&
  isEmptyDistribution(c.ces) &&
  Object.keys(c.dimensions).length === 0;

/** Two sets of counts added up (for totals over rows). */
export function addCounts(a: AggregateCounts, b: AggregateCounts): AggregateCounts {
  const dimensions: Record<string, ScoreDistribution> = { ...a.dimensions };
  for (const [id, d] of Object.entries(b.dimensions)) dimensions[id] = combine(dimensions[id] ?? emptyDistribution(), d);
  return {
    invitationsSent: a.invitationsSent + b.invitationsSent,
    answered: a.answered + b.answered,
    expired: a.expired + b.expired,
    overall: combine(a.overall, b.overall),
    nps: combine(a.nps, b.nps),
    ces: combine(a.ces, b.ces),
    dimensions,
  };
}
