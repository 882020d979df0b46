import { z } from 'zod';
import type { JiraIssueType } from '../model';
import { canBrowseProject, isAdmin, requireAdmin } from '../permissions';
import { badRequest, conflict, fieldErrors, notFound } from '../rest-error';
import { issueTypeShape } from '../shapes/issue-type';
import { created, noContent, ok, param, readBody, requiredQuery, type RouteContext } from './route-context';
import { route, type Route } from './router';

const NAME_LIMIT = 60;

/**
 * `POST issuetype` body. Besides Jira's documented fields it accepts `scope` to create a
 * team-managed project's own issue type: this mirrors the `scope` Jira returns on such types,
 * since Jira Cloud itself creates them only through the project settings UI.
 */
const createBody = z.object({
  name: z.string(),
  description: z.string().optional(),
  type: z.enum(['standard', 'subtask']).optional(),
  hierarchyLevel: z.number().int().min(-1).max(0).optional(),
  scope: z.object({ type: z.literal('PROJECT'), project: z.object({ id: z.string() }) }).optional(),
});

const updateBody = z.object({ name: z.string().optional(), description: z.string().optional(), avatarId: z.number().optional() });

function visibleTypes(ctx: RouteContext): JiraIssueType[] {
  return ctx.store.issueTypes().filter((t) => {
    if (!t.scopeProjectId || isAdmin(ctx.actor)) return true;
    const project = ctx.store.docs.projects.get(t.scopeProjectId);
    return project !== undefined && canBrowseProject(ctx.store, ctx.actor, project);
  });
}

function typeOr404(ctx: RouteContext): JiraIssueType {
  const id = param(ctx, 'id');
  const type = visibleTypes(ctx).find((t) => t.id === id);
  if (!type) throw notFound(`The issue type with id '${id}' does not exist.`);
  return type;
}

/** Another type that would share the name: among global types, or among one project's own types. */
function nameTaken(ctx: RouteContext, name: string, scopeProjectId: string | undefined, exceptId?: string): boolean {
  const wanted = name.trim().toLowerCase();
  return ctx.store.issueTypes().some((t) => t.id !== exceptId && t.scopeProjectId === scopeProjectId && t.name.toLowerCase() === wanted);
}

function checkName(name: string): void {
  if (name.trim() === '') throw fieldErrors({ name: 'You must specify a unique name for the issue type.' });
  if (name.length > NAME_LIMIT) throw fieldErrors({ name: `The entered text is too long. It exceeds the allowed limit of ${NAME_LIMIT} characters.` });
}

function createIssueType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const body = readBody(ctx, createBody);
  checkName(body.name);
  const scopeProjectId = body.scope?.project.id;
  if (scopeProjectId !== undefined) {
    const project = ctx.store.docs.projects.get(scopeProjectId);
    if (!project) throw notFound(`No project could be found with id '${scopeProjectId}'.`);
    if (project.style !== 'next-gen') throw fieldErrors({ scope: 'Only team-managed projects have project-scoped issue types.' });
  }
  if (nameTaken(ctx, body.name, scopeProjectId)) throw conflict('An issue type with this name already exists.');
  const subtask = body.type === 'subtask' || body.hierarchyLevel === -1;
  const type: JiraIssueType = {
    id: ctx.store.nextId('issueType'),
    name: body.name.trim(),
    description: body.description ?? '',
    iconUrl: subtask ? '/images/icons/issuetypes/subtask.svg' : '/images/icons/issuetypes/genericissue.svg',
    subtask,
    hierarchyLevel: subtask ? -1 : 0,
    ...(scopeProjectId !== undefined ? { scopeProjectId } : {}),
  };
  ctx.store.docs.issueTypes.put(type);
  if (scopeProjectId === undefined) {
    // Jira adds every new global issue type to the default issue type scheme.
    const scheme = ctx.store.defaultScheme();
    ctx.store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, type.id] });
  }
  return created(issueTypeShape(ctx.baseUrl, type));
}

function updateIssueType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const type = typeOr404(ctx);
  const body = readBody(ctx, updateBody);
  if (body.name !== undefined) {
    checkName(body.name);
    if (nameTaken(ctx, body.name, type.scopeProjectId, type.id)) throw conflict('An issue type with this name already exists.');
  }
  const updated = ctx.store.docs.issueTypes.put({
    ...type,
    name: body.name?.trim() ?? type.name,
    description: body.description ?? type.description,
    ...(body.avatarId !== undefined ? { avatarId: body.avatarId } : {}),
  });
  return ok(issueTypeShape(ctx.baseUrl, updated));
}

/**
 * `DELETE issuetype/{id}`: refused while issues use the type (Jira then asks for an
 * `alternativeIssueTypeId`, which the emulator does not move issues to); otherwise the type leaves
 * every scheme too.
 */
function deleteIssueType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const type = typeOr404(ctx);
  if (ctx.store.docs.issues.all().some((issue) => issue.issueTypeId === type.id)) {
    throw badRequest('The issue type is in use by issues; choose an alternative issue type (alternativeIssueTypeId) for them.');
  }
  for (const scheme of ctx.store.docs.issueTypeSchemes.all().filter((s) => s.issueTypeIds.includes(type.id))) {
    const { defaultIssueTypeId, ...rest } = scheme;
    ctx.store.docs.issueTypeSchemes.put({
      ...rest,
      issueTypeIds: scheme.issueTypeIds.filter((id) => id !== type.id),
      ...(defaultIssueTypeId !== undefined && defaultIssueTypeId !== type.id ? { defaultIssueTypeId } : {}),
    });
  }
  ctx.store.docs.issueTypes.delete(type.id);
  return noContent();
}

function issueTypesOfProject(ctx: RouteContext) {
  const projectId = requiredQuery(ctx, 'projectId');
  const project = ctx.store.project(projectId);
  if (!project || !canBrowseProject(ctx.store, ctx.actor, project)) throw notFound(`No project could be found with id '${projectId}'.`);
  return ok(ctx.store.issueTypesOfProject(project).map((t) => issueTypeShape(ctx.baseUrl, t)));
}

export const issueTypeRoutes: Route[] = [
  route('GET', '/rest/api/3/issuetype', (ctx) => ok(visibleTypes(ctx).map((t) => issueTypeShape(ctx.baseUrl, t)))),
  route('POST', '/rest/api/3/issuetype', createIssueType),
  route('GET', '/rest/api/3/issuetype/project', issueTypesOfProject),
  route('GET', '/rest/api/3/issuetype/{id}', (ctx) => ok(issueTypeShape(ctx.baseUrl, typeOr404(ctx)))),
  route('PUT', '/rest/api/3/issuetype/{id}', updateIssueType),
  route('DELETE', '/rest/api/3/issuetype/{id}', deleteIssueType),
];
