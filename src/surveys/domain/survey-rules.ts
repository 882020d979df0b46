import { z } from 'zod';
import { DEFAULT_QUESTIONNAIRE_ID, SLUG_PATTERN } from './questionnaire';
import { FOLLOW_UP_ACTIONS } from './survey-terms';

/**
 * The rules of the survey after a ticket (admin page): which tickets, when, how many, anonymous or
 * named, who may answer, what a reopened request does, and the follow-up on low scores.
 */

export const RULE_LIMITS = {
  delayHours: { min: 0, max: 720 },
  sampleRate: { min: 0, max: 100 },
  maxPerCustomer: { min: 1, max: 100 },
  expiryDays: { min: 1, max: 90 },
  reminderDays: { min: 1, max: 89 },
  jqlLength: 2000,
  scopedProjects: 50,
} as const;

/** Who may answer a ticket's survey: the reporter; also its participants; also the members of the organizations it is shared with. */
export const RESPONDERS = ['reporter', 'participants', 'organization'] as const;
export type Responders = (typeof RESPONDERS)[number];

export { FOLLOW_UP_ACTIONS, type FollowUpAction } from './survey-terms';

const whole = (what: string, min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: `must be a whole number of ${what}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const digits = z.string({ error: 'must be a string' }).regex(/^\d{1,18}$/, { error: 'must be an id (digits only)' });

export const ticketScope = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('projects'),
      /** Each project, with the request types whose tickets are surveyed (none listed: every request type). */
      projects: z
        .array(z.object({ projectId: digits, requestTypeIds: z.array(digits) }))
        .max(RULE_LIMITS.scopedProjects, { error: `must list at most ${RULE_LIMITS.scopedProjects} projects` }),
    }),
    z.object({
      kind: z.literal('jql'),
      jql: z
        .string({ error: 'must be a string' })
        .trim()
        .min(1, { error: 'is required' })
        .max(RULE_LIMITS.jqlLength, { error: `must be at most ${RULE_LIMITS.jqlLength} characters` }),
    }),
  ],
  { error: 'must be projects or jql' },
);
export type TicketScope = z.infer<typeof ticketScope>;

export const followUpRule = z.object({
  enabled: z.boolean({ error: 'must be true or false' }),
  /** Fires when the overall satisfaction is at or below this (1-5); null: not on the overall answer. */
  overallAtOrBelow: whole('points', 1, 5).nullable(),
  /** Fires when any dimension's rating is at or below this (1-5); null: not on dimensions. */
  dimensionAtOrBelow: whole('points', 1, 5).nullable(),
  /** Fires on an NPS detractor (0-6). */
  npsDetractor: z.boolean({ error: 'must be true or false' }),
  action: z.enum(FOLLOW_UP_ACTIONS, { error: 'must be complaint or notify-owner' }),
});
export type FollowUpRule = z.infer<typeof followUpRule>;

export const surveyRules = z
  .object({
    enabled: z.boolean({ error: 'must be true or false' }),
    questionnaireId: z.string({ error: 'must be a string' }).regex(SLUG_PATTERN, { error: 'must be a questionnaire id' }),
    scope: ticketScope,
    delayHours: whole('hours', RULE_LIMITS.delayHours.min, RULE_LIMITS.delayHours.max),
    sampleRate: whole('percent', RULE_LIMITS.sampleRate.min, RULE_LIMITS.sampleRate.max),
    /** At most this many surveys to one person in 30 days; null: no limit. */
    maxPerCustomer30Days: whole('surveys', RULE_LIMITS.maxPerCustomer.min, RULE_LIMITS.maxPerCustomer.max).nullable(),
    expiryDays: whole('days', RULE_LIMITS.expiryDays.min, RULE_LIMITS.expiryDays.max),
    /** One reminder this many days after sending, if unanswered; null: no reminder. */
    reminderDays: whole('days', RULE_LIMITS.reminderDays.min, RULE_LIMITS.reminderDays.max).nullable(),
    anonymous: z.boolean({ error: 'must be true or false' }),
    responders: z.enum(RESPONDERS, { error: `must be one of ${RESPONDERS.join(', ')}` }),
    /** Whether a request resolved again after a reopening is surveyed again (when its earlier survey has ended). */
    resurveyOnReopen: z.boolean({ error: 'must be true or false' }),
    followUp: followUpRule,
  })
  .superRefine((rules, ctx) => {
    if (rules.reminderDays !== null && rules.reminderDays >= rules.expiryDays) {
      ctx.addIssue({ code: 'custom', path: ['reminderDays'], message: `must be fewer than the expiry (${rules.expiryDays} days)` });
    }
    if (rules.followUp.enabled && rules.followUp.overallAtOrBelow === null && rules.followUp.dimensionAtOrBelow === null && !rules.followUp.npsDetractor) {
      ctx.addIssue({ code: 'custom', path: ['followUp'], message: 'needs a threshold (overall or dimension) or NPS detractors to fire on' });
    }
  });
export type SurveyRules = z.infer<typeof surveyRules>;

/** The rules before an admin saves any: off, the default questionnaire, a week to answer, one reminder. */
export const DEFAULT_RULES: SurveyRules = {
  enabled: false,
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  scope: { kind: 'projects', projects: [] },
  delayHours: 0,
  sampleRate: 100,
  maxPerCustomer30Days: 3,
  expiryDays: 14,
  reminderDays: 5,
  anonymous: false,
  responders: 'reporter',
  resurveyOnReopen: false,
  followUp: { enabled: false, overallAtOrBelow: 2, dimensionAtOrBelow: null, npsDetractor: true, action: 'complaint' },
};
