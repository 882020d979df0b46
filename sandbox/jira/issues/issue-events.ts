import type { StoredIssue } from '../model';
import type { PendingEvent } from '../routes/route-context';
import { jiraDateTime, type ShapeContext } from '../shapes/common';
import { issueTypeShape } from '../shapes/issue-type';
import { projectRef } from '../shapes/project';
import { statusShape } from '../shapes/workflow';
import type { ChangelogItem } from './changelog';

/**
 * Forge product events for issues (`avi:jira:created|updated|deleted:issue`), shaped as Forge
 * delivers them: the issue with a few fields, the acting account and, for updates, a changelog.
 */

const accountRef = (accountId: string | null): { accountId: string } | null => (accountId ? { accountId } : null);

function eventIssue(ctx: ShapeContext, issue: StoredIssue): Record<string, unknown> {
  const type = ctx.store.docs.issueTypes.get(issue.issueTypeId);
  const project = ctx.store.docs.projects.get(issue.projectId);
  const status = ctx.store.docs.statuses.get(issue.statusId);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: type ? issueTypeShape(ctx.baseUrl, type) : null,
      creator: accountRef(issue.reporterId),
      created: jiraDateTime(issue.created),
      project: project ? projectRef(ctx.baseUrl, project) : null,
      reporter: accountRef(issue.reporterId),
      assignee: accountRef(issue.assigneeId),
      updated: jiraDateTime(issue.updated),
      status: status ? statusShape(ctx.baseUrl, status) : null,
      labels: issue.labels,
    },
  };
}

function associatedUsers(issue: StoredIssue, atlassianId: string): { accountId: string }[] {
  const ids = new Set([atlassianId, issue.reporterId, issue.assigneeId].filter((id): id is string => id !== null));
  return [...ids].map((accountId) => ({ accountId }));
}

function associatedStatuses(ctx: ShapeContext, statusIds: string[]): Record<string, unknown>[] {
  return [...new Set(statusIds)].flatMap((id) => {
    const status = ctx.store.docs.statuses.get(id);
    return status ? [{ id: status.id, name: status.name }] : [];
  });
}

export function issueCreatedEvent(ctx: ShapeContext, issue: StoredIssue, atlassianId: string): PendingEvent {
  return {
    eventType: 'avi:jira:created:issue',
    event: {
      issue: eventIssue(ctx, issue),
      atlassianId,
      associatedUsers: associatedUsers(issue, atlassianId),
      associatedStatuses: associatedStatuses(ctx, [issue.statusId]),
    },
  };
}

export function issueUpdatedEvent(
  ctx: ShapeContext,
  before: StoredIssue,
  after: StoredIssue,
  atlassianId: string,
  changelog: { id: string; items: ChangelogItem[] } | undefined,
): PendingEvent {
  return {
    eventType: 'avi:jira:updated:issue',
    event: {
      issue: eventIssue(ctx, after),
      atlassianId,
      associatedUsers: associatedUsers(after, atlassianId),
      associatedStatuses: associatedStatuses(ctx, [before.statusId, after.statusId]),
      ...(changelog ? { changelog } : {}),
    },
  };
}

export function issueDeletedEvent(ctx: ShapeContext, issue: StoredIssue, atlassianId: string): PendingEvent {
  return {
    eventType: 'avi:jira:deleted:issue',
    event: { issue: eventIssue(ctx, issue), atlassianId, associatedUsers: associatedUsers(issue, atlassianId) },
  };
}
