import { conflict, forbidden, invalidInput, notFound } from '#kernel/app-error';
import { backendText } from '#kernel/backend-texts';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { requestParticipants, findCustomerRequest, type CustomerRequest } from '#platform/jira/requests';
import { isAgent, issuePermissions } from '#platform/access';
import { checkAnswers, commentOf, scoresOf, type Answers } from '#surveys/domain/answers';
import { EDIT_WINDOW_HOURS, isAnswerable, isEditable, responseOf, type InvitationRecord } from '#surveys/domain/invitation';
import { pickLanguage, type SurveyLanguage } from '#surveys/domain/languages';
import { languagesOf } from '#surveys/domain/questionnaire';
import { invitationsOfIssue } from '#surveys/store/invitation-store';
import { followUpFor, runFollowUp } from './follow-up';
import { writeInvitation } from './invitation-writes';
import { syncIssueProperty } from './property-sync';
import { versionOf } from './questionnaires';
import { readRules } from './rules';

/**
 * Answering on the portal. Who may answer is asked of Jira as the caller first (they must see the
 * request: Get customer request as the user), then checked against the invitation's rule (the
 * reporter; also participants; also anyone of the request's organizations who sees it and is not an
 * agent). Only then does the app write, as the app. One response per invitation: the record is
 * written conditionally on what was read, so of two submits one wins and the other learns the
 * survey was answered. A response can be changed for 12 hours, by the one who gave it (for an
 * anonymous survey, which keeps no account id, by anyone who may answer it).
 */

const notSignedIn = () => forbidden('You need to be signed in to answer this survey.');

/** The request as the caller sees it, or not found: this is the visibility check, asked of Jira as the caller. */
async function visibleRequest(accountId: string | undefined, issueKey: string): Promise<CustomerRequest> {
  if (!accountId) throw notSignedIn();
  const request = await findCustomerRequest(asUserJira(), issueKey);
  if (!request) throw notFound(`issueKey: request ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  return request;
}

/** Whether the caller may answer the invitation under its responders rule (they can see the request already). */
async function mayAnswer(accountId: string, record: InvitationRecord, issueKey: string): Promise<boolean> {
  if (accountId === record.recipient) return true;
  switch (record.responders) {
    case 'reporter':
      return false;
    case 'participants':
      return (await requestParticipants(asAppJira(), record.issueId)).some((p) => p.accountId === accountId);
    case 'organization':
      // Anyone who sees the request and does not work it: its participants and its organizations' members.
      return !isAgent(await issuePermissions(accountId, issueKey));
  }
}

/** The invitation the request shows: its latest one that went out. */
async function shownInvitation(issueId: string): Promise<{ id: string; record: InvitationRecord } | undefined> {
  const all = await invitationsOfIssue(issueId);
  return all
    .filter((i) => i.record.status === 'sent' || i.record.status === 'reminded' || i.record.status === 'answered' || i.record.status === 'expired')
    .at(-1);
}

/** Whether `accountId` may see and change the response now. */
const ownsResponse = (record: InvitationRecord, accountId: string): boolean => (record.anonymous ? true : record.response?.respondent === accountId);

export type PortalSurveyState = 'open' | 'answered' | 'expired';

export interface PortalSurvey {
  invitationId: string;
  state: PortalSurveyState;
  language: SurveyLanguage;
  anonymous: boolean;
  expiresAt: string | null;
  questionnaire: Awaited<ReturnType<typeof versionOf>>;
  /** The caller's own answers, while they may still change them. */
  answers: Answers | null;
  revision: number | null;
  editableUntil: string | null;
}

/** What the portal panel shows the caller, or null when the request has no survey for them. */
export async function portalSurvey(
  accountId: string | undefined,
  issueKey: string,
  locale: string | undefined,
  now: Date = new Date(),
): Promise<PortalSurvey | null> {
  const request = await visibleRequest(accountId, issueKey);
  const shown = await shownInvitation(request.issueId);
  if (!shown || !accountId || !(await mayAnswer(accountId, shown.record, request.issueKey))) return null;
  const { id, record } = shown;
  const questionnaire = await versionOf(record.questionnaireId, record.questionnaireVersion);
  const language = pickLanguage(locale, languagesOf(questionnaire.definition));
  const response = record.response;
  const editable = response !== null && ownsResponse(record, accountId) && isEditable(response, now);
  const state: PortalSurveyState = record.status === 'answered' ? 'answered' : isAnswerable(record, now) ? 'open' : 'expired';
  return {
    invitationId: id,
    state,
    language,
    anonymous: record.anonymous,
    expiresAt: record.expiresAt,
    questionnaire,
    answers: editable ? response.answers : null,
    revision: editable ? response.revision : null,
    editableUntil: editable ? response.editableUntil : null,
  };
}

export interface SubmitInput {
  issueKey: string;
  invitationId: string;
  answers: Record<string, unknown>;
  /** null for a first answer; the revision being changed for an edit. */
  revision: number | null;
  locale?: string;
}

/** Stores a response (or an edit of one), updates the aggregates in the same step, then the request's property, then any follow-up. */
export async function submitResponse(
  accountId: string | undefined,
  input: SubmitInput,
  now: () => Date = () => new Date(),
): Promise<{ revision: number; editableUntil: string }> {
  const request = await visibleRequest(accountId, input.issueKey);
  if (!accountId) throw notSignedIn();
  const [all, rules] = await Promise.all([invitationsOfIssue(request.issueId), readRules()]);
  const invitation = all.find((i) => i.id === input.invitationId);
  if (!invitation) throw notFound(`invitationId: ${backendText('survey.error.noSurvey')}`, 'invitationId');
  if (!(await mayAnswer(accountId, invitation.record, request.issueKey))) throw forbidden(backendText('survey.error.notAllowed'));
  const questionnaire = await versionOf(invitation.record.questionnaireId, invitation.record.questionnaireVersion);
  const checked = checkAnswers(questionnaire.definition, input.answers);
  if (!checked.ok) {
    const first = checked.problems[0];
    const field = `answers.${first?.questionId ?? ''}`;
    throw invalidInput(
      field,
      checked.problems
        .map((p) => `answers.${p.questionId}: ${p.message}`)
        .join('; ')
        .replace(`${field}: `, ''),
    );
  }
  const language = pickLanguage(input.locale, languagesOf(questionnaire.definition));
  const scores = scoresOf(questionnaire.definition, checked.answers);
  const comment = commentOf(questionnaire.definition, checked.answers);

  const result = await writeInvitation(
    input.invitationId,
    (current, at) => {
      if (!current) throw notFound(`invitationId: ${backendText('survey.error.noSurvey')}`, 'invitationId');
      const previous = current.response;
      if (current.status === 'answered' && previous) {
        if (input.revision === null || !ownsResponse(current, accountId)) throw conflict(backendText('survey.error.alreadyAnswered'));
        if (!isEditable(previous, at)) throw conflict(backendText('survey.error.editClosed', { hours: EDIT_WINDOW_HOURS }));
        if (input.revision !== previous.revision) throw conflict('revision: the answers were changed meanwhile. Reload the survey to see them.', 'revision');
      } else if (!isAnswerable(current, at)) {
        if (current.expiresAt !== null && at.getTime() >= Date.parse(current.expiresAt))
          throw conflict(backendText('survey.error.expired', { expires: current.expiresAt.slice(0, 10) }));
        throw conflict(backendText('survey.error.notAnswerable'));
      } else if (input.revision !== null) {
        throw conflict('revision: there are no answers to change yet.', 'revision');
      }
      const response = responseOf({
        answers: checked.answers,
        scores,
        comment,
        language,
        respondent: current.anonymous ? null : accountId,
        now: at,
        previous: previous ?? null,
      });
      const answered: InvitationRecord = { ...current, status: 'answered', response, notice: null, updatedAt: at.toISOString() };
      return { ...answered, followUp: followUpFor(rules.followUp, answered, at) };
    },
    { now },
  );
  const record = result.record;
  if (!record?.response) throw new Error('The response was not stored.');
  // The response and its counts are stored: what follows may fail and is retried by the sweep.
  await syncIssueProperty(record.issueId).catch((error: unknown) => console.error('The survey property could not be written; the sweep will.', error));
  if (record.followUp?.status === 'pending')
    await runFollowUp(input.invitationId, now()).catch((error: unknown) => console.error('The follow-up could not be done now; the sweep will.', error));
  return { revision: record.response.revision, editableUntil: record.response.editableUntil };
}
