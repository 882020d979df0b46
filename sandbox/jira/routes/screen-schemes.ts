import type { IssueTypeScreenScheme } from '../model';
import { requireAdmin } from '../permissions';
import { badRequest } from '../rest-error';
import { platformPage } from '../shapes/common';
import { issueTypeScreenSchemeShape, screenSchemeShape } from '../shapes/screen';
import { intQuery, ok, type RouteContext } from './route-context';
import { route, type Route } from './router';

/**
 * The Screen schemes and Issue type screen schemes groups: how a company-managed project's issue
 * types reach their screens. Administer Jira only (the app passes). Team-managed projects use
 * neither ("Only issue type screen schemes used in classic projects are returned").
 */

const idsParam = (ctx: RouteContext, name: string): string[] =>
  ctx.query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter((v) => v.length > 0);

function numericIds(ctx: RouteContext, name: string): string[] {
  const ids = idsParam(ctx, name);
  const bad = ids.find((id) => !/^\d+$/.test(id));
  if (bad !== undefined) throw badRequest(`The '${name}' parameter takes numeric ids; got '${bad}'.`);
  return ids;
}

function page<T>(ctx: RouteContext, values: readonly T[], path: string, defaultMax: number) {
  return ok(platformPage(values, intQuery(ctx, 'startAt', 0), Math.min(intQuery(ctx, 'maxResults', defaultMax), 100), `${ctx.baseUrl}/rest/api/3/${path}`));
}

/** The issue type screen schemes that use a screen scheme, for `expand=issueTypeScreenSchemes`. */
function usersOf(ctx: RouteContext, screenSchemeId: string): IssueTypeScreenScheme[] {
  return ctx.store.docs.issueTypeScreenSchemes.filter((s) => s.mappings.some((m) => m.screenSchemeId === screenSchemeId));
}

/** Get screen schemes (GET /rest/api/3/screenscheme): paged (25 by default), filtered by `id` and `queryString`. */
function listScreenSchemes(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(numericIds(ctx, 'id'));
  const query = (ctx.query.get('queryString') ?? '').toLowerCase();
  const expand = new Set(idsParam(ctx, 'expand'));
  const values = ctx.store.docs.screenSchemes
    .filter((s) => (wanted.size === 0 || wanted.has(s.id)) && (!query || s.name.toLowerCase().includes(query)))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((s) => {
      const shape = screenSchemeShape(s);
      if (expand.has('issueTypeScreenSchemes')) {
        const users = usersOf(ctx, s.id).map(issueTypeScreenSchemeShape);
        shape.issueTypeScreenSchemes = platformPage(users, 0, 100, `${ctx.baseUrl}/rest/api/3/issuetypescreenscheme`);
      }
      return shape;
    });
  return page(ctx, values, 'screenscheme', 25);
}

/** Get issue type screen scheme project associations (GET /rest/api/3/issuetypescreenscheme/project?projectId=). */
function schemesForProjects(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const projectIds = numericIds(ctx, 'projectId');
  if (projectIds.length === 0) throw badRequest("The 'projectId' parameter is required.");
  const byScheme = new Map<string, { scheme: IssueTypeScreenScheme; projectIds: string[] }>();
  for (const projectId of projectIds) {
    const project = ctx.store.docs.projects.get(projectId);
    if (!project || project.style === 'next-gen') continue;
    const scheme = ctx.store.screenSchemeOfProject(project);
    const entry = byScheme.get(scheme.id) ?? { scheme, projectIds: [] };
    entry.projectIds.push(project.id);
    byScheme.set(scheme.id, entry);
  }
  const values = [...byScheme.values()].map((e) => ({ issueTypeScreenScheme: issueTypeScreenSchemeShape(e.scheme), projectIds: e.projectIds }));
  return page(ctx, values, 'issuetypescreenscheme/project', 50);
}

/** Get issue type screen scheme items (GET /rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=). */
function schemeMappings(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(numericIds(ctx, 'issueTypeScreenSchemeId'));
  const values = ctx.store.docs.issueTypeScreenSchemes
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .flatMap((s) => s.mappings.map((m) => ({ issueTypeScreenSchemeId: s.id, issueTypeId: m.issueTypeId, screenSchemeId: m.screenSchemeId })));
  return page(ctx, values, 'issuetypescreenscheme/mapping', 50);
}

/** Get issue type screen schemes (GET /rest/api/3/issuetypescreenscheme), filtered by `id`. */
function listIssueTypeScreenSchemes(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(numericIds(ctx, 'id'));
  const values = ctx.store.docs.issueTypeScreenSchemes
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map(issueTypeScreenSchemeShape);
  return page(ctx, values, 'issuetypescreenscheme', 25);
}

export const screenSchemeRoutes: Route[] = [
  route('GET', '/rest/api/3/screenscheme', listScreenSchemes),
  route('GET', '/rest/api/3/issuetypescreenscheme', listIssueTypeScreenSchemes),
  route('GET', '/rest/api/3/issuetypescreenscheme/project', schemesForProjects),
  route('GET', '/rest/api/3/issuetypescreenscheme/mapping', schemeMappings),
];
