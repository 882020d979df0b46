import { AppError, conflict, forbidden, notFound } from '../../domain/app-error';
import { BRM_ISSUE_TYPES, sameName } from '../../domain/brm/issue-types';
import { feedbackDescription } from '../../domain/feedback/description';
import { FEEDBACK_PROPERTY_KEY, feedbackLabels, feedbackSummary, type FeedbackTag } from '../../domain/feedback/feedback';
import type { FeedbackTagView, TagFeedbackInput } from '../../contract/issue';
import { asAppJira, asUserJira } from '../../platform/jira/client';
import { issueTypesForProject } from '../../platform/jira/issue-types';
import { createIssue, deleteIssue, findIssue, linkIssues, setIssueProperty, updateIssueFields } from '../../platform/jira/issues';
import { JiraError } from '../../platform/jira/jira-error';
import { acquireLock, releaseLock } from '../../platform/kvs/locks';
import { requireAgentOf } from '../access';
import { appFieldIds } from '../app-fields';
import { requireCustomerChoice } from './customers';
import { idValue } from '../app-field-values';
import { readFeedbackTag, tagView } from './feedback-tag';
import { requireActiveService } from './service-choice';

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
 * Tags a ticket as a complaint or a compliment: creates the linked Complaint or Compliment issue in
 * the same project (as the app, once the agent's CREATE_ISSUES permission is checked), links it to
 * the ticket ("Relates"), gives the ticket the chosen customer and service where it has none, and
 * marks it with the `brm-feedback` property. A ticket already tagged
 * answers its existing tag and writes nothing. If a later write fails, the new issue is deleted and
 * the ticket's fields are put back, so nothing is half written.
 */
export async function tagFeedback(accountId: string | undefined, input: TagFeedbackInput, now: () => Date = () => new Date()): Promise<TagResult> {
  // JSM grants portal customers Create Issues on their desk's project too: tagging needs an agent.
  const held = await requireAgentOf(accountId, input.issueKey);
  if (!held.has('CREATE_ISSUES')) throw forbidden(`You do not have permission to create issues in the project of ${input.issueKey}.`);
  const agent = accountId ?? '';
  const user = asUserJira();
  const app = asAppJira();
  const issue = await findIssue(user, input.issueKey, ['project', 'summary']);
  const project = issue?.core.project;
  if (!issue || !project) throw notFound(`issueKey: issue ${input.issueKey} does not exist or you cannot see it.`, 'issueKey');

  const already = await existingTag(issue.key);
  if (already) return { created: false, tag: already };

  const customer = await requireCustomerChoice(user, project.id, input.customerId);
  const service = input.serviceId === undefined ? undefined : await requireActiveService(input.serviceId);
  const typeName = BRM_ISSUE_TYPES[input.kind].name;
  const [fieldIds, projectTypes] = await Promise.all([appFieldIds(app), issueTypesForProject(app, project.id)]);
  const issueType = projectTypes.find((t) => sameName(t.name, typeName));
  if (!issueType) throw conflict(`kind: project ${project.key} has no ${typeName} issue type yet. Ask a Jira admin to provision it on the BRM admin page.`, 'kind');
  const customerField = fieldIds.get('brm-customer');
  const serviceField = fieldIds.get('brm-service');
  if (!customerField || !serviceField) throw conflict('The Customer and Service fields of the app are missing from Jira. Ask a Jira admin to provision the project.');

  const lockKey = `feedback:tagging:${issue.id}`;
  const lock = await acquireLock(lockKey, agent, LOCK_SECONDS, now());
  if (!lock.acquired) throw conflict(`issueKey: ${issue.key} is being tagged by someone else right now; try again in a moment.`, 'issueKey');
  try {
    // Checked again under the lease: a tag written while this call validated wins.
    const raced = await existingTag(issue.key);
    if (raced) return { created: false, tag: raced };

    const fields: Record<string, unknown> = {
      project: { id: project.id },
      issuetype: { id: issueType.id },
      summary: feedbackSummary(input.kind, input.statement),
      description: feedbackDescription(input.statement, issue.key, issue.core.summary ?? ''),
      labels: feedbackLabels(input.category, input.severity),
      reporter: { accountId: agent },
      [customerField]: customer.id,
      ...(service ? { [serviceField]: service.id } : {}),
    };
    const created = await createIssue(app, fields);
    const tag: FeedbackTag = { kind: input.kind, feedbackIssueKey: created.key, taggedAt: now().toISOString(), taggedBy: agent };
    // The ticket takes the customer and service the agent chose where it has none yet.
    const ticketFields = await findIssue(app, issue.key, [customerField, serviceField]);
    const fill: Record<string, string> = {};
    if (ticketFields && idValue(ticketFields.fields[customerField]) === undefined) fill[customerField] = customer.id;
    if (ticketFields && service && idValue(ticketFields.fields[serviceField]) === undefined) fill[serviceField] = service.id;
    let filled = false;
    try {
      await linkIssues(app, LINK_TYPE, issue.key, created.key);
      if (Object.keys(fill).length > 0) {
        await updateIssueFields(app, issue.key, fill);
        filled = true;
      }
      await setIssueProperty(app, issue.key, FEEDBACK_PROPERTY_KEY, tag);
    } catch (error) {
      const restore = filled ? Object.fromEntries(Object.keys(fill).map((id) => [id, null])) : undefined;
      throw await compensate(created.key, error, restore && { issueKey: issue.key, fields: restore });
    }
    return { created: true, tag: await tagView(app, tag) };
  } finally {
    await releaseLock(lockKey);
  }
}

/** Deletes the feedback issue created before a failure, puts the ticket's fields back, and says what happened. */
async function compensate(createdKey: string, cause: unknown, restore?: { issueKey: string; fields: Record<string, null> }): Promise<AppError> {
  const why = cause instanceof JiraError ? `Jira answered ${cause.status}: ${cause.reason}` : cause instanceof Error ? cause.message : String(cause);
  const app = asAppJira();
  const leftovers: string[] = [];
  try {
    await deleteIssue(app, createdKey);
  } catch {
    leftovers.push(`the issue ${createdKey} created for it could not be removed: delete ${createdKey}`);
  }
  if (restore) {
    try {
      await updateIssueFields(app, restore.issueKey, restore.fields);
    } catch {
      leftovers.push(`its Customer and Service could not be cleared again: check them on ${restore.issueKey}`);
    }
  }
  if (leftovers.length === 0) return new AppError('UPSTREAM', `The ticket could not be tagged (${why}). Nothing was changed; try again.`);
  return new AppError('UPSTREAM', `The ticket could not be tagged (${why}), and ${leftovers.join('; ')}. Then try again.`);
}
