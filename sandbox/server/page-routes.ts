import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, type Html } from './html';
import { cookie, sendHtml } from './http-io';
import { JiraReads } from './jira-reads';
import { adminModulePage, appsPage } from './pages/admin-page';
import { dashboardPage } from './pages/dashboard';
import { homePage } from './pages/home';
import { issueListPage } from './pages/issue-list';
import { issueViewPage } from './pages/issue-view';
import { organizationPage, organizationsPage } from './pages/organization';
import type { PageContext } from './pages/page-context';
import { myRequestsPage, portalHomePage, portalRequestPage } from './pages/portal';
import type { Router } from './router';
import type { ServerServices } from './server';
import { USER_COOKIE, colorModeOf, cookieUser, defaultUser } from './session';

type PageResult = Html | { status: number; page: Html };

/** The JSM screens where the app's modules appear. Every page acts as the signed-in user. */
export function registerPageRoutes(router: Router, services: ServerServices): void {
  const page =
    (render: (ctx: PageContext, params: Record<string, string>) => Promise<PageResult> | PageResult) =>
    async ({ req, res, url, params }: { req: IncomingMessage; res: ServerResponse; url: URL; params: Record<string, string> }) => {
      const signedIn = cookieUser(req, services.users);
      const user = signedIn ?? defaultUser(services.users);
      if (!user) {
        sendHtml(res, 503, html`<!doctype html><title>Sandbox not seeded</title><p>The sandbox has no users yet. Run <code>npm run seed</code>, then reload.</p>`);
        return;
      }
      const ctx: PageContext = {
        sandbox: services.sandbox,
        user,
        switchableUsers: services.switchableUsers(),
        colorMode: colorModeOf(req),
        url,
        reads: new JiraReads(services.sandbox.jira, { kind: 'user', accountId: user.accountId }),
        gadgets: services.gadgets,
      };
      const result = await render(ctx, params);
      // The first visit signs in as the default user, so that the app frames act as them too.
      const headers: Record<string, string> = signedIn ? {} : { 'set-cookie': cookie(USER_COOKIE, user.accountId) };
      if ('status' in result) sendHtml(res, result.status, result.page, headers);
      else sendHtml(res, 200, result, headers);
    };

  router.get('/', page((ctx) => homePage(ctx)));
  router.get('/issues', page((ctx) => issueListPage(ctx)));
  router.get('/issues/', page((ctx) => issueListPage(ctx)));
  router.get('/jira/software/projects/:projectKey/issues', page((ctx, p) => issueListPage(ctx, p.projectKey)));
  router.get('/jira/servicedesk/projects/:projectKey/issues', page((ctx, p) => issueListPage(ctx, p.projectKey)));
  router.get('/browse/:issueKey', page((ctx, p) => issueViewPage(ctx, p.issueKey ?? '')));
  router.get('/servicedesk/customer/user/requests', page((ctx) => myRequestsPage(ctx)));
  router.get('/servicedesk/customer/portals', page((ctx) => myRequestsPage(ctx)));
  router.get('/servicedesk/customer/portal/:deskId', page((ctx, p) => portalHomePage(ctx, p.deskId ?? '')));
  router.get('/servicedesk/customer/portal/:deskId/:issueKey', page((ctx, p) => portalRequestPage(ctx, p.deskId ?? '', p.issueKey ?? '')));
  router.get('/jira/servicedesk/organizations', page((ctx) => organizationsPage(ctx)));
  router.get('/jira/servicedesk/organizations/:organizationId', page((ctx, p) => organizationPage(ctx, p.organizationId ?? '')));
  router.get('/jira/dashboards/:dashboardId', page((ctx, p) => dashboardPage(ctx, p.dashboardId ?? '1')));
  router.get('/jira/settings/apps', page((ctx) => appsPage(ctx)));
  router.get('/jira/settings/apps/:moduleKey', page((ctx, p) => adminModulePage(ctx, p.moduleKey ?? '', '')));
  router.get('/jira/settings/apps/:moduleKey/*', page((ctx, p) => adminModulePage(ctx, p.moduleKey ?? '', p.rest ?? '')));
}
