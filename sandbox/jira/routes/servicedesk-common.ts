import type { JiraProject, ServiceDesk } from '../model';
import { isAgentOf, isCustomerOfDesk } from '../permissions';
import { forbidden, notFound } from '../rest-error';
import { servicedeskPage } from '../shapes/common';
import { intQuery, ok, type RouteContext } from './route-context';

/** A service desk and its project, if the caller may see it (its agents and its customers). */
export function visibleDesk(ctx: RouteContext, id: string): { desk: ServiceDesk; project: JiraProject } {
  const desk = ctx.store.docs.serviceDesks.get(id);
  const project = desk ? ctx.store.docs.projects.get(desk.projectId) : undefined;
  if (!desk || !project || !canUseDesk(ctx, desk, project))
    throw notFound(`The service project with id '${id}' does not exist or you do not have permission to see it.`);
  return { desk, project };
}

export function canUseDesk(ctx: RouteContext, desk: ServiceDesk, project: JiraProject): boolean {
  if (isAgentOf(ctx.actor, project)) return true;
  return ctx.actor.kind === 'user' && isCustomerOfDesk(ctx.store, ctx.actor.user.accountId, desk);
}

/** A desk whose agents (and admins, and the app) may manage it; customers get 403. */
export function managedDesk(ctx: RouteContext, id: string): { desk: ServiceDesk; project: JiraProject } {
  const found = visibleDesk(ctx, id);
  if (!isAgentOf(ctx.actor, found.project)) throw forbidden('You must be an agent of this service project to do this.');
  return found;
}

/** JSM's paging from `start` and `limit` (default 50). */
export function jsmPage<T>(ctx: RouteContext, values: readonly T[], path: string) {
  const start = intQuery(ctx, 'start', 0);
  const limit = Math.min(intQuery(ctx, 'limit', 50), 100);
  return ok(servicedeskPage(values, start, limit, ctx.baseUrl, `${ctx.baseUrl}/rest/servicedeskapi/${path}`));
}
