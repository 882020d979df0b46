import type { Locale } from '#kernel/locales';
import { readRefFieldValue } from '#kernel/ref-field-value';
import { sentence, storedText, type Text } from '#kernel/texts';
import { asUserJira } from '#platform/jira/client';
import { findIssue } from '#platform/jira/issues';
import { findUser } from '#platform/jira/users';
import { requireAgentOf } from '#platform/access';
import { appFieldIds } from '#provisioning/app-field-ids';
import type { FollowUpRecord, InvitationRecord } from '#surveys/domain/invitation';
import type { FollowUpAction } from '#surveys/domain/survey-rules';
import { inLanguage, keyQuestions, type QuestionKind } from '#surveys/domain/questionnaire';
import { latestAnswersOfCustomer, invitationsOfIssue } from '#surveys/store/invitation-store';
import { readCampaign } from './campaigns-read';
import { versionOf } from './questionnaires';

/**
 * What an agent sees of a request's survey on the issue (a section of the Customer relationship
 * panel): the invitation's status, the answers by dimension, the NPS category, the comment, and the
 * customer's last five scores for context. Agents only (asked of Jira as the caller). An anonymous
 * response shows its answers but nothing of who gave them, and is left out of the last scores.
 * Dimensions and questions read in the panel's language (the questionnaire's text in it, else
 * English), as does why a follow-up failed.
 */

export const LAST_SCORES = 5;

/** Why a follow-up failed: kept in every language, or (recorded before it was) found by its English. */
const followUpReason = (followUp: FollowUpRecord): Text | undefined =>
  followUp.reasonText ? storedText(followUp.reasonText) : followUp.reason === undefined ? undefined : sentence(followUp.reason);

export interface PanelAnswer {
  questionId: string;
  kind: QuestionKind;
  text: string;
  value: number | boolean | string | null;
}

export interface PanelSurvey {
  status: InvitationRecord['status'];
  questionnaire: { name: string; version: number };
  anonymous: boolean;
  campaign: string | null;
  sendAt: string | null;
  sentAt: string | null;
  remindedAt: string | null;
  expiresAt: string | null;
  answeredAt: string | null;
  respondent: { accountId: string; displayName: string } | null;
  overall: number | null;
  nps: number | null;
  npsCategory: 'promoter' | 'passive' | 'detractor' | null;
  ces: number | null;
  dimensions: { id: string; label: string; kind: 'hard' | 'soft'; value: number | null }[];
  answers: PanelAnswer[];
  comment: string | null;
  followUp: { status: string; action: FollowUpAction; issueKey: string | null; notified: boolean; reason: string | null } | null;
}

export interface LastScore {
  issueKey: string;
  answeredAt: string;
  overall: number | null;
  nps: number | null;
}

export interface SurveyPanel {
  survey: PanelSurvey | null;
  earlierSurveys: number;
  customer: { id: string; name: string } | null;
  lastScores: LastScore[];
}

async function panelSurveyOf(record: InvitationRecord, locale: Locale): Promise<PanelSurvey> {
  const version = await versionOf(record.questionnaireId, record.questionnaireVersion);
  const definition = version.definition;
  const response = record.response;
  const scores = response?.scores;
  const respondentId = record.anonymous ? null : (response?.respondent ?? null);
  const respondent = respondentId ? await findUser(asUserJira(), respondentId) : undefined;
  const overallQuestion = keyQuestions(definition).overall;
  return {
    status: record.status,
    questionnaire: { name: definition.name, version: version.version },
    anonymous: record.anonymous,
    campaign: record.campaignId ? ((await readCampaign(record.campaignId))?.setup.name ?? null) : null,
    sendAt: record.sendAt,
    sentAt: record.sentAt,
    remindedAt: record.remindedAt,
    expiresAt: record.expiresAt,
    answeredAt: response?.answeredAt ?? null,
    respondent: respondentId ? { accountId: respondentId, displayName: respondent?.displayName ?? respondentId } : null,
    overall: scores?.overall ?? null,
    nps: scores?.nps ?? null,
    npsCategory: scores?.npsCategory ?? null,
    ces: scores?.ces ?? null,
    dimensions: definition.dimensions.map((d) => ({ id: d.id, label: inLanguage(d.label, locale), kind: d.kind, value: scores?.dimensions[d.id] ?? null })),
    answers: definition.questions
      .filter((q) => q.id !== overallQuestion?.id)
      .map((q) => ({ questionId: q.id, kind: q.kind, text: inLanguage(q.text, locale), value: response?.answers[q.id] ?? null })),
    comment: response?.comment ?? null,
    followUp: record.followUp
      ? {
          status: record.followUp.status,
          action: record.followUp.action,
          issueKey: record.followUp.issueKey ?? null,
          notified: record.followUp.notified !== undefined,
          reason: followUpReason(record.followUp)?.in(locale) ?? null,
        }
      : null,
  };
}

export async function surveyPanel(accountId: string | undefined, issueKey: string, locale: Locale = 'en'): Promise<SurveyPanel> {
  await requireAgentOf(accountId, issueKey);
  const user = asUserJira();
  const customerField = (await appFieldIds(user)).get('brm-customer');
  const issue = await findIssue(user, issueKey, customerField ? [customerField] : ['project']);
  const customer = customerField && issue ? readRefFieldValue(issue.fields[customerField]) : null;
  const invitations = issue ? (await invitationsOfIssue(issue.id)).filter((i) => i.record.status !== 'withdrawn' && i.record.status !== 'raising') : [];
  const latest = invitations.at(-1);
  const recent = customer ? await latestAnswersOfCustomer(customer.id, LAST_SCORES) : [];
  return {
    survey: latest ? await panelSurveyOf(latest.record, locale) : null,
    earlierSurveys: Math.max(0, invitations.length - 1),
    customer: customer ? { id: customer.id, name: customer.name } : null,
    lastScores: recent.flatMap(({ record }) =>
      record.response && !record.anonymous
        ? [
            {
              issueKey: record.issueKey,
              answeredAt: record.response.answeredAt,
              overall: record.response.scores.overall ?? null,
              nps: record.response.scores.nps ?? null,
            },
          ]
        : [],
    ),
  };
}
