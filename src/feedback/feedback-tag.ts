import { feedbackTag, FEEDBACK_PROPERTY_KEY, type FeedbackTag } from './domain/feedback';
import type { FeedbackTagView } from './contract';
import type { JiraClient } from '#platform/jira/client';
import { findIssue, findIssueProperty } from '#platform/jira/issues';

/** The `brm-feedback` property of a ticket, when it has a well-formed one. */
export async function readFeedbackTag(client: JiraClient, issueKey: string): Promise<FeedbackTag | undefined> {
  const value = await findIssueProperty(client, issueKey, FEEDBACK_PROPERTY_KEY);
  const parsed = feedbackTag.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The tag with its feedback issue's current summary and status (null when that issue is gone or hidden). */
export async function tagView(client: JiraClient, tag: FeedbackTag): Promise<FeedbackTagView> {
  const issue = await findIssue(client, tag.feedbackIssueKey, ['summary', 'status']);
  return {
    ...tag,
    feedbackIssue: issue
      ? {
          key: issue.key,
          summary: issue.core.summary ?? '',
          status: issue.core.status?.name ?? '',
          statusCategory: issue.core.status?.statusCategory?.key ?? 'indeterminate',
        }
      : null,
  };
}
