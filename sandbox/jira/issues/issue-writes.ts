import { APP_ACCOUNT_ID } from '../constants';
import type { JiraIssueType, JiraProject, StoredIssue } from '../model';
import type { Actor } from '../permissions';
import type { RouteContext } from '../routes/route-context';
import { DEFAULT_PRIORITY_ID, INITIAL_STATUS_ID } from '../store/baseline';
import type { JiraStore } from '../store/jira-store';
import { changelogItems } from './changelog';
import { issueCreatedEvent, issueDeletedEvent, issueUpdatedEvent } from './issue-events';

/** The account a write is attributed to: the user, or the app's own account. */
export const actingAccountId = (actor: Actor): string => (actor.kind === 'user' ? actor.user.accountId : APP_ACCOUNT_ID);

/** A new issue's starting values, before the request's fields are applied. */
export function newIssueDraft(project: JiraProject, type: JiraIssueType, now: Date, reporterId: string | null): StoredIssue {
  const at = now.toISOString();
  return {
    id: '',
    key: '',
    projectId: project.id,
    issueTypeId: type.id,
    statusId: INITIAL_STATUS_ID,
    resolutionId: null,
    summary: '',
    description: null,
    created: at,
    updated: at,
    resolutiondate: null,
    reporterId,
    assigneeId: null,
    labels: [],
    priorityId: DEFAULT_PRIORITY_ID,
    customFields: {},
    requestTypeId: null,
    organizationIds: [],
    participantIds: [],
    properties: {},
  };
}

/** Gives a draft its id and key (`<PROJECT>-<n>`) and stores it. */
export function insertIssue(store: JiraStore, draft: StoredIssue): StoredIssue {
  const project = store.docs.projects.get(draft.projectId);
  if (!project) throw new Error(`Project ${draft.projectId} does not exist.`);
  const id = store.nextId('issue');
  const number = store.nextValue(`issuekey:${project.id}`);
  return store.docs.issues.put({ ...draft, id, key: `${project.key}-${number}` });
}

/** Creates an issue and queues its `avi:jira:created:issue` event. */
export function createIssue(ctx: RouteContext, draft: StoredIssue): StoredIssue {
  const issue = insertIssue(ctx.store, draft);
  ctx.emit(issueCreatedEvent(ctx, issue, actingAccountId(ctx.actor)));
  return issue;
}

/**
 * Stores a changed issue when anything changed: bumps `updated` and queues an
 * `avi:jira:updated:issue` event with the changelog. Returns the stored version. Without
 * `changelog` (the app field value API's `generateChangelog=false`) Jira records no history entry,
 * so the event carries none.
 */
export function saveIssueChange(ctx: RouteContext, before: StoredIssue, after: StoredIssue, options: { changelog?: boolean } = {}): StoredIssue {
  const items = changelogItems(ctx.store, before, after);
  if (items.length === 0) return before;
  const saved = ctx.store.docs.issues.put({ ...after, updated: ctx.now.toISOString() });
  const changelog = options.changelog === false ? undefined : { id: ctx.store.nextId('changelog'), items };
  ctx.emit(issueUpdatedEvent(ctx, before, saved, actingAccountId(ctx.actor), changelog));
  return saved;
}

/** Deletes an issue with its links and queues `avi:jira:deleted:issue`. */
export function deleteIssue(ctx: RouteContext, issue: StoredIssue): void {
  for (const link of [...ctx.store.linksOf(issue.id)]) ctx.store.docs.issueLinks.delete(link.id);
  ctx.store.docs.issues.delete(issue.id);
  ctx.emit(issueDeletedEvent(ctx, issue, actingAccountId(ctx.actor)));
}
