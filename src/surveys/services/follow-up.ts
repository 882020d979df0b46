import { AppError } from '#kernel/app-error';
import type { Locale } from '#kernel/locales';
import { storeText, verbatim, type Text } from '#kernel/texts';
import { asAppJira } from '#platform/jira/client';
import { notifyAboutIssue } from '#platform/jira/issues';
import { jiraFailureText, JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { findService } from '#catalogue/service-store';
import { raiseLinkedComplaint } from '#feedback/public';
import { ownerOf } from '#portfolio/public';
import { STATEMENT_MAX_LENGTH } from '#feedback/domain/feedback';
import { lowScoreReasons, type LowScoreReason } from '#surveys/domain/follow-up';
import { NOTICE_CLAIM_MINUTES, type FollowUpRecord, type InvitationRecord } from '#surveys/domain/invitation';
import { inLanguage } from '#surveys/domain/questionnaire';
import type { FollowUpRule } from '#surveys/domain/survey-rules';
import { SURVEY_TEXTS } from '#surveys/texts';
import { writeInvitation } from './invitation-writes';
import { syncIssueProperty } from './property-sync';
import { readersOfRun, type Readers } from './readers';
import { versionOf } from './questionnaires';
import type { StepOutcome } from './sending';

/**
 * The follow-up on a low score (the rule on the admin page): a Complaint linked to the surveyed
 * request, with its customer and service, raised through the feedback tagging use case; or an email
 * to the customer's relationship owner. Once per response: the response's record owes it (`pending`)
 * from the submit that scored low, an invocation claims it before acting, and records what it did.
 * The Complaint's statement is written in the site's language, as the feedback issue it goes into;
 * the email in its recipient's.
 */

const MAX_ATTEMPTS = 3;

/**
 * Why a follow-up failed, kept in English and in every language for the panel's reader: the app's
 * own refusal (tagging's), Jira's reason, or what an unexpected error says.
 */
function failure(why: Text): Pick<FollowUpRecord, 'reason' | 'reasonText'> {
  return { reason: why.english, reasonText: storeText(why) };
}

const whyItFailed = (error: unknown): Text =>
  error instanceof AppError
    ? error.text
    : error instanceof JiraError || error instanceof UnexpectedJiraResponse
      ? jiraFailureText(error)
      : verbatim(error instanceof Error ? error.message : String(error));

/** The follow-up a submit owes, or null when the rule does not fire (or one is owed or done already). */
export function followUpFor(rule: FollowUpRule, record: InvitationRecord, now: Date): FollowUpRecord | null {
  if (record.followUp || !record.response) return record.followUp;
  const reasons = lowScoreReasons(rule, record.response.scores);
  if (reasons.length === 0) return null;
  return { status: 'pending', action: rule.action, at: now.toISOString(), attempts: 0, reasons };
}

/** Why the score is low, in `locale`: each reason, the dimensions named as the questionnaire names them in that language. */
async function reasonsText(record: InvitationRecord, reasons: readonly LowScoreReason[], locale: Locale): Promise<string> {
  const definition = (await versionOf(record.questionnaireId, record.questionnaireVersion)).definition;
  const label = (id: string) => {
    const dimension = definition.dimensions.find((d) => d.id === id);
    return dimension ? inLanguage(dimension.label, locale) : id;
  };
  return reasons
    .map((r) =>
      r.kind === 'overall'
        ? SURVEY_TEXTS.in(locale, 'followUp.reason.overall', { value: r.value })
        : r.kind === 'dimension'
          ? SURVEY_TEXTS.in(locale, 'followUp.reason.dimension', { dimension: label(r.dimensionId), value: r.value })
          : SURVEY_TEXTS.in(locale, 'followUp.reason.nps', { value: r.value }),
    )
    .join(SURVEY_TEXTS.in(locale, 'followUp.reasonSeparator'));
}

/** A statement within the complaint's limit: the customer's comment is shortened if it would not fit. */
function statementOf(locale: Locale, key: string, reasons: string, comment: string | null): string {
  if (!comment) return SURVEY_TEXTS.in(locale, 'followUp.statement', { key, reasons });
  const bare = SURVEY_TEXTS.in(locale, 'followUp.statementComment', { key, reasons, comment: '' });
  const room = STATEMENT_MAX_LENGTH - bare.length;
  const quoted = comment.length <= room ? comment : `${comment.slice(0, Math.max(0, room - 1))}…`;
  return SURVEY_TEXTS.in(locale, 'followUp.statementComment', { key, reasons, comment: quoted });
}

/** Whom to tell about a low score: the customer's relationship owner (the BRM owner in the customer portfolio), else the owner of the service in the catalogue. */
async function ownerFor(record: InvitationRecord): Promise<string | null> {
  const relationshipOwner = record.customerId === null ? null : await ownerOf(record.customerId);
  if (relationshipOwner !== null) return relationshipOwner;
  if (record.serviceId === null) return null;
  const service = await findService(record.serviceId);
  return service && service.ownerAccountId !== '' ? service.ownerAccountId : null;
}

/** Carries out a follow-up the record owes (claims it first, so it happens once), and records the outcome. */
export async function runFollowUp(id: string, now: Date = new Date(), readers: Readers = readersOfRun()): Promise<StepOutcome> {
  const at = now.toISOString();
  const claimed = await writeInvitation(
    id,
    (current) => {
      const followUp = current?.followUp;
      if (!current || !followUp) return undefined;
      const free = followUp.status === 'pending' || (followUp.status === 'claimed' && Date.parse(followUp.at) + NOTICE_CLAIM_MINUTES * 60_000 <= now.getTime());
      return free ? { ...current, followUp: { ...followUp, status: 'claimed', at, attempts: followUp.attempts + 1 } } : undefined;
    },
    { bookkeeping: true },
  );
  const record = claimed.record;
  if (!claimed.written || !record?.followUp || !record.response) return 'skipped';
  const followUp = record.followUp;
  let outcome: Partial<FollowUpRecord>;
  try {
    outcome = await act(record, followUp.action, (locale) => reasonsText(record, followUp.reasons, locale), readers);
  } catch (error) {
    outcome = { status: followUp.attempts >= MAX_ATTEMPTS ? 'failed' : 'claimed', ...failure(whyItFailed(error)) };
    console.error(`Survey follow-up of ${id} failed (attempt ${followUp.attempts})`, error);
  }
  const done = await writeInvitation(id, (current) =>
    current?.followUp?.status === 'claimed' && current.followUp.at === at ? { ...current, followUp: { ...current.followUp, ...outcome } } : undefined,
  );
  if (done.written && done.record) await syncIssueProperty(done.record.issueId);
  return outcome.status === 'done' ? 'done' : 'skipped';
}

async function act(
  record: InvitationRecord,
  action: FollowUpRecord['action'],
  reasonsIn: (locale: Locale) => Promise<string>,
  readers: Readers,
): Promise<Partial<FollowUpRecord>> {
  const key = record.issueKey;
  const response = record.response;
  if (action === 'complaint' && record.customerId !== null) {
    const service = record.serviceId === null ? undefined : await findService(record.serviceId);
    const site = await readers.site();
    const complaint = await raiseLinkedComplaint({
      ticketKey: key,
      customerId: record.customerId,
      ...(service?.status === 'active' ? { serviceId: service.id } : {}),
      category: 'service-quality',
      severity: (response?.scores.overall ?? 5) <= 1 ? 'high' : 'medium',
      statement: statementOf(site, key, await reasonsIn(site), response?.comment ?? null),
    });
    return { status: 'done', issueKey: complaint.issueKey };
  }
  const owner = await ownerFor(record);
  if (!owner) return { status: 'failed', ...failure(SURVEY_TEXTS.text('followUp.noOwner')) };
  const locale = await readers.of(owner);
  await notifyAboutIssue(asAppJira(), key, {
    subject: SURVEY_TEXTS.in(locale, 'followUp.subject', { key }),
    textBody: SURVEY_TEXTS.in(locale, 'followUp.body', { key, reasons: await reasonsIn(locale) }),
    accountIds: [owner],
  });
  return { status: 'done', notified: owner };
}
