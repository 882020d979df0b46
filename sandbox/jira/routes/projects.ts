import { canBrowseProject } from '../permissions';
import { notFound } from '../rest-error';
import { platformPage } from '../shapes/common';
import { projectDetailShape, projectShape } from '../shapes/project';
import { intQuery, ok, param, type RouteContext } from './route-context';
import { route, type Route } from './router';

const splitList = (values: string[]): string[] =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

function searchProjects(ctx: RouteContext) {
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = Math.min(intQuery(ctx, 'maxResults', 50), 100);
  const typeKeys = new Set(splitList(ctx.query.getAll('typeKey')));
  const keys = new Set(splitList(ctx.query.getAll('keys')).map((k) => k.toUpperCase()));
  const ids = new Set(splitList(ctx.query.getAll('id')));
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const expand = new Set(splitList(ctx.query.getAll('expand')));
  const projects = ctx.store
    .projects()
    .filter((p) => canBrowseProject(ctx.store, ctx.actor, p))
    .filter((p) => typeKeys.size === 0 || typeKeys.has(p.projectTypeKey))
    .filter((p) => keys.size === 0 || keys.has(p.key.toUpperCase()))
    .filter((p) => ids.size === 0 || ids.has(p.id))
    .filter((p) => !query || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((p) => projectShape(ctx, p, expand));
  return ok(platformPage(projects, startAt, maxResults, `${ctx.baseUrl}/rest/api/3/project/search`));
}

function getProject(ctx: RouteContext) {
  const idOrKey = param(ctx, 'projectIdOrKey');
  const project = ctx.store.project(idOrKey);
  if (!project || !canBrowseProject(ctx.store, ctx.actor, project)) throw notFound(`No project could be found with key '${idOrKey}'.`);
  return ok(projectDetailShape(ctx, project));
}

export const projectRoutes: Route[] = [
  route('GET', '/rest/api/3/project/search', searchProjects),
  route('GET', '/rest/api/3/project/{projectIdOrKey}', getProject),
];
