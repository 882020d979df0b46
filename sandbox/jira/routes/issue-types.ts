import { z } from 'zod';
import type { JiraIssueType, StoredIssue } from '../model';
import { canBrowseProject, isAdmin, requireAdmin } from '../permissions';
import { badRequest, conflict, fieldErrors, notFound } from '../rest-error';
import { issueTypeShape } from '../shapes/issue-type';
import { created, noContent, ok, param, readBody, requiredQuery, type RouteContext } from './route-context';
import { route, type Route } from './router';

const NAME_LIMIT = 60;

/**
 * Create issue type (POST /rest/api/3/issuetype) takes Atlassian's `IssueTypeCreateBean`: name,
 * description, type, hierarchyLevel and nothing else (`additionalProperties: false`), so a `scope`
 * is refused (400 "Unrecognized field") like any unknown property: a type created here is always
 * global. Team-managed projects get their own types in their project settings only.
 */
const createBody = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  type: z.enum(['standard', 'subtask']).optional(),
  hierarchyLevel: z.number().int().min(-1).max(0).optional(),
});

/** Update issue type (PUT /rest/api/3/issuetype/{id}) takes `IssueTypeUpdateBean`, strict too. */
const updateBody = z.strictObject({ name: z.string().optional(), description: z.string().optional(), avatarId: z.number().optional() });

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

/** Another type that would share the name, compared without regard to case: among global types, or among one project's own types. */
function nameTaken(ctx: RouteContext, name: string, scopeProjectId: string | undefined, exceptId?: string): boolean {
  const wanted = name.trim().toLowerCase();
  return ctx.store.issueTypes().some((t) => t.id !== exceptId && t.scopeProjectId === scopeProjectId && t.name.toLowerCase() === wanted);
}

function checkName(name: string): void {
  if (name.trim() === '') throw fieldErrors({ name: 'You must specify a unique name for the issue type.' });
  if (name.length > NAME_LIMIT) throw fieldErrors({ name: `The entered text is too long. It exceeds the allowed limit of ${NAME_LIMIT} characters.` });
}

/**
 * Create issue type (POST /rest/api/3/issuetype): "Creates an issue type and adds it to the default
 * issue type scheme"; 409 when the name is in use (without regard to case), 400 past 60 characters.
 */
function createIssueType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const body = readBody(ctx, createBody);
  checkName(body.name);
  if (nameTaken(ctx, body.name, undefined)) throw conflict('An issue type with this name already exists.');
  const subtask = body.type === 'subtask' || body.hierarchyLevel === -1;
  const type: JiraIssueType = {
    id: ctx.store.nextId('issueType'),
    name: body.name.trim(),
    description: body.description ?? '',
    iconUrl: subtask ? '/images/icons/issuetypes/subtask.svg' : '/images/icons/issuetypes/genericissue.svg',
    subtask,
    hierarchyLevel: subtask ? -1 : 0,
  };
  ctx.store.docs.issueTypes.put(type);
  const scheme = ctx.store.defaultScheme();
  ctx.store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, type.id] });
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
 * The type that takes over a deleted type's issues (Delete issue type, `alternativeIssueTypeId`):
 * 404 when the type is in use and none is named or it does not exist, 409 when it is the deleted
 * type itself or a subtask type for standard issues, 400 when an issue's project does not offer it.
 */
function alternativeFor(ctx: RouteContext, type: JiraIssueType, inUse: readonly StoredIssue[]): JiraIssueType | undefined {
  if (inUse.length === 0) return undefined;
  const alternativeId = ctx.query.get('alternativeIssueTypeId');
  if (!alternativeId) throw notFound(`The issue type is in use by ${inUse.length} issue(s): name an alternative issue type (alternativeIssueTypeId) for them.`);
  const alternative = ctx.store.docs.issueTypes.get(alternativeId);
  if (!alternative) throw notFound(`The alternative issue type with id '${alternativeId}' does not exist.`);
  if (alternative.id === type.id) throw conflict('The alternative issue type cannot be the issue type being deleted.');
  if (alternative.subtask !== type.subtask)
    throw conflict('The alternative issue type must be of the same kind (standard or subtask) as the issue type being deleted.');
  for (const issue of inUse) {
    const project = ctx.store.docs.projects.get(issue.projectId);
    if (!project || !ctx.store.issueTypesOfProject(project).some((t) => t.id === alternative.id))
      throw badRequest(`Issue ${issue.key} cannot be moved to the alternative issue type: its project does not use it.`);
  }
  return alternative;
}

/**
 * Delete issue type (DELETE /rest/api/3/issuetype/{id}): issues of the type move to the
 * `alternativeIssueTypeId`; the type leaves every issue type scheme, issue type screen scheme and
 * field layout. A type a request type is based on is refused (400), since the request type would
 * be left without one.
 */
function deleteIssueType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const type = typeOr404(ctx);
  const requestType = ctx.store.docs.requestTypes.find((r) => r.issueTypeId === type.id);
  if (requestType) throw badRequest([`The request type '${requestType.name}' is based on this issue type; change or delete it first.`]);
  const inUse = ctx.store.docs.issues.filter((issue) => issue.issueTypeId === type.id);
  const alternative = alternativeFor(ctx, type, inUse);
  if (alternative) for (const issue of inUse) ctx.store.docs.issues.put({ ...issue, issueTypeId: alternative.id, updated: ctx.now.toISOString() });
  for (const screenScheme of ctx.store.docs.issueTypeScreenSchemes.filter((s) => s.mappings.some((m) => m.issueTypeId === type.id)))
    ctx.store.docs.issueTypeScreenSchemes.put({ ...screenScheme, mappings: screenScheme.mappings.filter((m) => m.issueTypeId !== type.id) });
  ctx.store.docs.fieldLayouts.delete(type.id);
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
