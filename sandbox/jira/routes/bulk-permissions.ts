import { z } from 'zod';
import type { JiraProject, StoredIssue } from '../model';
import { isAdmin, type Actor } from '../permissions';
import { badRequest, forbidden } from '../rest-error';
import { holds, PERMISSIONS } from './my-permissions';
import { ok, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

/** Get bulk permissions (POST /rest/api/3/permissions/check): at most this many project and issue ids. */
const MAX_IDS = 1000;

const int64 = z.number().int().nonnegative();

/** `BulkPermissionsRequestBean` and `BulkProjectPermissions` refuse unknown properties. */
const requestBody = z
  .object({
    accountId: z.string().optional(),
    globalPermissions: z.array(z.string()).optional(),
    projectPermissions: z
      .array(z.object({ permissions: z.array(z.string()), issues: z.array(int64).optional(), projects: z.array(int64).optional() }).strict())
      .optional(),
  })
  .strict();

/**
 * Get bulk permissions (POST /rest/api/3/permissions/check): which global permissions a user
 * holds, and for each project permission the projects and issues (of those asked about) it holds
 * there. Naming another user's `accountId` needs Administer Jira (the app holds it); Jira answers
 * 403 "Only Jira administrators can perform this operation." to anyone else. An unknown account,
 * an unknown permission, a project entry without permissions, or more than 1,000 project or issue
 * ids answer 400. Ids asked about that do not exist, or that the user cannot see, are left out of
 * the answer. Without projects and issues, a project permission lists every project where the
 * user holds it.
 */
function bulkPermissions(ctx: RouteContext) {
  const body = readBody(ctx, requestBody);
  let subject: Actor = ctx.actor;
  if (body.accountId !== undefined && !(ctx.actor.kind === 'user' && ctx.actor.user.accountId === body.accountId)) {
    if (!isAdmin(ctx.actor)) throw forbidden('Only Jira administrators can perform this operation.');
    const user = ctx.store.user(body.accountId);
    if (!user) throw badRequest([], { accountId: `The account ID ${body.accountId} is not valid.` });
    subject = { kind: 'user', user };
  }
  const unknownGlobal = (body.globalPermissions ?? []).filter((key) => PERMISSIONS[key]?.type !== 'GLOBAL');
  const entries = body.projectPermissions ?? [];
  const unknownProject = entries.flatMap((e) => e.permissions).filter((key) => PERMISSIONS[key]?.type !== 'PROJECT');
  const unknown = [...new Set([...unknownGlobal, ...unknownProject])];
  if (unknown.length > 0) throw badRequest([], Object.fromEntries(unknown.map((key) => [key, 'Unrecognized permission'])));
  if (entries.some((e) => e.permissions.length === 0)) throw badRequest('At least one project permission is required.');
  const ids = entries.reduce((n, e) => n + (e.issues?.length ?? 0) + (e.projects?.length ?? 0), 0);
  if (ids > MAX_IDS * 2 || entries.some((e) => (e.issues?.length ?? 0) > MAX_IDS || (e.projects?.length ?? 0) > MAX_IDS))
    throw badRequest(`Specify at most ${MAX_IDS} project IDs and ${MAX_IDS} issue IDs.`);

  const globalPermissions = (body.globalPermissions ?? []).filter((key) => key === 'ADMINISTER' && isAdmin(subject));
  const projectPermissions = entries.flatMap((entry) => {
    const issues = (entry.issues ?? []).map((id) => ctx.store.issue(String(id))).filter((i): i is StoredIssue => i !== undefined);
    const projects =
      entry.projects === undefined && entry.issues === undefined
        ? [...ctx.store.projects()]
        : (entry.projects ?? []).map((id) => ctx.store.project(String(id))).filter((p): p is JiraProject => p !== undefined);
    return entry.permissions.map((permission) => ({
      permission,
      issues: issues
        .filter((issue) => {
          const project = ctx.store.docs.projects.get(issue.projectId);
          return project !== undefined && holds(ctx.store, subject, 'BROWSE_PROJECTS', project, issue) && holds(ctx.store, subject, permission, project, issue);
        })
        .map((issue) => Number(issue.id)),
      projects: projects.filter((project) => holds(ctx.store, subject, permission, project, undefined)).map((project) => Number(project.id)),
    }));
  });
  return ok({ globalPermissions, projectPermissions });
}

export const bulkPermissionRoutes: Route[] = [route('POST', '/rest/api/3/permissions/check', bulkPermissions)];
