import { z } from 'zod';
import { AppError, conflict, invalidInput } from '#kernel/app-error';
import type { Locale } from '#kernel/locales';
import { aboutField, type Text } from '#kernel/texts';
import { brmTypeNamed, issueTypeNaming, isTypeNamed } from '#provisioning/domain/names';
import { judgeCustomer } from '#ticket-fields/domain/customer-rule';
import { feedbackDescription } from './domain/description';
import { feedbackCreateFields, SCREEN_NAMES } from './domain/feedback-issue-fields';
import { FEEDBACK_TEXTS, type FeedbackTextKey } from './domain/texts';
import { FEEDBACK_KINDS, FEEDBACK_PROPERTY_KEY, feedbackLabels, type FeedbackKind, type FeedbackTag } from './domain/feedback';
import { feedbackSummary } from './domain/summary';
import type { FeedbackTagView, TagFeedbackInput } from './contract';
import { readRefFieldValue, refFieldValueOf } from '#kernel/ref-field-value';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { issueTypesForProject } from '#platform/jira/issue-types';
import { createIssue, createScreenFields, deleteIssue, findIssue, linkIssues, setIssueProperty } from '#platform/jira/issues';
import { JiraError } from '#platform/jira/jira-error';
import { siteLocale } from '#platform/jira/locales';
import { deleteJson, readJson, writeJson } from '#platform/kvs/json-store';
import { acquireLock, releaseLock } from '#platform/kvs/locks';
import { issueMissing, lacksPermission, requireAgentOf } from '#platform/access';
import { writeAppFieldValues, type AppFieldValues, type IssueFieldValues } from '#ticket-fields/app-field-values';
import { appFieldIds } from '#provisioning/app-field-ids';
import { requireCustomerChoice } from '#ticket-fields/customers';
import { readFeedbackTag, tagView } from './feedback-tag';
import { requireActiveService } from '#catalogue/service-choice';
import { readTicketParties } from '#ticket-fields/ticket-parties';

const LINK_TYPE = 'Relates';
const LOCK_SECONDS = 60;

export interface TagResult {
  created: boolean;
  tag: FeedbackTagView;
}

/** The tag already on the ticket, if its feedback issue still exists. */
async function existingTag(issueKey: string): Promise<FeedbackTagView | undefined> {
  const app = asAppJira();
  const tag = await readFeedbackTag(app, issueKey);
  if (!tag) return undefined;
  const view = await tagView(app, tag);
  // A tag whose feedback issue was deleted no longer counts: the ticket may be tagged again.
  return view.feedbackIssue ? view : undefined;
}

/**
 * The feedback issue a tagging of this ticket created and has not finished with: a KVS record per
 * ticket, written as soon as Jira answers the creation and removed once the ticket is tagged or the
 * issue deleted again. If the clean-up after a failure could not delete the issue, the record stays,
 * and the next attempt takes that issue instead of creating a second one. KVS rather than a JQL
 * search for a property on the new issue, because Jira's search index may lag behind a creation
 * made seconds ago, and a retry comes seconds later; a KVS read sees the write at once.
 */
const pendingFeedback = z.object({ key: z.string(), kind: z.enum(FEEDBACK_KINDS) });
const pendingKey = (ticketId: string): string => `feedback:created:${ticketId}`;

/** A feedback issue this tagging works with: created now, or left behind by an earlier attempt. */
interface FeedbackIssue {
  id: string;
  key: string;
  kind: FeedbackKind;
}

/** The feedback issue an earlier attempt left behind for this ticket, if it still exists and is of `kind`. */
async function leftBehind(ticketId: string, kind: FeedbackKind): Promise<FeedbackIssue | undefined> {
  const pending = await readJson(pendingKey(ticketId), pendingFeedback);
  if (!pending) return undefined;
  const issue = await findIssue(asAppJira(), pending.key, ['issuetype']);
  if (!issue) {
    await deleteJson(pendingKey(ticketId));
    return undefined;
  }
  if (pending.kind === kind) return { id: issue.id, key: issue.key, kind };
  // The agent now tags it the other way: the earlier issue must go first.
  try {
    await deleteIssue(asAppJira(), pending.key);
  } catch (error) {
    const why = explain(error);
    throw new AppError(
      'UPSTREAM',
      feedbackText('tag.earlierLeft', (locale) => ({ typeName: issueTypeNaming(pending.kind, locale).name, issueKey: pending.key, why: why(locale) })),
    );
  }
  await deleteJson(pendingKey(ticketId));
  return undefined;
}

/** A sentence of the feedback table whose parameters are written in the reader's locale too. */
const feedbackText = (key: FeedbackTextKey, params: (locale: Locale) => Record<string, string | number>): Text => ({
  english: FEEDBACK_TEXTS.in('en', key, params('en')),
  in: (locale) => FEEDBACK_TEXTS.in(locale, key, params(locale)),
});

/** What went wrong, in a locale: Jira's answer (its reason as Jira gave it), or the error's own message. */
const explain =
  (cause: unknown) =>
  (locale: Locale): string =>
    cause instanceof JiraError
      ? FEEDBACK_TEXTS.in(locale, 'tag.jiraAnswered', { status: String(cause.status), reason: cause.reason })
      : cause instanceof Error
        ? cause.message
        : String(cause);

/** The missing fields of a create screen, by the names Jira gives them in a locale. */
const screenFieldNames = (missing: readonly string[], locale: Locale): string =>
  missing
    .map((name) => {
      const id = (Object.keys(SCREEN_NAMES) as (keyof typeof SCREEN_NAMES)[]).find((key) => SCREEN_NAMES[key] === name);
      return id === undefined ? name : FEEDBACK_TEXTS.in(locale, `screenField.${id}`);
    })
    .join(locale === 'zh-CN' ? '、' : ', ');

/**
 * Tags a ticket as a complaint or a compliment: creates the Complaint or Compliment issue in the
 * same project (as the app, once the caller is known to be an agent who may create issues there)
 * with only the system fields its create screen offers, then sets its Customer and Service, and the
 * ticket's where it has none (the customer when the Customer rule allows it for the ticket), in one
 * write through the app field value API; then links the two ("Relates") and marks the ticket with
 * the `brm-feedback` property. A ticket already tagged answers its existing tag and writes nothing; a
 * Complaint or Compliment cannot be tagged. If a later write fails, the new issue is deleted and the
 * ticket's fields are put back, so nothing is half written; an issue that could not be deleted is
 * taken up by the next attempt. Once the property is written the tag stands, whatever happens after.
 */
export async function tagFeedback(accountId: string | undefined, input: TagFeedbackInput, now: () => Date = () => new Date()): Promise<TagResult> {
  // JSM grants portal customers Create Issues on their desk's project too: tagging needs an agent.
  const held = await requireAgentOf(accountId, input.issueKey);
  if (!held.has('CREATE_ISSUES')) throw lacksPermission('CREATE_ISSUES', input.issueKey);
  const agent = accountId ?? '';
  return tagTicket(input, { taggedBy: agent, reporterAccountId: agent, reader: asUserJira() }, now);
}

/**
 * Tags a ticket as the app, by a rule of the app rather than an agent's choice (a low survey score
 * raises a Complaint): the same use case as {@link tagFeedback}, with the ticket, the organization
 * and the service read as the app, the app as the Complaint's reporter and `app` as the tagger.
 * The caller's rule is what authorises it; a ticket tagged already answers its tag.
 */
export async function tagFeedbackAsApp(input: TagFeedbackInput, now: () => Date = () => new Date()): Promise<TagResult> {
  return tagTicket(input, { taggedBy: 'app', reader: asAppJira() }, now);
}

/** Who tags: recorded as the tagger, the reporter of the new issue (where the screen offers it), and whose view of Jira checks the choices. */
interface Tagger {
  taggedBy: string;
  reporterAccountId?: string;
  reader: ReturnType<typeof asUserJira>;
}

async function tagTicket(input: TagFeedbackInput, tagger: Tagger, now: () => Date): Promise<TagResult> {
  const agent = tagger.taggedBy;
  const user = tagger.reader;
  const app = asAppJira();
  const issue = await findIssue(user, input.issueKey, ['project', 'summary', 'issuetype', 'reporter']);
  const project = issue?.core.project;
  if (!issue || !project) throw issueMissing(input.issueKey);
  const ownType = issue.core.issuetype?.name ?? '';
  // A Complaint or Compliment, by its name in any of the app's languages.
  const ownKind = brmTypeNamed(ownType);
  if (ownKind === 'complaint' || ownKind === 'compliment')
    throw invalidInput('issueKey', FEEDBACK_TEXTS.text('tag.isFeedback', { issueKey: issue.key, typeName: ownType }));

  const already = await existingTag(issue.key);
  if (already) return { created: false, tag: already };

  const customer = refFieldValueOf(await requireCustomerChoice(user, project.id, input.customerId));
  const service = input.serviceId === undefined ? undefined : refFieldValueOf(await requireActiveService(input.serviceId));
  const [fieldIds, projectTypes] = await Promise.all([appFieldIds(app), issueTypesForProject(app, project.id)]);
  // The project's type for the kind, named in whichever of the app's languages provisioning chose.
  const issueType = projectTypes.find((t) => isTypeNamed(input.kind, t.name));
  if (!issueType)
    throw conflict(
      aboutField(
        'kind',
        feedbackText('tag.noIssueType', (locale) => ({ projectKey: project.key, typeName: issueTypeNaming(input.kind, locale).name })),
      ),
      'kind',
    );
  const typeName = issueType.name;
  const customerField = fieldIds.get('brm-customer');
  const serviceField = fieldIds.get('brm-service');
  if (!customerField || !serviceField) throw conflict(FEEDBACK_TEXTS.text('tag.fieldsMissing'));

  const lockKey = `feedback:tagging:${issue.id}`;
  const lock = await acquireLock(lockKey, agent, LOCK_SECONDS, now());
  if (!lock.acquired) throw conflict(aboutField('issueKey', FEEDBACK_TEXTS.text('tag.busy', { issueKey: issue.key })), 'issueKey');
  try {
    // Checked again under the lease: a tag written while this call validated wins.
    const raced = await existingTag(issue.key);
    if (raced) return { created: false, tag: raced };

    // The feedback issue is read by the whole team: it is written in the site's language.
    const site = await siteLocale();
    const summary = feedbackSummary(input.kind, input.statement, site);
    let feedback = await leftBehind(issue.id, input.kind);
    if (!feedback) {
      const draft = {
        summary,
        description: feedbackDescription(input.statement, issue.key, issue.core.summary ?? '', site),
        labels: feedbackLabels(input.category, input.severity),
        ...(tagger.reporterAccountId === undefined ? {} : { reporterAccountId: tagger.reporterAccountId }),
      };
      const body = feedbackCreateFields(draft, await createScreenFields(app, project.id, issueType.id));
      if (!body.ok) {
        const { missing } = body;
        const lacks = feedbackText(`tag.screenLacks.${input.kind}`, (locale) => ({
          typeName,
          projectKey: project.key,
          fields: screenFieldNames(missing, locale),
          count: missing.length,
        }));
        throw conflict(aboutField('kind', lacks), 'kind');
      }
      const created = await createIssue(app, { project: { id: project.id }, issuetype: { id: issueType.id }, ...body.fields });
      feedback = { id: created.id, key: created.key, kind: input.kind };
      try {
        await writeJson(pendingKey(issue.id), { key: created.key, kind: input.kind });
      } catch (error) {
        throw await compensate(issue.id, created.key, error);
      }
    }
    const tag: FeedbackTag = { kind: input.kind, feedbackIssueKey: feedback.key, taggedAt: now().toISOString(), taggedBy: agent };

    // The ticket takes the customer and service the agent chose where it has none yet, within the Customer rule.
    const [ticketFields, { parties }] = await Promise.all([
      findIssue(app, issue.key, [customerField, serviceField]),
      readTicketParties(app, project.id, issue.core.reporter?.accountId),
    ]);
    const fill: AppFieldValues = {};
    if (ticketFields && readRefFieldValue(ticketFields.fields[customerField]) === null && judgeCustomer(customer.id, parties).ok)
      fill['brm-customer'] = customer;
    if (ticketFields && service && readRefFieldValue(ticketFields.fields[serviceField]) === null) fill['brm-service'] = service;
    const writes: IssueFieldValues[] = [{ issueId: feedback.id, values: { 'brm-customer': customer, ...(service ? { 'brm-service': service } : {}) } }];
    if (Object.keys(fill).length > 0) writes.push({ issueId: issue.id, values: fill });
    let filled = false;
    try {
      // One request sets the feedback issue's fields and fills the ticket's: Jira writes all or none.
      await writeAppFieldValues(writes, fieldIds);
      filled = Object.keys(fill).length > 0;
      await linkIssues(app, LINK_TYPE, issue.key, feedback.key);
      await setIssueProperty(app, issue.key, FEEDBACK_PROPERTY_KEY, tag);
    } catch (error) {
      const restore: AppFieldValues = filled
        ? { ...(fill['brm-customer'] !== undefined ? { 'brm-customer': null } : {}), ...(fill['brm-service'] !== undefined ? { 'brm-service': null } : {}) }
        : {};
      throw await compensate(issue.id, feedback.key, error, { issueId: issue.id, issueKey: issue.key, values: restore });
    }
    // The ticket is tagged: nothing below may turn that into a failure.
    await deleteJson(pendingKey(issue.id)).catch(() => undefined);
    return { created: true, tag: await tagViewOrKnown(tag, summary) };
  } finally {
    await releaseLock(lockKey);
  }
}

/** The new tag as Jira shows it now; if Jira cannot be read, as the app just wrote it. */
async function tagViewOrKnown(tag: FeedbackTag, summary: string): Promise<FeedbackTagView> {
  try {
    return await tagView(asAppJira(), tag);
  } catch {
    return { ...tag, feedbackIssue: { key: tag.feedbackIssueKey, summary, status: '', statusCategory: 'new' } };
  }
}

/**
 * Deletes the feedback issue created before a failure (and forgets it), puts the ticket's fields
 * back, and says what happened. An issue that cannot be deleted stays recorded for the next attempt.
 */
async function compensate(
  ticketId: string,
  createdKey: string,
  cause: unknown,
  restore?: { issueId: string; issueKey: string; values: AppFieldValues },
): Promise<AppError> {
  const why = explain(cause);
  const app = asAppJira();
  let issueLeft = false;
  let fieldsLeft = false;
  try {
    await deleteIssue(app, createdKey);
    await deleteJson(pendingKey(ticketId)).catch(() => undefined);
  } catch {
    issueLeft = true;
  }
  if (restore && Object.keys(restore.values).length > 0) {
    try {
      await writeAppFieldValues([{ issueId: restore.issueId, values: restore.values }]);
    } catch {
      fieldsLeft = true;
    }
  }
  const key = issueLeft ? (fieldsLeft ? 'tag.failedBothLeft' : 'tag.failedIssueLeft') : fieldsLeft ? 'tag.failedFieldsLeft' : 'tag.failed';
  return new AppError(
    'UPSTREAM',
    feedbackText(key, (locale) => ({ why: why(locale), createdKey, issueKey: restore?.issueKey ?? '' })),
  );
}
