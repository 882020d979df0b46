/**
 * The shapes the app keeps its surveys in, held here as data because the sandbox does not import
 * the app (src/surveys/domain/invitation.ts, survey-property.ts, aggregate.ts and
 * src/surveys/store/*.ts): the invitation record and its stored form with the attributes the
 * `survey-invitation` indexes sort by, the `brm-survey` issue property, and the aggregate rows
 * (per UTC month × project × customer × service) an invitation counts in. The integration test
 * test/integration/surveys/demo-surveys.test.ts parses what the seeder writes with the app's own
 * schemas and readers.
 */

export type Scores = { overall?: number; nps?: number; npsCategory?: 'promoter' | 'passive' | 'detractor'; ces?: number; dimensions: Record<string, number> };

export interface SeedResponse {
  answers: Record<string, number | boolean | string>;
  scores: Scores;
  comment: string | null;
  language: 'en' | 'de' | 'es' | 'zh-CN' | 'id';
  answeredAt: string;
  editableUntil: string;
  respondent: string | null;
  revision: number;
}

export interface SeedFollowUp {
  status: 'done';
  action: 'complaint' | 'notify-owner';
  at: string;
  attempts: number;
  reasons: ({ kind: 'overall'; value: number } | { kind: 'nps-detractor'; value: number })[];
  issueKey?: string;
  notified?: string;
}

export interface SeedInvitation {
  kind: 'ticket' | 'campaign';
  issueId: string;
  issueKey: string;
  projectId: string;
  customerId: string | null;
  serviceId: string | null;
  recipient: string;
  questionnaireId: string;
  questionnaireVersion: number;
  anonymous: boolean;
  responders: 'reporter';
  campaignId: string | null;
  status: 'sent' | 'reminded' | 'answered' | 'expired';
  resolvedAt: string | null;
  sendAt: string | null;
  sentAt: string;
  remindAt: string | null;
  remindedAt: string | null;
  expiresAt: string;
  terms: { expiryDays: number; reminderDays: number | null };
  notice: null;
  response: SeedResponse | null;
  followUp: SeedFollowUp | null;
  applied: Record<string, Contribution>;
  createdAt: string;
  updatedAt: string;
  rev: number;
  syncedRev: number;
}

/** Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. */
export const npsCategory = (value: number): 'promoter' | 'passive' | 'detractor' => (value >= 9 ? 'promoter' : value >= 7 ? 'passive' : 'detractor');

const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : 0);

/** What the sweep still has to do: the `due` index's phase and time. */
function duePhase(record: SeedInvitation): { phase: string; dueAt: number } {
  if (record.status === 'sent')
    return record.remindAt !== null && record.remindedAt === null
      ? { phase: 'remind', dueAt: ms(record.remindAt) }
      : { phase: 'expire', dueAt: ms(record.expiresAt) };
  if (record.status === 'reminded') return { phase: 'expire', dueAt: ms(record.expiresAt) };
  return { phase: 'none', dueAt: 0 };
}

/** The value of entity `survey-invitation`: the record and the attributes its indexes use. */
export function storedInvitation(record: SeedInvitation): Record<string, unknown> {
  const due = duePhase(record);
  return {
    phase: due.phase,
    dueAt: due.dueAt,
    recipient: record.recipient,
    sentAtMs: ms(record.sentAt),
    customerKey: record.anonymous ? 'anonymous' : (record.customerId ?? 'none'),
    answeredAtMs: ms(record.response?.answeredAt),
    issueId: record.issueId,
    campaignId: record.campaignId ?? 'none',
    createdAtMs: ms(record.createdAt),
    updatedAtMs: ms(record.updatedAt),
    syncPending: record.syncedRev < record.rev ? 'yes' : 'no',
    rev: record.rev,
    stamp: record.rev,
    record,
  };
}

/** The `brm-survey` entry of an invitation (absent parts left out; no account id for an anonymous one). */
export function surveyEntry(id: string, record: SeedInvitation): Record<string, unknown> {
  const response = record.response;
  const entry: Record<string, unknown> = {
    invitationId: id,
    status: record.status,
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    anonymous: record.anonymous,
    projectId: record.projectId,
    customerId: record.customerId,
    serviceId: record.serviceId,
    campaign: record.campaignId ?? undefined,
    sentAt: record.sentAt,
    remindedAt: record.remindedAt ?? undefined,
    expiresAt: record.expiresAt,
    answeredAt: response?.answeredAt,
    overall: response?.scores.overall,
    nps: response?.scores.nps,
    npsCategory: response?.scores.npsCategory,
    ces: response?.scores.ces,
    dimensions: response ? response.scores.dimensions : undefined,
    answers: response?.answers,
    comment: response?.comment ?? undefined,
    language: response?.language,
    respondent: record.anonymous ? undefined : (response?.respondent ?? undefined),
    revision: record.rev,
    followUpIssueKey: record.followUp?.issueKey,
  };
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

// Aggregates -----------------------------------------------------------------------------------

export interface RowShare {
  sent?: number;
  answered?: number;
  expired?: number;
  overall?: number;
  nps?: number;
  ces?: number;
  dimensions?: Record<string, number>;
}
export type Contribution = Record<string, RowShare>;

interface Distribution {
  count: number;
  sum: number;
  buckets: Record<string, number>;
}
export interface RowCounts {
  invitationsSent: number;
  answered: number;
  expired: number;
  overall: Distribution;
  dimensions: Record<string, Distribution>;
  nps: Distribution;
  ces: Distribution;
}

const NONE = '_';
const monthOf = (iso: string): string => new Date(iso).toISOString().slice(0, 7);
const rowKeyOf = (month: string, record: SeedInvitation): string => [month, record.projectId, record.customerId ?? NONE, record.serviceId ?? NONE].join('#');

/** The rows an invitation counts in: the month it was sent, the month it was answered, the month it expired. */
export function contributionOf(record: SeedInvitation): Contribution {
  const shares: Contribution = {};
  const at = (iso: string): RowShare => {
    const key = rowKeyOf(monthOf(iso), record);
    shares[key] ??= {};
    return shares[key];
  };
  at(record.sentAt).sent = 1;
  const response = record.response;
  if (record.status === 'answered' && response) {
    const share = at(response.answeredAt);
    share.answered = 1;
    const { scores } = response;
    if (scores.overall !== undefined) share.overall = scores.overall;
    if (scores.nps !== undefined) share.nps = scores.nps;
    if (scores.ces !== undefined) share.ces = scores.ces;
    if (Object.keys(scores.dimensions).length > 0) share.dimensions = { ...scores.dimensions };
  }
  if (record.status === 'expired') at(record.expiresAt).expired = 1;
  return shares;
}

const emptyDistribution = (): Distribution => ({ count: 0, sum: 0, buckets: {} });
const addAnswer = (d: Distribution, value: number): Distribution => ({
  count: d.count + 1,
  sum: d.sum + value,
  buckets: { ...d.buckets, [String(value)]: (d.buckets[String(value)] ?? 0) + 1 },
});

export const emptyCounts = (): RowCounts => ({
  invitationsSent: 0,
  answered: 0,
  expired: 0,
  overall: emptyDistribution(),
  dimensions: {},
  nps: emptyDistribution(),
  ces: emptyDistribution(),
});

export function addShare(counts: RowCounts, share: RowShare): RowCounts {
  const dimensions = { ...counts.dimensions };
  for (const [id, value] of Object.entries(share.dimensions ?? {})) dimensions[id] = addAnswer(dimensions[id] ?? emptyDistribution(), value);
  return {
    invitationsSent: counts.invitationsSent + (share.sent ?? 0),
    answered: counts.answered + (share.answered ?? 0),
    expired: counts.expired + (share.expired ?? 0),
    overall: share.overall === undefined ? counts.overall : addAnswer(counts.overall, share.overall),
    nps: share.nps === undefined ? counts.nps : addAnswer(counts.nps, share.nps),
    ces: share.ces === undefined ? counts.ces : addAnswer(counts.ces, share.ces),
    dimensions,
  };
}

/** The value of entity `survey-aggregate` for a row of generation `gen` (key `g<gen>#<row key>`). */
export function storedRow(gen: number, rowKey: string, counts: RowCounts, rev: number): Record<string, unknown> {
  const [month = '', projectId = '', customerKey = NONE, serviceKey = NONE] = rowKey.split('#');
  return { gen, month, projectId, customerKey, serviceKey, rev, counts };
}
