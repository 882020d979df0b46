import { z } from 'zod';
import { TIERS } from '#kernel/customer-tiers';
import { emptyInput, numericId, optionalText, stringValue } from '#kernel/input-schemas';
import { defineContract } from '#kernel/contract';
import {
  campaignContacts,
  campaignSetup,
  CAMPAIGN_AUDIENCES,
  CAMPAIGN_CHOICES,
  CAMPAIGN_LIMITS,
  CAMPAIGN_STATUSES,
  mergeKeyContacts,
  REPEAT_LIMITS,
  repeatEveryMonths,
  type CampaignAudience,
  type CampaignChoice,
  type CampaignSetup,
} from './domain/campaign';
import { SURVEY_LANGUAGES, LANGUAGE_NAMES } from './domain/languages';
import { DIMENSION_KINDS, QUESTION_KINDS, questionnaireDefinition, QUESTIONNAIRE_LIMITS, SLUG_PATTERN } from './domain/questionnaire';
import { FOLLOW_UP_ACTIONS, RESPONDERS, RULE_LIMITS, surveyRules } from './domain/survey-rules';
import { VERSION_STATUSES } from './domain/versioning';

/** The admin page's Surveys tab (Jira admins): questionnaires, rules, results, campaigns. */

export type { CampaignAudience, CampaignChoice, CampaignSetup };
export type { Tier } from '#kernel/customer-tiers';
export type { LocalizedText, Question, QuestionKind, QuestionnaireDefinition } from './domain/questionnaire';
export type { SurveyLanguage } from './domain/languages';
export type { Responders, SurveyRules } from './domain/survey-rules';
export {
  campaignContacts,
  campaignSetup,
  CAMPAIGN_AUDIENCES,
  CAMPAIGN_CHOICES,
  CAMPAIGN_LIMITS,
  mergeKeyContacts,
  REPEAT_LIMITS,
  TIERS,
  questionnaireDefinition,
  surveyRules,
  QUESTIONNAIRE_LIMITS,
  SURVEY_LANGUAGES,
  LANGUAGE_NAMES,
  QUESTION_KINDS,
  DIMENSION_KINDS,
  FOLLOW_UP_ACTIONS,
  RESPONDERS,
  RULE_LIMITS,
  SLUG_PATTERN,
};

/** The admin page's language (its frame's locale), for what the app recorded in English: why a rebuild stopped. */
const locale = optionalText(20).optional();

const slug = stringValue().regex(SLUG_PATTERN, { error: 'must be a short id of lower-case letters, digits and dashes, starting with a letter' });

export const questionnaireSummary = z.object({
  id: z.string(),
  name: z.string(),
  publishedVersion: z.number().int(),
  draftVersion: z.number().int(),
  languages: z.array(z.enum(SURVEY_LANGUAGES)),
  rev: z.number().int(),
  updatedAt: z.string(),
});
export type QuestionnaireSummaryView = z.infer<typeof questionnaireSummary>;

export const questionnaireVersionView = z.object({
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  publishedAt: z.string(),
  updatedAt: z.string(),
  definition: questionnaireDefinition,
});

export const jobView = z.object({
  jobId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  progress: z.object({ done: z.number(), total: z.number(), label: z.string() }),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof jobView>;

export const campaignSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  audience: z.enum(CAMPAIGN_AUDIENCES),
  organizations: z.number().int(),
  contacts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  repeatEveryMonths: z.number().int().nullable(),
});

export const campaignDetail = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  finished: z.boolean(),
  questionnaire: z.object({ id: z.string(), version: z.number().int() }),
  audience: z.enum(CAMPAIGN_AUDIENCES),
  /** How the organizations were chosen: by name (those below), or by tier (the tiers' customers when the job planned). */
  organizationsBy: z.enum(CAMPAIGN_CHOICES),
  tiers: z.array(z.enum(TIERS)),
  contacts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  /** How many contacts could not be sent the survey (the page says so in its reader's language). */
  failedContacts: z.number().int(),
  job: jobView.nullable(),
  /** Set to recur: every so many months, and when the next campaign starts. */
  repeat: z.object({ everyMonths: z.number().int(), nextAt: z.string() }).nullable(),
  /** The campaign of the series that followed this one, and the one this one followed. */
  repeatedBy: z.string().nullable(),
  previousId: z.string().nullable(),
  organizations: z.array(
    z.object({
      organizationId: z.string(),
      /** null when Jira no longer knows the organization. */
      name: z.string().nullable(),
      sent: z.number().int(),
      answered: z.number().int(),
      expired: z.number().int(),
      open: z.number().int(),
      responseRate: z.number().nullable(),
    }),
  ),
});
export type CampaignDetailView = z.infer<typeof campaignDetail>;

const scoreTotals = z.object({
  sent: z.number(),
  answered: z.number(),
  expired: z.number(),
  responseRate: z.number().nullable(),
  csat: z.number().nullable(),
  overallMean: z.number().nullable(),
  nps: z.number().nullable(),
  ces: z.number().nullable(),
});

const campaignId = stringValue().min(1, { error: 'is required' }).max(64, { error: 'is not a campaign id' });

export const surveyAdminContract = defineContract({
  listQuestionnaires: { input: emptyInput, output: z.object({ questionnaires: z.array(questionnaireSummary) }) },
  getQuestionnaire: { input: z.object({ id: slug }), output: z.object({ summary: questionnaireSummary, versions: z.array(questionnaireVersionView) }) },
  saveQuestionnaireDraft: {
    input: z.object({
      id: slug,
      definition: questionnaireDefinition,
      expectedRev: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).nullable(),
    }),
    output: z.object({ summary: questionnaireSummary }),
  },
  publishQuestionnaire: {
    input: z.object({ id: slug, expectedRev: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }) }),
    output: z.object({ summary: questionnaireSummary }),
  },
  getSurveySettings: {
    input: emptyInput,
    output: z.object({
      rules: surveyRules,
      questionnaires: z.array(questionnaireSummary),
      projects: z.array(
        z.object({
          id: z.string(),
          key: z.string(),
          name: z.string(),
          serviceDeskId: z.string(),
          requestTypes: z.array(z.object({ id: z.string(), name: z.string() })),
        }),
      ),
    }),
  },
  saveSurveyRules: { input: z.object({ rules: surveyRules }), output: z.object({ rules: surveyRules }) },
  getSurveyOverview: {
    input: z.object({ locale }),
    output: z.object({
      months: z.array(z.string()),
      totals: scoreTotals,
      byMonth: z.array(scoreTotals.extend({ month: z.string() })),
      rebuild: jobView.nullable(),
    }),
  },
  rebuildSurveyAggregates: { input: emptyInput, output: z.object({ rebuild: jobView }) },
  listCampaigns: { input: emptyInput, output: z.object({ campaigns: z.array(campaignSummary) }) },
  getCampaignOptions: {
    input: emptyInput,
    output: z.object({
      /** Each organization with its tier and key contacts (account ids) in the customer portfolio. */
      organizations: z.array(z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS).nullable(), keyContacts: z.array(z.string()) })),
      desks: z.array(
        z.object({
          id: z.string(),
          projectId: z.string(),
          projectKey: z.string(),
          name: z.string(),
          requestTypes: z.array(z.object({ id: z.string(), name: z.string() })),
          surveyRequestTypeId: z.string().nullable(),
        }),
      ),
    }),
  },
  listOrganizationMembers: {
    input: z.object({ organizationId: numericId('an organization') }),
    output: z.object({ members: z.array(z.object({ accountId: z.string(), displayName: z.string() })) }),
  },
  addSurveyRequestType: {
    input: z.object({ serviceDeskId: numericId('a service desk') }),
    output: z.object({ requestType: z.object({ id: z.string(), name: z.string() }) }),
  },
  startCampaign: { input: z.object({ setup: campaignSetup }), output: z.object({ campaign: campaignDetail }) },
  getCampaign: {
    input: z.object({ id: campaignId }),
    output: z.object({ campaign: campaignDetail }),
  },
  setCampaignRepeat: {
    input: z.object({ id: campaignId, everyMonths: repeatEveryMonths.nullable() }),
    output: z.object({ campaign: campaignDetail }),
  },
});
export type SurveyAdminContract = typeof surveyAdminContract;
