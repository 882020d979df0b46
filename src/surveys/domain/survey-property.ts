import { z } from 'zod';
import { SURVEY_LANGUAGES } from './languages';
import { NPS_CATEGORIES } from './scoring';
import { SURVEY_STATUSES, type InvitationRecord } from './invitation';

/**
 * The issue property `brm-survey`: the request's latest invitation at the top level (what JQL
 * searches: `brmSurveyStatus`, `brmSurveyOverall`, … see manifest.yml), and earlier ones in
 * `history`, so that a request surveyed again after a reopening never loses an earlier response.
 * An anonymous response carries no account id.
 */

export const surveyEntry = z.object({
  invitationId: z.string(),
  status: z.enum(SURVEY_STATUSES),
  questionnaireId: z.string(),
  questionnaireVersion: z.number().int(),
  anonymous: z.boolean(),
  projectId: z.string(),
  customerId: z.string().nullable(),
  serviceId: z.string().nullable(),
  campaign: z.string().optional(),
  sendAt: z.string().optional(),
  sentAt: z.string().optional(),
  remindedAt: z.string().optional(),
  expiresAt: z.string().optional(),
  answeredAt: z.string().optional(),
  overall: z.number().optional(),
  nps: z.number().optional(),
  npsCategory: z.enum(NPS_CATEGORIES).optional(),
  ces: z.number().optional(),
  dimensions: z.record(z.string(), z.number()).optional(),
  answers: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).optional(),
  comment: z.string().optional(),
  language: z.enum(SURVEY_LANGUAGES).optional(),
  /** Who answered a named survey. */
  respondent: z.string().optional(),
  /** The record's `rev` this entry shows. */
  revision: z.number().int(),
  followUpIssueKey: z.string().optional(),
});
export type SurveyEntry = z.infer<typeof surveyEntry>;

export const surveyProperty = surveyEntry.extend({ history: z.array(surveyEntry).optional() });
export type SurveyProperty = z.infer<typeof surveyProperty>;

/** Jira keeps at most 32,768 characters of an entity property's value. */
export const PROPERTY_MAX_LENGTH = 32_768;

/** The entry of one invitation; undefined for one JQL does not show (raising, withdrawn). */
export function entryOf(id: string, record: InvitationRecord): SurveyEntry | undefined {
  if (record.status === 'raising' || record.status === 'withdrawn') return undefined;
  const response = record.response;
  const entry: SurveyEntry = {
    invitationId: id,
    status: record.status,
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    anonymous: record.anonymous,
    projectId: record.projectId,
    customerId: record.customerId,
    serviceId: record.serviceId,
    campaign: record.campaignId ?? undefined,
    sendAt: record.status === 'scheduled' ? (record.sendAt ?? undefined) : undefined,
    sentAt: record.sentAt ?? undefined,
    remindedAt: record.remindedAt ?? undefined,
    expiresAt: record.expiresAt ?? undefined,
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
  // Absent parts are left out rather than written as undefined.
  return surveyEntry.parse(JSON.parse(JSON.stringify(entry)));
}

/**
 * The property of a request from all its invitations, oldest first: the newest shown one at the
 * top, the others in `history`. Undefined when none is shown (the property is then removed).
 */
export function propertyOf(invitations: readonly { id: string; record: InvitationRecord }[]): SurveyProperty | undefined {
  const entries = [...invitations]
    .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt) || a.id.localeCompare(b.id))
    .flatMap(({ id, record }) => {
      const entry = entryOf(id, record);
      return entry ? [entry] : [];
    });
  const latest = entries.at(-1);
  if (!latest) return undefined;
  const history = entries.slice(0, -1);
  return history.length > 0 ? { ...latest, history } : latest;
}

/** Every entry of a property: the latest and the earlier ones. */
export const entriesOf = (property: SurveyProperty): SurveyEntry[] => {
  const { history, ...latest } = property;
  return [...(history ?? []), latest];
};
