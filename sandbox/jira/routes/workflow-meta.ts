import { notFound } from '../rest-error';
import { STATUS_CATEGORIES } from '../store/baseline';
import { platformPage } from '../shapes/common';
import { priorityShape, resolutionShape, statusCategoryShape, statusShape } from '../shapes/workflow';
import { intQuery, ok, param, type RouteContext } from './route-context';
import { route, type Route } from './router';

function getStatus(ctx: RouteContext) {
  const idOrName = param(ctx, 'idOrName');
  const status = ctx.store.statuses().find((s) => s.id === idOrName || s.name.toLowerCase() === idOrName.toLowerCase());
  if (!status) throw notFound(`The status with id '${idOrName}' does not exist`);
  return ok(statusShape(ctx.baseUrl, status));
}

function prioritySearch(ctx: RouteContext) {
  const priorities = ctx.store.docs.priorities.all().map((p) => ({ ...priorityShape(ctx.baseUrl, p), isDefault: p.id === '3' }));
  return ok(platformPage(priorities, intQuery(ctx, 'startAt', 0), intQuery(ctx, 'maxResults', 50), `${ctx.baseUrl}/rest/api/3/priority/search`));
}

export const workflowMetaRoutes: Route[] = [
  route('GET', '/rest/api/3/status', (ctx) => ok(ctx.store.statuses().map((s) => statusShape(ctx.baseUrl, s)))),
  route('GET', '/rest/api/3/status/{idOrName}', getStatus),
  route('GET', '/rest/api/3/statuscategory', (ctx) => ok(STATUS_CATEGORIES.map((c) => statusCategoryShape(ctx.baseUrl, c.key)))),
  route('GET', '/rest/api/3/resolution', (ctx) => ok(ctx.store.resolutions().map((r) => resolutionShape(ctx.baseUrl, r)))),
  route('GET', '/rest/api/3/priority', (ctx) => ok(ctx.store.docs.priorities.all().map((p) => priorityShape(ctx.baseUrl, p)))),
  route('GET', '/rest/api/3/priority/search', prioritySearch),
];
