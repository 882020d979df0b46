import { z } from 'zod';
import { issueKey, optionalText } from '#kernel/input-schemas';
import { defineContract } from '#kernel/contract';
import { INVITATION_STATUSES } from './domain/invitation-statuses';
import { NPS_CATEGORIES } from './domain/scoring';
import { DIMENSION_KINDS, FOLLOW_UP_ACTIONS, QUESTION_KINDS } from './domain/survey-terms';

/** The survey section of the Customer relationship panel (agents of the request's project). */

const answerValue = z.union([z.number(), z.boolean(), z.string()]);

export const panelSurveyView = z.object({
  status: z.enum(INVITATION_STATUSES),
  questionnaire: z.object({ name: z.string(), version: z.number().int() }),
  anonymous: z.boolean(),
  campaign: z.string().nullable(),
  sendAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** Who answered; null for an anonymous survey (and before an answer). */
  respondent: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  overall: z.number().nullable(),
  nps: z.number().nullable(),
  npsCategory: z.enum(NPS_CATEGORIES).nullable(),
  ces: z.number().nullable(),
  dimensions: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(DIMENSION_KINDS), value: z.number().nullable() })),
  answers: z.array(z.object({ questionId: z.string(), kind: z.enum(QUESTION_KINDS), text: z.string(), value: answerValue.nullable() })),
  comment: z.string().nullable(),
  followUp: z
    .object({ status: z.string(), action: z.enum(FOLLOW_UP_ACTIONS), issueKey: z.string().nullable(), notified: z.boolean(), reason: z.string().nullable() })
    .nullable(),
});
export type PanelSurveyView = z.infer<typeof panelSurveyView>;

export const surveyPanelView = z.object({
  survey: panelSurveyView.nullable(),
  earlierSurveys: z.number().int(),
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  lastScores: z.array(z.object({ issueKey: z.string(), answeredAt: z.string(), overall: z.number().nullable(), nps: z.number().nullable() })),
});
export type SurveyPanelView = z.infer<typeof surveyPanelView>;

/** The panel's language (its frame's locale): the questionnaire's labels and the follow-up's reason are written in it. */
const locale = optionalText(20).optional();

export const surveyIssueContract = defineContract({
  getSurveyPanel: { input: z.object({ issueKey, locale }), output: surveyPanelView },
});
