import { customFieldsFor } from '../fields/availability';
import { formattedValue } from '../fields/field-formatter';
import { JSM_FIELDS, SYSTEM_FIELDS } from '../fields/system-fields';
import type { IssueLink, JiraField, StoredIssue } from '../model';
import { jiraDateTime, type ShapeContext } from './common';
import { fieldNames } from './field';
import type { FieldSelection } from './field-selection';
import { issueTypeShape } from './issue-type';
import { projectRef } from './project';
import { organizationShape, requestTypeShape } from './servicedesk';
import { userShape } from './user';
import { priorityShape, resolutionShape, statusShape } from './workflow';

const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

export const issueSelf = (baseUrl: string, issueId: string): string => `${baseUrl}/rest/api/3/issue/${issueId}`;

function userOrNull(ctx: ShapeContext, accountId: string | null): Record<string, unknown> | null {
  const user = accountId ? ctx.store.user(accountId) : undefined;
  return user ? userShape(ctx.baseUrl, user) : null;
}

/** The small issue reference a link carries. */
function linkedIssueRef(ctx: ShapeContext, issueId: string): Record<string, unknown> | null {
  const issue = ctx.store.docs.issues.get(issueId);
  if (!issue) return null;
  const fields: Record<string, unknown> = { summary: issue.summary };
  const status = ctx.store.docs.statuses.get(issue.statusId);
  if (status) fields.status = statusShape(ctx.baseUrl, status);
  const priority = issue.priorityId ? ctx.store.docs.priorities.get(issue.priorityId) : undefined;
  if (priority) fields.priority = priorityShape(ctx.baseUrl, priority);
  const type = ctx.store.docs.issueTypes.get(issue.issueTypeId);
  if (type) fields.issuetype = issueTypeShape(ctx.baseUrl, type);
  return { id: issue.id, key: issue.key, self: issueSelf(ctx.baseUrl, issue.id), fields };
}

/** A link as seen from one of its issues: the other issue is `inwardIssue` or `outwardIssue`. */
export function issueLinkShape(ctx: ShapeContext, link: IssueLink, fromIssueId: string): Record<string, unknown> {
  const type = ctx.store.docs.issueLinkTypes.get(link.typeId);
  const shape: Record<string, unknown> = {
    id: link.id,
    self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: type
      ? { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${type.id}` }
      : null,
  };
  if (link.outwardIssueId === fromIssueId) shape.inwardIssue = linkedIssueRef(ctx, link.inwardIssueId);
  else shape.outwardIssue = linkedIssueRef(ctx, link.outwardIssueId);
  return shape;
}

function requestTypeValue(ctx: ShapeContext, issue: StoredIssue): Record<string, unknown> | null {
  const type = issue.requestTypeId ? ctx.store.docs.requestTypes.get(issue.requestTypeId) : undefined;
  if (!type) return null;
  const status = ctx.store.docs.statuses.get(issue.statusId);
  return {
    _links: {
      jiraRest: issueSelf(ctx.baseUrl, issue.id).replace('/api/3/', '/api/2/'),
      web: `${ctx.baseUrl}/servicedesk/customer/portal/${type.serviceDeskId}/${issue.key}`,
      agent: `${ctx.baseUrl}/browse/${issue.key}`,
      self: `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
    requestType: requestTypeShape(ctx.baseUrl, type),
    currentStatus: status ? { status: status.name, statusCategory: status.categoryKey.toUpperCase() } : null,
  };
}

/** The value of one field of an issue, as the REST API returns it. */
function fieldValue(ctx: ShapeContext, issue: StoredIssue, fieldId: string): unknown {
  const { store, baseUrl } = ctx;
  switch (fieldId) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description ?? null;
    case 'issuetype': {
      const type = store.docs.issueTypes.get(issue.issueTypeId);
      return type ? issueTypeShape(baseUrl, type) : null;
    }
    case 'project': {
      const project = store.docs.projects.get(issue.projectId);
      return project ? projectRef(baseUrl, project) : null;
    }
    case 'status': {
      const status = store.docs.statuses.get(issue.statusId);
      return status ? statusShape(baseUrl, status) : null;
    }
    case 'resolution': {
      const resolution = issue.resolutionId ? store.docs.resolutions.get(issue.resolutionId) : undefined;
      return resolution ? resolutionShape(baseUrl, resolution) : null;
    }
    case 'priority': {
      const priority = issue.priorityId ? store.docs.priorities.get(issue.priorityId) : undefined;
      return priority ? priorityShape(baseUrl, priority) : null;
    }
    case 'created':
      return jiraDateTime(issue.created);
    case 'updated':
      return jiraDateTime(issue.updated);
    case 'resolutiondate':
      return jiraDateTime(issue.resolutiondate);
    case 'reporter':
    case 'creator':
      return userOrNull(ctx, issue.reporterId);
    case 'assignee':
      return userOrNull(ctx, issue.assigneeId);
    case 'labels':
      return issue.labels;
    case 'issuelinks':
      return store.linksOf(issue.id).map((link) => issueLinkShape(ctx, link, issue.id));
    case JSM_FIELDS.organizations.id:
      return issue.organizationIds
        .map((id) => store.docs.organizations.get(id))
        .filter((o) => o !== undefined)
        .map((o) => organizationShape(baseUrl, o));
    case JSM_FIELDS.requestType.id:
      return requestTypeValue(ctx, issue);
    default:
      return issue.customFields[fieldId] ?? null;
  }
}

/** The field ids an issue has: system fields, JSM fields in service projects, and its custom fields. */
export function issueFieldIds(ctx: ShapeContext, issue: StoredIssue): { ids: string[]; custom: readonly JiraField[] } {
  const ids = SYSTEM_FIELDS.filter((f) => f.id !== 'issuekey').map((f) => f.id);
  const project = ctx.store.docs.projects.get(issue.projectId);
  if (project?.projectTypeKey === 'service_desk') ids.push(JSM_FIELDS.organizations.id, JSM_FIELDS.requestType.id);
  const custom = customFieldsFor(ctx.store, issue.projectId, issue.issueTypeId);
  for (const field of custom) ids.push(field.id);
  for (const id of Object.keys(issue.customFields)) if (!ids.includes(id)) ids.push(id);
  return { ids, custom };
}

/** An issue as `GET issue/{key}` and search return it, with the selected fields. */
export function issueShape(ctx: ShapeContext, issue: StoredIssue, selection: FieldSelection, expand: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const { ids } = issueFieldIds(ctx, issue);
  const fields: Record<string, unknown> = {};
  for (const id of ids) if (selection.has(id)) fields[id] = fieldValue(ctx, issue, id);
  const shape: Record<string, unknown> = { expand: ISSUE_EXPAND, id: issue.id, self: issueSelf(ctx.baseUrl, issue.id), key: issue.key, fields };
  if (expand.has('names')) {
    const names = fieldNames(ctx.store.fields());
    const picked: Record<string, string> = {};
    for (const id of Object.keys(fields)) picked[id] = names.get(id) ?? id;
    shape.names = picked;
  }
  if (expand.has('renderedFields')) shape.renderedFields = renderedFields(ctx, fields);
  return shape;
}

/**
 * `expand=renderedFields`: the fields rendered as text, where the emulator renders them: a Forge
 * field with a formatter gives the formatter's text (null when empty or when the formatter errs).
 */
function renderedFields(ctx: ShapeContext, fields: Record<string, unknown>): Record<string, string | null> {
  const rendered: Record<string, string | null> = {};
  for (const [id, value] of Object.entries(fields)) {
    const field = ctx.store.docs.fields.get(id);
    if (field?.formatter !== undefined) rendered[id] = formattedValue(field, value) ?? null;
  }
  return rendered;
}

/** Plain values of an issue's fields, for event payloads and changelogs. */
export function issueFieldValue(ctx: ShapeContext, issue: StoredIssue, fieldId: string): unknown {
  return fieldValue(ctx, issue, fieldId);
}
