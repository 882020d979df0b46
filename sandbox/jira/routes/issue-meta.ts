import { customFieldsFor } from '../fields/availability';
import { screenFieldIds } from '../fields/screens';
import { JSM_FIELDS, isSystemFieldId } from '../fields/system-fields';
import type { JiraIssueType, JiraProject, ScreenOperation } from '../model';
import { canBrowseProject, canWorkIssue, isAgentOf, visibleIssue } from '../permissions';
import { badRequest } from '../rest-error';
import { SYSTEM_SCREEN_FIELDS } from '../store/baseline-screens';
import { fieldCreateMetadata, fieldMetadata } from '../shapes/field-meta';
import { issueTypeShape } from '../shapes/issue-type';
import { screenOverride } from './issues';
import { intQuery, ok, param, type RouteContext } from './route-context';
import { route, type Route } from './router';

/**
 * The metadata Create issue and Edit issue go by, answered from the same screens (company-managed)
 * or field layouts (team-managed) those operations check: a field is listed when it is on the
 * screen and, for a custom field, has a context that applies to the project and issue type.
 */

const isJsmField = (id: string): boolean => id === JSM_FIELDS.organizations.id || id === JSM_FIELDS.requestType.id;

/** The fields of an operation's screen that an issue of this project and type can hold, in screen order. */
function metaFieldIds(ctx: RouteContext, project: JiraProject, issueTypeId: string, operation: ScreenOperation | 'override'): string[] {
  const withContext = new Set(customFieldsFor(ctx.store, project.id, issueTypeId).map((f) => f.id));
  const candidates =
    operation === 'override'
      ? [...SYSTEM_SCREEN_FIELDS, JSM_FIELDS.requestType.id, JSM_FIELDS.organizations.id, ...withContext]
      : [...screenFieldIds(ctx.store, project, issueTypeId, operation)];
  return candidates.filter((id) => {
    if (isSystemFieldId(id)) return true;
    if (isJsmField(id)) return project.projectTypeKey === 'service_desk';
    return withContext.has(id);
  });
}

/**
 * Get edit issue metadata (GET /rest/api/3/issue/{issueIdOrKey}/editmeta): the edit screen's fields,
 * for users with Edit issues (anyone else who can see the issue gets none). `overrideScreenSecurity`
 * lists every field with a context instead; like `overrideEditableFlag`, it is for the callers Edit
 * issue names (403 otherwise).
 */
function editMeta(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const override = screenOverride(ctx);
  const project = ctx.store.docs.projects.get(issue.projectId);
  if (!project || !canWorkIssue(ctx.store, ctx.actor, issue)) return ok({ fields: {} });
  const types = ctx.store.issueTypesOfProject(project);
  const fields: Record<string, unknown> = {};
  for (const id of metaFieldIds(ctx, project, issue.issueTypeId, override ? 'override' : 'edit')) {
    const meta = fieldMetadata(ctx, project, id, types);
    if (meta) fields[id] = meta;
  }
  return ok({ fields });
}

/** A project the caller may create issues in; Jira answers 400 for any other (the reference lists no 403 or 404). */
function creatableProject(ctx: RouteContext): JiraProject {
  const idOrKey = param(ctx, 'projectIdOrKey');
  const project = ctx.store.project(idOrKey);
  if (!project || !canBrowseProject(ctx.store, ctx.actor, project)) throw badRequest(`No project could be found with key '${idOrKey}'.`);
  if (!isAgentOf(ctx.actor, project)) throw badRequest(`You do not have permission to create issues in project '${project.key}'.`);
  return project;
}

/** Create metadata pages: `startAt`, `maxResults` (50 by default, at most 200), `total`. */
function metaPage<T>(ctx: RouteContext, name: 'issueTypes' | 'fields', all: readonly T[]) {
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = Math.min(intQuery(ctx, 'maxResults', 50), 200);
  return ok({ maxResults, startAt, total: all.length, [name]: all.slice(startAt, startAt + maxResults) });
}

/** Get create metadata issue types for a project (GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes). */
function createMetaIssueTypes(ctx: RouteContext) {
  const project = creatableProject(ctx);
  return metaPage(
    ctx,
    'issueTypes',
    ctx.store.issueTypesOfProject(project).map((t) => issueTypeShape(ctx.baseUrl, t)),
  );
}

/** Get create field metadata for a project and issue type id (GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}). */
function createMetaFields(ctx: RouteContext) {
  const project = creatableProject(ctx);
  const issueTypeId = param(ctx, 'issueTypeId');
  const type: JiraIssueType | undefined = ctx.store.issueTypesOfProject(project).find((t) => t.id === issueTypeId);
  if (!type) throw badRequest(`The issue type with id '${issueTypeId}' is not valid for project '${project.key}'.`);
  const ids = ['project', 'issuetype', ...metaFieldIds(ctx, project, type.id, 'create').filter((id) => id !== 'issuetype')];
  const fields = ids.map((id) => fieldCreateMetadata(ctx, project, id, [type])).filter((f) => f !== undefined);
  return metaPage(ctx, 'fields', fields);
}

export const issueMetaRoutes: Route[] = [
  route('GET', '/rest/api/3/issue/{issueIdOrKey}/editmeta', editMeta),
  route('GET', '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes', createMetaIssueTypes),
  route('GET', '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}', createMetaFields),
];
