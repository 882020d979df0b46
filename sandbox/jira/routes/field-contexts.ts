import { z } from 'zod';
import type { FieldContext, JiraField } from '../model';
import { requireAdmin } from '../permissions';
import { badRequest, notFound } from '../rest-error';
import { platformPage } from '../shapes/common';
import { created, intQuery, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const BASE = '/rest/api/3/field/{fieldId}/context';

function fieldOr404(ctx: RouteContext): JiraField {
  requireAdmin(ctx.actor);
  const field = ctx.store.docs.fields.get(param(ctx, 'fieldId'));
  if (!field) throw notFound('The custom field was not found.');
  return field;
}

function contextOr404(ctx: RouteContext, field: JiraField): FieldContext {
  const context = ctx.store.docs.fieldContexts.get(param(ctx, 'contextId'));
  if (!context || context.fieldId !== field.id) throw notFound('The context was not found.');
  return context;
}

const contextsOf = (ctx: RouteContext, field: JiraField): FieldContext[] => ctx.store.docs.fieldContexts.filter((c) => c.fieldId === field.id);

function page<T>(ctx: RouteContext, values: readonly T[], field: JiraField, suffix = '') {
  const self = `${ctx.baseUrl}/rest/api/3/field/${field.id}/context${suffix}`;
  return ok(platformPage(values, intQuery(ctx, 'startAt', 0), Math.min(intQuery(ctx, 'maxResults', 50), 50), self));
}

const contextShape = (c: FieldContext) => ({
  id: c.id,
  name: c.name,
  description: c.description,
  isGlobalContext: c.isGlobalContext,
  isAnyIssueType: c.isAnyIssueType,
});

function listContexts(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const wanted = new Set(ctx.query.getAll('contextId'));
  const global = ctx.query.get('isGlobalContext');
  const anyType = ctx.query.get('isAnyIssueType');
  const contexts = contextsOf(ctx, field)
    .filter((c) => wanted.size === 0 || wanted.has(c.id))
    .filter((c) => global === null || String(c.isGlobalContext) === global)
    .filter((c) => anyType === null || String(c.isAnyIssueType) === anyType);
  return page(ctx, contexts.map(contextShape), field);
}

const createBody = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  projectIds: z.array(z.string()).default([]),
  issueTypeIds: z.array(z.string()).default([]),
});

/** Jira lets a project sit in one context of a field only, and a field have one global context. */
function checkProjectsFree(ctx: RouteContext, field: JiraField, projectIds: readonly string[]): void {
  for (const id of projectIds) if (!ctx.store.docs.projects.get(id)) throw notFound(`The project with id '${id}' was not found.`);
  const taken = projectIds.filter((id) => contextsOf(ctx, field).some((c) => c.projectIds.includes(id)));
  if (taken.length > 0) throw badRequest(`These projects are already associated with a context of the field: ${taken.join(', ')}.`);
}

function checkIssueTypes(ctx: RouteContext, issueTypeIds: readonly string[]): void {
  for (const id of issueTypeIds) if (!ctx.store.docs.issueTypes.get(id)) throw notFound(`The issue type with id '${id}' was not found.`);
}

function createContext(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const body = readBody(ctx, createBody);
  const isGlobalContext = body.projectIds.length === 0;
  if (isGlobalContext && contextsOf(ctx, field).some((c) => c.isGlobalContext)) throw badRequest('The custom field already has a global context.');
  checkProjectsFree(ctx, field, body.projectIds);
  checkIssueTypes(ctx, body.issueTypeIds);
  const context: FieldContext = {
    id: ctx.store.nextId('fieldContext'),
    fieldId: field.id,
    name: body.name,
    description: body.description ?? '',
    isGlobalContext,
    isAnyIssueType: body.issueTypeIds.length === 0,
    projectIds: [...new Set(body.projectIds)],
    issueTypeIds: [...new Set(body.issueTypeIds)],
  };
  ctx.store.docs.fieldContexts.put(context);
  return created({ id: context.id, name: context.name, description: context.description, projectIds: context.projectIds, issueTypeIds: context.issueTypeIds });
}

const updateBody = z.object({ name: z.string().min(1).optional(), description: z.string().optional() });

function updateContext(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const context = contextOr404(ctx, field);
  const body = readBody(ctx, updateBody);
  ctx.store.docs.fieldContexts.put({ ...context, name: body.name ?? context.name, description: body.description ?? context.description });
  return noContent();
}

const projectsBody = z.object({ projectIds: z.array(z.string()).min(1) });

function addProjects(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const context = contextOr404(ctx, field);
  const body = readBody(ctx, projectsBody);
  if (context.isGlobalContext) throw badRequest('The context is global: it already applies to every project.');
  checkProjectsFree(ctx, field, body.projectIds);
  ctx.store.docs.fieldContexts.put({ ...context, projectIds: [...context.projectIds, ...new Set(body.projectIds)] });
  return noContent();
}

const issueTypesBody = z.object({ issueTypeIds: z.array(z.string()).min(1) });

function addIssueTypes(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const context = contextOr404(ctx, field);
  const body = readBody(ctx, issueTypesBody);
  checkIssueTypes(ctx, body.issueTypeIds);
  const present = body.issueTypeIds.filter((id) => context.issueTypeIds.includes(id));
  if (present.length > 0) throw badRequest(`These issue types are already associated with the context: ${present.join(', ')}.`);
  ctx.store.docs.fieldContexts.put({ ...context, isAnyIssueType: false, issueTypeIds: [...context.issueTypeIds, ...new Set(body.issueTypeIds)] });
  return noContent();
}

function projectMapping(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const wanted = new Set(ctx.query.getAll('contextId'));
  const values = contextsOf(ctx, field)
    .filter((c) => wanted.size === 0 || wanted.has(c.id))
    .flatMap((c) =>
      c.isGlobalContext
        ? [{ contextId: c.id, isGlobalContext: true }]
        : c.projectIds.map((projectId) => ({ contextId: c.id, projectId, isGlobalContext: false })),
    );
  return page(ctx, values, field, '/projectmapping');
}

function issueTypeMapping(ctx: RouteContext) {
  const field = fieldOr404(ctx);
  const wanted = new Set(ctx.query.getAll('contextId'));
  const values = contextsOf(ctx, field)
    .filter((c) => wanted.size === 0 || wanted.has(c.id))
    .flatMap((c) =>
      c.isAnyIssueType
        ? [{ contextId: c.id, isAnyIssueType: true }]
        : c.issueTypeIds.map((issueTypeId) => ({ contextId: c.id, issueTypeId, isAnyIssueType: false })),
    );
  return page(ctx, values, field, '/issuetypemapping');
}

export const fieldContextRoutes: Route[] = [
  route('GET', BASE, listContexts),
  route('POST', BASE, createContext),
  route('PUT', `${BASE}/{contextId}`, updateContext),
  route('PUT', `${BASE}/{contextId}/project`, addProjects),
  route('PUT', `${BASE}/{contextId}/issuetype`, addIssueTypes),
  route('GET', `${BASE}/projectmapping`, projectMapping),
  route('GET', `${BASE}/issuetypemapping`, issueTypeMapping),
];
