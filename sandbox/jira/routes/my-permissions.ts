import { z } from 'zod';
import type { JiraProject, StoredIssue } from '../model';
import { canBrowseProject, canSeeIssue, isAdmin, isAgentOf, type Actor } from '../permissions';
import { badRequest, forbidden, issueNotFound, notFound } from '../rest-error';
import type { JiraStore } from '../store/jira-store';
import { ok, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

interface PermissionDefinition {
  id: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
}

/** The permissions `mypermissions` answers for, with Jira's ids and wording. */
const PERMISSIONS: Record<string, PermissionDefinition> = {
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
  },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', type: 'PROJECT', description: 'Ability to assign issues to other people.' },
  LINK_ISSUES: {
    id: '21',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together and create linked issues. Only useful if issue linking is turned on.',
  },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT', description: 'Ability to transition issues.' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues', type: 'PROJECT', description: 'Ability to delete issues.' },
};

/** What the actor may do in one project (or, when scoped to an issue, on it). */
function holds(store: JiraStore, actor: Actor, key: string, project: JiraProject, issue: StoredIssue | undefined): boolean {
  if (key === 'ADMINISTER') return isAdmin(actor);
  if (key === 'ADMINISTER_PROJECTS') return isAdmin(actor);
  if (key === 'BROWSE_PROJECTS') return issue ? canSeeIssue(store, actor, issue) : canBrowseProject(store, actor, project);
  return isAgentOf(actor, project);
}

function myPermissions(ctx: RouteContext) {
  const raw = ctx.query.get('permissions');
  if (!raw) throw badRequest('The permissions query parameter is required: a comma-separated list of permission keys.');
  const keys = raw
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
  const unknown = keys.filter((k) => !(k in PERMISSIONS));
  if (unknown.length > 0) throw badRequest(`Invalid permission keys: ${unknown.join(', ')}.`);

  let issue: StoredIssue | undefined;
  let projects: JiraProject[];
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  if (issueRef) {
    issue = ctx.store.issue(issueRef);
    if (!issue || !canSeeIssue(ctx.store, ctx.actor, issue)) throw issueNotFound();
    const project = ctx.store.docs.projects.get(issue.projectId);
    projects = project ? [project] : [];
  } else if (projectRef) {
    const project = ctx.store.project(projectRef);
    if (!project || !canBrowseProject(ctx.store, ctx.actor, project)) throw notFound(`No project could be found with key '${projectRef}'.`);
    projects = [project];
  } else {
    // Without a project or issue, a project permission counts if the user holds it in any project.
    projects = [...ctx.store.projects()];
  }

  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const definition = PERMISSIONS[key];
    if (!definition) continue;
    const havePermission = key === 'ADMINISTER' ? isAdmin(ctx.actor) : projects.some((p) => holds(ctx.store, ctx.actor, key, p, issue));
    permissions[key] = { id: definition.id, key, name: definition.name, type: definition.type, description: definition.description, havePermission };
  }
  return ok({ permissions });
}

const permittedBody = z.object({ permissions: z.array(z.string()) });

/**
 * Get permitted projects (POST /rest/api/3/permissions/project): the projects where the caller
 * holds every project permission listed, as `{ id, key }` with a numeric id; 400 for a key that is
 * not a project permission. The sandbox knows the permissions of its table above.
 */
function permittedProjects(ctx: RouteContext) {
  const { permissions } = readBody(ctx, permittedBody);
  const keys = permissions.filter((k) => k.trim() !== '');
  const unknown = keys.filter((k) => PERMISSIONS[k]?.type !== 'PROJECT');
  if (unknown.length > 0) throw badRequest(`Invalid project permission keys: ${unknown.join(', ')}.`);
  const projects = ctx.store
    .projects()
    .filter((p) => canBrowseProject(ctx.store, ctx.actor, p) && keys.every((key) => holds(ctx.store, ctx.actor, key, p, undefined)));
  return ok({ projects: projects.map((p) => ({ id: Number(p.id), key: p.key })) });
}

/** Get bulk permissions: at most this many projects, and as many issues, per request. */
const BULK_LIMIT = 1000;

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).nullable();
const bulkBody = z
  .object({
    projectPermissions: z
      .array(z.object({ permissions: z.array(z.string()), projects: z.array(id).optional(), issues: z.array(id).optional() }).strict())
      .nullable()
      .optional(),
    globalPermissions: z.array(z.string().nullable()).nullable().optional(),
    accountId: z.string().optional(),
  })
  .strict();

/**
 * Get bulk permissions (POST /rest/api/3/permissions/check): for each project permission asked, the
 * projects and issues among those listed where the user holds it; the global permissions held.
 * As the reference says: invalid (or, here, invisible) project and issue ids are ignored, nulls and
 * empty permission names too; an unknown permission is 400, more than 1000 projects or issues is
 * 400, and checking another user needs Administer Jira (403).
 */
function bulkPermissions(ctx: RouteContext) {
  const body = readBody(ctx, bulkBody);
  let actor: Actor = ctx.actor;
  if (body.accountId !== undefined && !(ctx.actor.kind === 'user' && ctx.actor.user.accountId === body.accountId)) {
    if (!isAdmin(ctx.actor)) throw forbidden('Only Jira administrators can perform this operation.');
    const user = ctx.store.user(body.accountId);
    if (!user) throw badRequest([], { accountId: `The account ID ${body.accountId} is not valid.` });
    actor = { kind: 'user', user };
  }
  const asked = (body.projectPermissions ?? []).map((p) => ({ ...p, permissions: p.permissions.filter((k) => k !== '') }));
  const unknown = [
    ...new Set(
      [...asked.flatMap((p) => p.permissions), ...(body.globalPermissions ?? []).flatMap((k) => (k === null ? [] : [k]))].filter((k) => !(k in PERMISSIONS)),
    ),
  ];
  if (unknown.length > 0) throw badRequest([], Object.fromEntries(unknown.map((k) => [k, 'Unrecognized permission'])));
  if (asked.some((p) => p.permissions.length === 0)) throw badRequest('At least one project permission is required.');
  const ids = (list: (string | number | null)[] | undefined): string[] => (list ?? []).flatMap((v) => (v === null ? [] : [String(v)]));
  if (asked.some((p) => ids(p.projects).length > BULK_LIMIT || ids(p.issues).length > BULK_LIMIT))
    throw badRequest(`At most ${BULK_LIMIT} projects and ${BULK_LIMIT} issues can be checked.`);

  const grants = new Map<string, { projects: Set<number>; issues: Set<number> }>();
  for (const request of asked) {
    const projects = ids(request.projects).flatMap((projectId) => {
      const project = ctx.store.docs.projects.get(projectId);
      return project && canBrowseProject(ctx.store, actor, project) ? [project] : [];
    });
    const issues = ids(request.issues).flatMap((issueId) => {
      const issue = ctx.store.issue(issueId);
      const project = issue ? ctx.store.docs.projects.get(issue.projectId) : undefined;
      return issue && project && canSeeIssue(ctx.store, actor, issue) ? [{ issue, project }] : [];
    });
    for (const key of request.permissions) {
      const grant = grants.get(key) ?? { projects: new Set<number>(), issues: new Set<number>() };
      for (const project of projects) if (holds(ctx.store, actor, key, project, undefined)) grant.projects.add(Number(project.id));
      for (const { issue, project } of issues) if (holds(ctx.store, actor, key, project, issue)) grant.issues.add(Number(issue.id));
      grants.set(key, grant);
    }
  }
  const globalPermissions = [...new Set((body.globalPermissions ?? []).flatMap((k) => (k === null ? [] : [k])))].filter(
    (k) => PERMISSIONS[k]?.type === 'GLOBAL' && k === 'ADMINISTER' && isAdmin(actor),
  );
  return ok({
    projectPermissions: [...grants].map(([permission, grant]) => ({ permission, projects: [...grant.projects], issues: [...grant.issues] })),
    globalPermissions,
  });
}

export const myPermissionRoutes: Route[] = [
  route('GET', '/rest/api/3/mypermissions', myPermissions),
  route('POST', '/rest/api/3/permissions/project', permittedProjects),
  route('POST', '/rest/api/3/permissions/check', bulkPermissions, { anonymous: true }),
];
