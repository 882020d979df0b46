import { z } from 'zod';
import { storedTextSchema } from '#kernel/texts';
import type { Answers, ResponseScores } from './answers';
import { lowScoreReason } from './follow-up';
import { SURVEY_LANGUAGES } from './languages';
import { NPS_CATEGORIES } from './scoring';
import { FOLLOW_UP_ACTIONS, RESPONDERS } from './survey-rules';

/**
 * An invitation to answer a survey: one per resolution of a ticket (the survey after a ticket), or
 * one per contact of a relationship campaign. Its record in KVS is the source of truth; the issue
 * property `brm-survey` mirrors it for JQL and for the agent, and aggregates are derived from it.
 */

export { INVITATION_STATUSES, SURVEY_STATUSES, type InvitationStatus, type SurveyStatus } from './invitation-statuses';
import { INVITATION_STATUSES, type InvitationStatus } from './invitation-statuses';

/** How long a respondent may change their answers. */
export const EDIT_WINDOW_HOURS = 12;

/** The issue property that mirrors the invitation (indexed by the `brm-survey-property` module). */
export const SURVEY_PROPERTY_KEY = 'brm-survey';

export const responseRecord = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
  scores: z.object({
    overall: z.number().optional(),
    nps: z.number().optional(),
    npsCategory: z.enum(NPS_CATEGORIES).optional(),
    ces: z.number().optional(),
    dimensions: z.record(z.string(), z.number()),
  }),
  comment: z.string().nullable(),
  language: z.enum(SURVEY_LANGUAGES),
  answeredAt: z.string(),
  editableUntil: z.string(),
  /** Who answered; null for an anonymous survey, which stores no account id anywhere. */
  respondent: z.string().nullable(),
  /** 1 for the first answer, +1 for each edit. */
  revision: z.number().int().min(1),
});
export type ResponseRecord = z.infer<typeof responseRecord>;

export const followUpRecord = z.object({
  /** `claimed` while an invocation carries it out (since `at`; another may take it over 10 minutes later). */
  status: z.enum(['pending', 'claimed', 'done', 'failed']),
  action: z.enum(FOLLOW_UP_ACTIONS),
  at: z.string(),
  attempts: z.number().int().min(0),
  /** Why the rule fired, as it stood when the response was given. */
  reasons: z.array(lowScoreReason),
  /** The linked Complaint, when the action created (or found) one. */
  issueKey: z.string().optional(),
  /** Who was notified, when the action notified the relationship owner. */
  notified: z.string().optional(),
  /** Why it failed, for agents and admins: in English, and in every language (`reasonText`) for the panel's reader. */
  reason: z.string().optional(),
  reasonText: storedTextSchema.optional(),
});
export type FollowUpRecord = z.infer<typeof followUpRecord>;

/**
 * The comment that tells the recipient about the invitation or reminds them, while it is owed:
 * `claimed` by the invocation writing it since `at` (another may take it over 10 minutes later).
 */
export const noticeRecord = z.object({ kind: z.enum(['invitation', 'reminder']), state: z.enum(['pending', 'claimed']), at: z.string() });
export type NoticeRecord = z.infer<typeof noticeRecord>;
export const NOTICE_CLAIM_MINUTES = 10;

/** One aggregate row's share of an invitation, by row key: see aggregate.ts. */
export const storedContribution = z.record(z.string(), z.unknown());

export const invitationRecord = z.object({
  kind: z.enum(['ticket', 'campaign']),
  issueId: z.string(),
  issueKey: z.string(),
  projectId: z.string(),
  customerId: z.string().nullable(),
  serviceId: z.string().nullable(),
  /** Whom it was sent to: the reporter of the ticket, or the campaign's contact. */
  recipient: z.string(),
  questionnaireId: z.string(),
  questionnaireVersion: z.number().int().min(1),
  anonymous: z.boolean(),
  responders: z.enum(RESPONDERS),
  campaignId: z.string().nullable(),
  status: z.enum(INVITATION_STATUSES),
  resolvedAt: z.string().nullable(),
  sendAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  remindAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** How long the invitation is open and when it reminds, counted from sending. */
  terms: z.object({ expiryDays: z.number().int().min(1), reminderDays: z.number().int().min(1).nullable() }),
  notice: noticeRecord.nullable(),
  response: responseRecord.nullable(),
  followUp: followUpRecord.nullable(),
  /** What each aggregate generation counts of this invitation (aggregate.ts), by generation. */
  applied: z.record(z.string(), storedContribution),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped on every write; every write is conditional on the value read. */
  rev: z.number().int().min(1),
  /** The `rev` last written to the issue property; behind `rev` while the property waits to be written. */
  syncedRev: z.number().int().min(0),
});
export type InvitationRecord = z.infer<typeof invitationRecord>;

/** What the hourly sweep still has to do for an invitation, and when. */
export type DuePhase = 'send' | 'notify' | 'remind' | 'expire' | 'follow-up' | 'none';

export function duePhase(record: Pick<InvitationRecord, 'status' | 'sendAt' | 'remindAt' | 'remindedAt' | 'expiresAt' | 'followUp' | 'updatedAt' | 'notice'>): {
  phase: DuePhase;
  dueAt: string | null;
} {
  if (record.notice && (record.status === 'sent' || record.status === 'reminded')) {
    const at = Date.parse(record.notice.at) + (record.notice.state === 'claimed' ? NOTICE_CLAIM_MINUTES * 60_000 : 0);
    return { phase: 'notify', dueAt: new Date(at).toISOString() };
  }
  switch (record.status) {
    case 'scheduled':
      return { phase: 'send', dueAt: record.sendAt };
    case 'sent':
      if (record.remindAt !== null && record.remindedAt === null) return { phase: 'remind', dueAt: record.remindAt };
      return { phase: 'expire', dueAt: record.expiresAt };
    case 'reminded':
      return { phase: 'expire', dueAt: record.expiresAt };
    case 'answered': {
      const followUp = record.followUp;
      if (followUp?.status === 'pending') return { phase: 'follow-up', dueAt: followUp.at };
      if (followUp?.status === 'claimed') return { phase: 'follow-up', dueAt: new Date(Date.parse(followUp.at) + NOTICE_CLAIM_MINUTES * 60_000).toISOString() };
      return { phase: 'none', dueAt: null };
    }
    default:
      return { phase: 'none', dueAt: null };
  }
}

/** Whether the invitation still waits for an answer. */
export const isOpen = (status: InvitationStatus): boolean => status === 'raising' || status === 'scheduled' || status === 'sent' || status === 'reminded';

/** Whether the invitation takes answers at `now`: sent or reminded and not yet expired. */
export const isAnswerable = (record: Pick<InvitationRecord, 'status' | 'expiresAt'>, now: Date): boolean =>
  (record.status === 'sent' || record.status === 'reminded') && record.expiresAt !== null && now.getTime() < Date.parse(record.expiresAt);

/** Whether a response may still be changed at `now`. */
export const isEditable = (response: Pick<ResponseRecord, 'editableUntil'>, now: Date): boolean => now.getTime() < Date.parse(response.editableUntil);

/** The response a submit makes (or an edit makes anew). */
export function responseOf(input: {
  answers: Answers;
  scores: ResponseScores;
  comment: string | null;
  language: ResponseRecord['language'];
  respondent: string | null;
  now: Date;
  previous: ResponseRecord | null;
}): ResponseRecord {
  const answeredAt = input.previous?.answeredAt ?? input.now.toISOString();
  return {
    answers: input.answers,
    scores: input.scores,
    comment: input.comment,
    language: input.language,
    answeredAt,
    editableUntil: input.previous?.editableUntil ?? new Date(input.now.getTime() + EDIT_WINDOW_HOURS * 3_600_000).toISOString(),
    respondent: input.respondent,
    revision: (input.previous?.revision ?? 0) + 1,
  };
}

/** The key of a ticket's invitation for one resolution: the same resolution always gives the same key. */
export const ticketInvitationId = (issueId: string, resolvedAt: Date): string => `t:${issueId}:${resolvedAt.getTime()}`;
/** The key of a campaign contact's invitation: one per campaign and contact. */
export const campaignInvitationId = (campaignId: string, accountId: string): string => `c:${campaignId}:${accountId}`;
