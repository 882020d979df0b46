import { z } from 'zod';
import type { IssueTypeScheme } from '../model';
import { requireAdmin } from '../permissions';
import { badRequest, notFound } from '../rest-error';
import { DEFAULT_ISSUE_TYPE_SCHEME } from '../store/baseline';
import { platformPage } from '../shapes/common';
import { issueTypeSchemeShape } from '../shapes/issue-type';
import { created, intQuery, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const isDefault = (scheme: IssueTypeScheme): boolean => scheme.id === DEFAULT_ISSUE_TYPE_SCHEME.id;
const ids = (ctx: RouteContext, name: string): string[] =>
  ctx.query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter((v) => v.length > 0);

function schemeOr404(ctx: RouteContext, id: string): IssueTypeScheme {
  const scheme = ctx.store.docs.issueTypeSchemes.get(id);
  if (!scheme) throw notFound(`The issue type scheme with id '${id}' does not exist.`);
  return scheme;
}

function page<T>(ctx: RouteContext, values: readonly T[], path: string) {
  return ok(platformPage(values, intQuery(ctx, 'startAt', 0), Math.min(intQuery(ctx, 'maxResults', 50), 50), `${ctx.baseUrl}/rest/api/3/${path}`));
}

function listSchemes(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(ids(ctx, 'id'));
  const schemes = ctx.store.docs.issueTypeSchemes.all().filter((s) => wanted.size === 0 || wanted.has(s.id));
  return page(
    ctx,
    schemes.map((s) => issueTypeSchemeShape(s, isDefault(s))),
    'issuetypescheme',
  );
}

const createBody = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  defaultIssueTypeId: z.string().optional(),
  issueTypeIds: z.array(z.string()).min(1),
});

function createScheme(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const body = readBody(ctx, createBody);
  if (ctx.store.docs.issueTypeSchemes.find((s) => s.name === body.name)) throw badRequest('An issue type scheme with this name already exists.');
  for (const id of body.issueTypeIds) {
    const type = ctx.store.docs.issueTypes.get(id);
    if (!type || type.scopeProjectId) throw badRequest(`The issue type with id '${id}' does not exist or is not a global issue type.`);
  }
  if (body.defaultIssueTypeId && !body.issueTypeIds.includes(body.defaultIssueTypeId))
    throw badRequest("The default issue type must be one of the scheme's issue types.");
  const scheme: IssueTypeScheme = {
    id: ctx.store.nextId('issueTypeScheme'),
    name: body.name,
    description: body.description ?? '',
    ...(body.defaultIssueTypeId ? { defaultIssueTypeId: body.defaultIssueTypeId } : {}),
    issueTypeIds: [...new Set(body.issueTypeIds)],
  };
  ctx.store.docs.issueTypeSchemes.put(scheme);
  return created({ issueTypeSchemeId: scheme.id });
}

/** Which scheme each company-managed project uses (team-managed projects have none). */
function schemesForProjects(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const projectIds = ids(ctx, 'projectId');
  if (projectIds.length === 0) throw badRequest("The 'projectId' parameter is required.");
  const byScheme = new Map<string, string[]>();
  for (const projectId of projectIds) {
    const project = ctx.store.docs.projects.get(projectId);
    if (!project || project.style === 'next-gen') continue;
    const scheme = ctx.store.schemeOfProject(project);
    byScheme.set(scheme.id, [...(byScheme.get(scheme.id) ?? []), project.id]);
  }
  const values = [...byScheme.entries()].map(([schemeId, projects]) => {
    const scheme = schemeOr404(ctx, schemeId);
    return { issueTypeScheme: issueTypeSchemeShape(scheme, isDefault(scheme)), projectIds: projects };
  });
  return page(ctx, values, 'issuetypescheme/project');
}

const assignBody = z.object({ issueTypeSchemeId: z.string(), projectId: z.string() });

function assignSchemeToProject(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const body = readBody(ctx, assignBody);
  const scheme = schemeOr404(ctx, body.issueTypeSchemeId);
  const project = ctx.store.docs.projects.get(body.projectId);
  if (!project) throw notFound(`No project could be found with id '${body.projectId}'.`);
  if (project.style === 'next-gen') throw badRequest('Team-managed projects do not use issue type schemes.');
  ctx.store.docs.projects.put({ ...project, issueTypeSchemeId: scheme.id });
  return noContent();
}

function schemeMappings(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(ids(ctx, 'issueTypeSchemeId'));
  const values = ctx.store.docs.issueTypeSchemes
    .all()
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .flatMap((s) => s.issueTypeIds.map((issueTypeId) => ({ issueTypeSchemeId: s.id, issueTypeId })));
  return page(ctx, values, 'issuetypescheme/mapping');
}

/** Atlassian's `IssueTypeIds` bean: `issueTypeIds` and nothing else. */
const addTypesBody = z.strictObject({ issueTypeIds: z.array(z.string()).min(1) });

/**
 * Add issue types to issue type scheme (PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype):
 * "If any of the issue types exist in the issue type scheme, the operation fails and no issue types
 * are added" (400), not even the request's other ids. An id named twice in one request is refused
 * the same way (stricter than the reference, which is silent). Every check runs before the write.
 */
function addTypesToScheme(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const scheme = schemeOr404(ctx, param(ctx, 'issueTypeSchemeId'));
  const body = readBody(ctx, addTypesBody);
  const present = body.issueTypeIds.filter((id) => scheme.issueTypeIds.includes(id));
  if (present.length > 0) throw badRequest(`These issue types are already associated with the issue type scheme: ${[...new Set(present)].join(', ')}.`);
  const repeated = body.issueTypeIds.filter((id, i) => body.issueTypeIds.indexOf(id) !== i);
  if (repeated.length > 0) throw badRequest(`These issue types are named more than once: ${[...new Set(repeated)].join(', ')}.`);
  for (const id of body.issueTypeIds) {
    const type = ctx.store.docs.issueTypes.get(id);
    if (!type) throw notFound(`The issue type with id '${id}' does not exist.`);
    if (type.scopeProjectId) throw badRequest(`The issue type with id '${id}' belongs to a team-managed project and cannot be added to a scheme.`);
  }
  ctx.store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, ...body.issueTypeIds] });
  return noContent();
}

export const issueTypeSchemeRoutes: Route[] = [
  route('GET', '/rest/api/3/issuetypescheme', listSchemes),
  route('POST', '/rest/api/3/issuetypescheme', createScheme),
  route('GET', '/rest/api/3/issuetypescheme/project', schemesForProjects),
  route('PUT', '/rest/api/3/issuetypescheme/project', assignSchemeToProject),
  route('GET', '/rest/api/3/issuetypescheme/mapping', schemeMappings),
  route('PUT', '/rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype', addTypesToScheme),
];
