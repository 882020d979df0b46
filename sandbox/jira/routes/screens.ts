import { z } from 'zod';
import { addFieldToTab, removeFieldFromTab, screenableFieldIds, tabOr404 } from '../fields/screen-edits';
import type { Screen } from '../model';
import { requireAdmin } from '../permissions';
import { badRequest, notFound } from '../rest-error';
import { DEFAULT_SCREEN } from '../store/baseline-screens';
import { platformPage } from '../shapes/common';
import { screenableFieldShape, screenShape, screenTabShape } from '../shapes/screen';
import { intQuery, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

/**
 * The Screens, Screen tabs and Screen tab fields groups of the platform REST API. Every operation
 * needs Administer Jira (the app passes); Jira's "Administer projects when projectKey is given" has
 * no counterpart in the emulator, which has no project administrators.
 */

const idsParam = (ctx: RouteContext, name: string): string[] =>
  ctx.query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter((v) => v.length > 0);

/** A numeric path id (screen and tab ids are int64 in the reference); anything else is 400. */
function numericParam(ctx: RouteContext, name: string, what: string): string {
  const value = param(ctx, name);
  if (!/^\d+$/.test(value)) throw badRequest(`The ${what} ID '${value}' is invalid.`);
  return value;
}

function screenOr404(ctx: RouteContext): Screen {
  requireAdmin(ctx.actor);
  const id = numericParam(ctx, 'screenId', 'screen');
  const screen = ctx.store.docs.screens.get(id);
  if (!screen) throw notFound(`The screen with id '${id}' does not exist.`);
  const projectKey = ctx.query.get('projectKey');
  if (projectKey && !ctx.store.project(projectKey)) throw notFound(`No project could be found with key '${projectKey}'.`);
  return screen;
}

function order<T extends { id: string; name: string }>(items: T[], orderBy: string | null): T[] {
  if (!orderBy) return items;
  const descending = orderBy.startsWith('-');
  const key = orderBy.replace(/^[-+]/, '');
  if (key !== 'id' && key !== 'name') throw badRequest(`The 'orderBy' parameter must be one of id, name, -id, -name, +id, +name; got '${orderBy}'.`);
  const sorted = [...items].sort((a, b) => (key === 'id' ? Number(a.id) - Number(b.id) : a.name.localeCompare(b.name)));
  return descending ? sorted.reverse() : sorted;
}

/** Get screens (GET /rest/api/3/screens): paged (100 by default), filtered by `id`, `queryString` and `scope`. */
function listScreens(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const wanted = new Set(idsParam(ctx, 'id'));
  const query = (ctx.query.get('queryString') ?? '').toLowerCase();
  const scopes = new Set(idsParam(ctx, 'scope'));
  // Every screen of the emulator is global; a filter on TEMPLATE or PROJECT scope alone finds none.
  const globalWanted = scopes.size === 0 || scopes.has('GLOBAL');
  const screens = ctx.store.docs.screens
    .all()
    .filter((s) => globalWanted && (wanted.size === 0 || wanted.has(s.id)) && (!query || s.name.toLowerCase().includes(query)));
  const values = order(
    [...screens].sort((a, b) => Number(a.id) - Number(b.id)),
    ctx.query.get('orderBy'),
  ).map(screenShape);
  return ok(platformPage(values, intQuery(ctx, 'startAt', 0), Math.min(intQuery(ctx, 'maxResults', 100), 100), `${ctx.baseUrl}/rest/api/3/screens`));
}

/** Get all screen tabs (GET /rest/api/3/screens/{screenId}/tabs). */
function listTabs(ctx: RouteContext) {
  return ok(screenOr404(ctx).tabs.map(screenTabShape));
}

/** Get all screen tab fields (GET /rest/api/3/screens/{screenId}/tabs/{tabId}/fields). */
function listTabFields(ctx: RouteContext) {
  const screen = screenOr404(ctx);
  const tab = tabOr404(screen, numericParam(ctx, 'tabId', 'screen tab'));
  return ok(tab.fieldIds.map((id) => screenableFieldShape(ctx.store, id)));
}

const addFieldBody = z.strictObject({ fieldId: z.string().min(1) });

/** Add screen tab field (POST /rest/api/3/screens/{screenId}/tabs/{tabId}/fields): 200 with the field. */
function addTabField(ctx: RouteContext) {
  const screen = screenOr404(ctx);
  const tabId = numericParam(ctx, 'tabId', 'screen tab');
  const { fieldId } = readBody(ctx, addFieldBody);
  addFieldToTab(ctx.store, screen, tabId, fieldId);
  return ok(screenableFieldShape(ctx.store, fieldId));
}

/** Remove screen tab field (DELETE /rest/api/3/screens/{screenId}/tabs/{tabId}/fields/{id}): 204. */
function removeTabField(ctx: RouteContext) {
  const screen = screenOr404(ctx);
  removeFieldFromTab(ctx.store, screen, numericParam(ctx, 'tabId', 'screen tab'), param(ctx, 'id'));
  return noContent();
}

/** Get available screen fields (GET /rest/api/3/screens/{screenId}/availableFields): fields on none of its tabs. */
function availableFields(ctx: RouteContext) {
  const screen = screenOr404(ctx);
  const onScreen = new Set(screen.tabs.flatMap((t) => t.fieldIds));
  return ok(
    screenableFieldIds(ctx.store)
      .filter((id) => !onScreen.has(id))
      .map((id) => screenableFieldShape(ctx.store, id)),
  );
}

/**
 * Add field to default screen (POST /rest/api/3/screens/addToDefault/{fieldId}): the first tab of
 * Jira's Default Screen only, which a project with screens of its own (ACME) does not use.
 */
function addToDefaultScreen(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const screen = ctx.store.docs.screens.get(DEFAULT_SCREEN.id);
  const tab = screen?.tabs[0];
  if (!screen || !tab) throw notFound('The default screen does not exist.');
  addFieldToTab(ctx.store, screen, tab.id, param(ctx, 'fieldId'));
  return ok({});
}

export const screenRoutes: Route[] = [
  route('GET', '/rest/api/3/screens', listScreens),
  route('POST', '/rest/api/3/screens/addToDefault/{fieldId}', addToDefaultScreen),
  route('GET', '/rest/api/3/screens/{screenId}/tabs', listTabs),
  route('GET', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields', listTabFields),
  route('POST', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields', addTabField),
  route('DELETE', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields/{id}', removeTabField),
  route('GET', '/rest/api/3/screens/{screenId}/availableFields', availableFields),
];
