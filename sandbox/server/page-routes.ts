import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JiraUser } from '../jira/model';
import { html, type Html } from './html';
import { readForm, redirect, sendHtml } from './http-io';
import { JiraReads } from './jira-reads';
import { adminModulePage, appsPage } from './pages/admin-page';
import { globalModulePage } from './pages/global-page';
import { addGadget, createDashboard, dashboardPage, dashboardsPage, removeGadget } from './pages/dashboard';
import { homePage } from './pages/home';
import { issueListPage } from './pages/issue-list';
import { issueViewPage } from './pages/issue-view';
import { organizationPage, organizationsPage } from './pages/organization';
import type { PageContext } from './pages/page-context';
import { helpCenterPage, myRequestsPage, portalHomePage, portalRequestPage } from './pages/portal';
import { createRequestPage, draftOf, raiseRequest } from './pages/portal-create';
import { changeIssueTypeField, issueTypeFieldsPage } from './pages/project-settings/issue-type-fields-page';
import { createIssueType, issueTypeDraftOf, issueTypesPage } from './pages/project-settings/issue-types-page';
import { JIRA_CLOUD_ALIASES, PROJECT_SETTINGS, PROJECT_SETTINGS_ROUTES } from './pages/project-settings/paths';
import { changeRequestTypeGroup, requestTypesPage } from './pages/project-settings/request-types-page';
import { changeScreenField, screensPage } from './pages/project-settings/screens-page';
import type { Router } from './router';
import type { ServerServices } from './server';
import { colorModeOf, cookieUser, defaultUser, sessionCookie } from './session';

type PageResult = Html | { status: number; page: Html };
type ActionResult = PageResult | { redirect: string };
type RouteArgs = { req: IncomingMessage; res: ServerResponse; url: URL; params: Record<string, string> };

/**
 * Whether a form post comes from the site's own pages. Browsers name the page's origin on every
 * POST; one from another site must not act as the sandbox's signed-in user.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** The JSM screens where the app's modules appear. Every page acts as the signed-in user. */
export function registerPageRoutes(router: Router, services: ServerServices): void {
  const contextFor = (req: IncomingMessage, url: URL, user: JiraUser): PageContext => ({
    sandbox: services.sandbox,
    user,
    switchableUsers: services.switchableUsers(),
    colorMode: colorModeOf(req),
    url,
    reads: new JiraReads(services.sandbox.jira, { kind: 'user', accountId: user.accountId }),
    dashboards: services.dashboards,
  });

  const sendResult = (res: ServerResponse, result: PageResult, headers: Record<string, string>): void => {
    if ('status' in result) sendHtml(res, result.status, result.page, headers);
    else sendHtml(res, 200, result, headers);
  };

  const page =
    (render: (ctx: PageContext, params: Record<string, string>) => Promise<PageResult> | PageResult) =>
    async ({ req, res, url, params }: RouteArgs) => {
      const signedIn = cookieUser(req, services.users, services.signer);
      const user = signedIn ?? defaultUser(services.users);
      if (!user) {
        sendHtml(
          res,
          503,
          html`<!doctype html><title>Sandbox not seeded</title><p>The sandbox has no users yet. Run <code>npm run seed</code>, then reload.</p>`,
        );
        return;
      }
      const result = await render(contextFor(req, url, user), params);
      // The first visit signs in as the default user, so that the app frames act as them too.
      sendResult(res, result, signedIn ? {} : { 'set-cookie': sessionCookie(services.signer, user.accountId) });
    };

  // A form's post acts only as the user the session names: never as the default user, and never
  // for another site's page.
  const action =
    (handle: (ctx: PageContext, params: Record<string, string>, form: URLSearchParams) => Promise<ActionResult>) =>
    async ({ req, res, url, params }: RouteArgs) => {
      if (!sameOrigin(req)) {
        sendHtml(res, 403, html`<!doctype html><title>Refused</title><p>This form can only be sent from the sandbox's own pages.</p>`);
        return;
      }
      const user = cookieUser(req, services.users, services.signer);
      if (!user) {
        sendHtml(res, 401, html`<!doctype html><title>Not signed in</title><p>Choose who you are in the header of any page, then send the form again.</p>`);
        return;
      }
      const result = await handle(contextFor(req, url, user), params, await readForm(req));
      if ('redirect' in result) redirect(res, result.redirect);
      else sendResult(res, result, {});
    };

  router.get(
    '/',
    page((ctx) => homePage(ctx)),
  );
  router.get(
    '/issues',
    page((ctx) => issueListPage(ctx)),
  );
  router.get(
    '/issues/',
    page((ctx) => issueListPage(ctx)),
  );
  router.get(
    '/jira/software/projects/:projectKey/issues',
    page((ctx, p) => issueListPage(ctx, p.projectKey)),
  );
  router.get(
    '/jira/servicedesk/projects/:projectKey/issues',
    page((ctx, p) => issueListPage(ctx, p.projectKey)),
  );
  router.get(
    '/browse/:issueKey',
    page((ctx, p) => issueViewPage(ctx, p.issueKey ?? '')),
  );
  router.get(
    '/servicedesk/customer/user/requests',
    page((ctx) => myRequestsPage(ctx)),
  );
  router.get(
    '/servicedesk/customer/portals',
    page((ctx) => helpCenterPage(ctx)),
  );
  router.get(
    '/servicedesk/customer/portal/:deskId',
    page((ctx, p) => portalHomePage(ctx, p.deskId ?? '')),
  );
  router.get(
    '/servicedesk/customer/portal/:deskId/create/:requestTypeId',
    page((ctx, p) => createRequestPage(ctx, p.deskId ?? '', p.requestTypeId ?? '')),
  );
  router.post(
    '/servicedesk/customer/portal/:deskId/create/:requestTypeId',
    action((ctx, p, form) => raiseRequest(ctx, p.deskId ?? '', p.requestTypeId ?? '', draftOf(form))),
  );
  router.get(
    '/servicedesk/customer/portal/:deskId/:issueKey',
    page((ctx, p) => portalRequestPage(ctx, p.deskId ?? '', p.issueKey ?? '')),
  );
  router.get(
    '/jira/servicedesk/organizations',
    page((ctx) => organizationsPage(ctx)),
  );
  router.get(
    '/jira/servicedesk/organizations/:organizationId',
    page((ctx, p) => organizationPage(ctx, p.organizationId ?? '')),
  );
  router.get(
    '/jira/servicedesk/projects/:projectKey/organization/:organizationId',
    page((ctx, p) => organizationPage(ctx, p.organizationId ?? '', p.projectKey ?? '')),
  );
  router.get(
    '/jira/dashboards',
    page((ctx) => dashboardsPage(ctx)),
  );
  router.post(
    '/jira/dashboards',
    action(async (ctx, _p, form) => createDashboard(ctx, form)),
  );
  router.get(
    '/jira/dashboards/:dashboardId',
    page((ctx, p) => dashboardPage(ctx, p.dashboardId ?? '1')),
  );
  router.post(
    '/jira/dashboards/:dashboardId/gadgets',
    action(async (ctx, p, form) => addGadget(ctx, p.dashboardId ?? '', form)),
  );
  router.post(
    '/jira/dashboards/:dashboardId/gadgets/:gadgetId/remove',
    action(async (ctx, p) => removeGadget(ctx, p.dashboardId ?? '', p.gadgetId ?? '')),
  );
  // Project settings (Jira admins only): see pages/project-settings/paths.ts for the URLs.
  const routes = PROJECT_SETTINGS_ROUTES;
  const key = (p: Record<string, string>): string => p.projectKey ?? '';
  const field = (form: URLSearchParams): string => form.get('fieldId') ?? '';
  const group = (form: URLSearchParams): string => form.get('groupId') ?? '';
  router.get(
    routes.issueTypes,
    page((ctx, p) => issueTypesPage(ctx, key(p))),
  );
  router.post(
    routes.issueTypes,
    action(async (ctx, p, form) => createIssueType(ctx, key(p), issueTypeDraftOf(form))),
  );
  router.get(
    routes.issueTypeFields,
    page((ctx, p) => issueTypeFieldsPage(ctx, key(p), p.issueTypeId ?? '')),
  );
  router.post(
    `${routes.issueTypeFields}/fields`,
    action(async (ctx, p, form) => changeIssueTypeField(ctx, key(p), p.issueTypeId ?? '', field(form), 'add')),
  );
  router.post(
    `${routes.issueTypeFields}/fields/remove`,
    action(async (ctx, p, form) => changeIssueTypeField(ctx, key(p), p.issueTypeId ?? '', field(form), 'remove')),
  );
  router.get(
    routes.screens,
    page((ctx, p) => screensPage(ctx, key(p))),
  );
  router.post(
    `${routes.screens}/:screenId/tabs/:tabId/fields`,
    action((ctx, p, form) => changeScreenField(ctx, key(p), p.screenId ?? '', p.tabId ?? '', field(form), 'add')),
  );
  router.post(
    `${routes.screens}/:screenId/tabs/:tabId/fields/remove`,
    action((ctx, p, form) => changeScreenField(ctx, key(p), p.screenId ?? '', p.tabId ?? '', field(form), 'remove')),
  );
  router.get(
    routes.requestTypes,
    page((ctx, p) => requestTypesPage(ctx, key(p))),
  );
  router.post(
    `${routes.requestTypes}/:requestTypeId/groups`,
    action((ctx, p, form) => changeRequestTypeGroup(ctx, key(p), p.requestTypeId ?? '', group(form), 'add')),
  );
  router.post(
    `${routes.requestTypes}/:requestTypeId/groups/remove`,
    action((ctx, p, form) => changeRequestTypeGroup(ctx, key(p), p.requestTypeId ?? '', group(form), 'remove')),
  );
  // Jira Cloud's own addresses of the same pages (links an app builds from the site URL).
  router.get(JIRA_CLOUD_ALIASES.screens, ({ res, params }) => redirect(res, PROJECT_SETTINGS.screens(key(params))));
  router.get(JIRA_CLOUD_ALIASES.requestTypeCategory, ({ res, params }) => redirect(res, PROJECT_SETTINGS.requestTypes(key(params))));

  router.get(
    '/jira/settings/apps',
    page((ctx) => appsPage(ctx)),
  );
  router.get(
    '/jira/apps/:appId/:environmentId',
    page((ctx, p) => globalModulePage(ctx, p.appId ?? '', p.environmentId ?? '', '')),
  );
  router.get(
    '/jira/apps/:appId/:environmentId/*',
    page((ctx, p) => globalModulePage(ctx, p.appId ?? '', p.environmentId ?? '', p.rest ?? '')),
  );
  router.get(
    '/jira/settings/apps/:moduleKey',
    page((ctx, p) => adminModulePage(ctx, p.moduleKey ?? '', '')),
  );
  router.get(
    '/jira/settings/apps/:moduleKey/*',
    page((ctx, p) => adminModulePage(ctx, p.moduleKey ?? '', p.rest ?? '')),
  );
}
