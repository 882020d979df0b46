import { z } from 'zod';
import { issueKey, optionalText, stringValue } from '#kernel/input-schemas';
import { defineContract } from '#kernel/contract';
import { SURVEY_LANGUAGES } from './domain/languages';
import { QUESTION_KINDS, QUESTIONNAIRE_LIMITS } from './domain/survey-terms';

/**
 * The portal survey's calls (`brm-survey-portal`, customers): who may answer is asked of Jira as
 * the caller. Each input is parsed here; a bad one answers INVALID_INPUT naming the field.
 */

export { QUESTIONNAIRE_LIMITS };

const locale = optionalText(20).optional();
export const answerValue = z.union([z.number(), z.boolean(), z.string()]);

export const presentedQuestion = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  required: z.boolean(),
  text: z.string(),
  dimension: z.string().nullable(),
  scale: z.object({ min: z.number(), max: z.number(), low: z.string(), high: z.string() }).nullable(),
});
export type PresentedQuestionView = z.infer<typeof presentedQuestion>;

export const portalSurveyView = z.object({
  invitationId: z.string(),
  state: z.enum(['open', 'answered', 'expired']),
  language: z.enum(SURVEY_LANGUAGES),
  anonymous: z.boolean(),
  expiresAt: z.string().nullable(),
  questionnaire: z.object({ name: z.string(), intro: z.string(), yes: z.string(), no: z.string(), questions: z.array(presentedQuestion) }),
  /** The caller's own answers while they may change them; null otherwise. */
  answers: z.record(z.string(), answerValue).nullable(),
  revision: z.number().int().nullable(),
  editableUntil: z.string().nullable(),
});
export type PortalSurveyView = z.infer<typeof portalSurveyView>;

export const surveyPortalContract = defineContract({
  getPortalSurvey: { input: z.object({ issueKey, locale }), output: z.object({ survey: portalSurveyView.nullable() }) },
  submitSurveyResponse: {
    input: z.object({
      issueKey,
      invitationId: stringValue().min(1, { error: 'is required' }).max(200, { error: 'is not an invitation id' }),
      answers: z.record(z.string(), answerValue.nullable(), { error: 'must be an object of answers by question id' }),
      revision: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).nullable(),
      locale,
    }),
    output: z.object({ revision: z.number().int(), editableUntil: z.string() }),
  },
});
export type SurveyPortalContract = typeof surveyPortalContract;
