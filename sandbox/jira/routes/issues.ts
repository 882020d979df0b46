import { z } from 'zod';
import { screenFieldIds } from '../fields/screens';
import { applyFields, issueTypeInProject, updateToFields } from '../issues/field-input';
import { createIssue, deleteIssue, newIssueDraft, saveIssueChange } from '../issues/issue-writes';
import { isRecord } from '../issues/custom-field-value';
import { canBrowseProject, isAgentOf, mayOverrideScreens, visibleIssue, workableIssue } from '../permissions';
import { badRequest, fieldErrors, forbidden } from '../rest-error';
import { FieldSelection } from '../shapes/field-selection';
import { issueSelf, issueShape } from '../shapes/issue';
import { callerLocale, created, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const propertyList = z.array(z.object({ key: z.string().min(1).max(255), value: z.unknown() }));

const createBody = z.object({
  fields: z.record(z.string(), z.unknown()),
  update: z.record(z.string(), z.unknown()).optional(),
  properties: propertyList.optional(),
});

const editBody = z.object({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
  properties: propertyList.optional(),
});

const refString = (value: unknown, key: string): string | undefined => {
  if (!isRecord(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};

export const listParam = (ctx: RouteContext, name: string): string[] => ctx.query.getAll(name).flatMap((v) => v.split(','));

function createIssueRoute(ctx: RouteContext) {
  const body = readBody(ctx, createBody);
  const { project: projectRef, issuetype, ...rest } = body.fields;
  const idOrKey = refString(projectRef, 'id') ?? refString(projectRef, 'key');
  const project = idOrKey ? ctx.store.project(idOrKey) : undefined;
  if (!project || !canBrowseProject(ctx.store, ctx.actor, project)) throw fieldErrors({ project: 'Specify a valid project ID or key' });
  if (!isAgentOf(ctx.actor, project)) throw forbidden('You do not have permission to create issues in this project.');
  if (issuetype === undefined) throw fieldErrors({ issuetype: 'Specify an issue type' });
  const type = issueTypeInProject(ctx.store, project, issuetype);
  if (!type) throw fieldErrors({ issuetype: 'The issue type selected is invalid.' });

  const reporterId = ctx.actor.kind === 'user' ? ctx.actor.user.accountId : null;
  const draft = newIssueDraft(project, type, ctx.now, reporterId);
  const errors: Record<string, string> = {};
  const fromUpdate = body.update ? updateToFields(draft, body.update, errors) : {};
  const screen = screenFieldIds(ctx.store, project, type.id, 'create');
  const result = applyFields(ctx.store, draft, { ...fromUpdate, ...rest }, { mode: 'create', screen, locale: callerLocale(ctx) });
  Object.assign(errors, result.errors);
  if (!('summary' in rest) && !('summary' in fromUpdate)) errors.summary = 'You must specify a summary of the issue.';
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  const properties = Object.fromEntries((body.properties ?? []).map((p) => [p.key, p.value]));
  const issue = createIssue(ctx, { ...result.issue, properties });
  return created({ id: issue.id, key: issue.key, self: issueSelf(ctx.baseUrl, issue.id) });
}

function getIssue(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const selection = FieldSelection.parse(listParam(ctx, 'fields'), ['*all']);
  const expand = new Set(listParam(ctx, 'expand'));
  const shape = issueShape(ctx, issue, selection, expand);
  const wantedProperties = listParam(ctx, 'properties').filter((p) => p.length > 0);
  if (wantedProperties.length > 0) {
    const all = wantedProperties.includes('*all');
    shape.properties = Object.fromEntries(Object.entries(issue.properties).filter(([key]) => all || wantedProperties.includes(key)));
  }
  return ok(shape);
}

/** A boolean query parameter: absent is `fallback`; anything but `true` or `false` answers 400. */
export function booleanQuery(ctx: RouteContext, name: string, fallback = false): boolean {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'false') return false;
  if (raw === 'true') return true;
  throw badRequest(`The '${name}' parameter must be true or false; got '${raw}'.`);
}

export const OVERRIDE_REFUSED =
  'Only Connect and Forge app users with the Administer Jira global permission, and Forge apps acting for a user with it, can use overrideScreenSecurity or overrideEditableFlag.';

/**
 * `overrideScreenSecurity` and `overrideEditableFlag` of Edit issue and Get edit issue metadata:
 * 403 for anyone but the callers the reference names (see `mayOverrideScreens`). Whether screens
 * are skipped: the emulator's statuses are all editable, so `overrideEditableFlag` changes nothing else.
 */
export function screenOverride(ctx: RouteContext): boolean {
  const screens = booleanQuery(ctx, 'overrideScreenSecurity');
  const editable = booleanQuery(ctx, 'overrideEditableFlag');
  if ((screens || editable) && !mayOverrideScreens(ctx.actor)) throw forbidden(OVERRIDE_REFUSED);
  return screens;
}

function editIssue(ctx: RouteContext) {
  const before = workableIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'), 'edit');
  const override = screenOverride(ctx);
  const body = readBody(ctx, editBody);
  const project = ctx.store.docs.projects.get(before.projectId);
  if (!project) throw new Error(`Issue ${before.key} belongs to missing project ${before.projectId}.`);
  const errors: Record<string, string> = {};
  const fromUpdate = body.update ? updateToFields(before, body.update, errors) : {};
  const screen = override ? 'override' : screenFieldIds(ctx.store, project, before.issueTypeId, 'edit');
  const result = applyFields(ctx.store, before, { ...fromUpdate, ...(body.fields ?? {}) }, { mode: 'edit', screen, locale: callerLocale(ctx) });
  Object.assign(errors, result.errors);
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  let after = result.issue;
  if (body.properties?.length) after = { ...after, properties: { ...after.properties, ...Object.fromEntries(body.properties.map((p) => [p.key, p.value])) } };
  const saved = saveIssueChange(ctx, before, after);
  // Properties are not fields: setting only them changes neither `updated` nor the changelog.
  if (saved === before && after.properties !== before.properties) ctx.store.docs.issues.put({ ...before, properties: after.properties });
  const current = ctx.store.issue(before.id) ?? saved;
  if (ctx.query.get('returnIssue') === 'true') return ok(issueShape(ctx, current, FieldSelection.parse(null, ['*all'])));
  return noContent();
}

function deleteIssueRoute(ctx: RouteContext) {
  const issue = workableIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'), 'delete');
  deleteIssue(ctx, issue);
  return noContent();
}

export const issueRoutes: Route[] = [
  route('POST', '/rest/api/3/issue', createIssueRoute),
  route('GET', '/rest/api/3/issue/{issueIdOrKey}', getIssue),
  route('PUT', '/rest/api/3/issue/{issueIdOrKey}', editIssue),
  route('DELETE', '/rest/api/3/issue/{issueIdOrKey}', deleteIssueRoute),
];
