import { APP_ACCOUNT_ID, SERVER_VERSION, SITE_DEFAULT_LOCALE } from '../constants';
import { canBrowseProject, canSeeIssue, isStaff } from '../permissions';
import { badRequest, issueNotFound, notFound } from '../rest-error';
import { avatarUrls, platformPage } from '../shapes/common';
import { userShape } from '../shapes/user';
import type { JiraUser } from '../model';
import { intQuery, ok, requiredQuery, type RouteContext } from './route-context';
import { route, type Route } from './router';

function myself(ctx: RouteContext) {
  if (ctx.actor.kind === 'user')
    return ok({ ...userShape(ctx.baseUrl, ctx.actor.user), groups: { size: 0, items: [] }, applicationRoles: { size: 0, items: [] } });
  return ok({
    self: `${ctx.baseUrl}/rest/api/3/user?accountId=${APP_ACCOUNT_ID}`,
    accountId: APP_ACCOUNT_ID,
    accountType: 'app',
    avatarUrls: avatarUrls(ctx.baseUrl, 'user', APP_ACCOUNT_ID),
    displayName: 'BRM for Jira Service Management',
    active: true,
    timeZone: 'UTC',
    locale: SITE_DEFAULT_LOCALE,
  });
}

function getUser(ctx: RouteContext) {
  const accountId = requiredQuery(ctx, 'accountId');
  const user = ctx.store.user(accountId);
  if (!user) throw notFound(`Specified user does not exist or you do not have required permissions`);
  return ok(userShape(ctx.baseUrl, user));
}

/** Whether a user matches a user search's `query` (a prefix of a word of the name, or of the email) or its `accountId`. */
function matcher(query: string, accountId: string | null): (user: JiraUser) => boolean {
  return (u) => {
    if (accountId) return u.accountId === accountId;
    if (!query) return true;
    return (
      u.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(query)) ||
      u.displayName.toLowerCase().startsWith(query) ||
      u.emailAddress.toLowerCase().startsWith(query)
    );
  };
}

/** Portal customers lack "Browse users and groups": they find nobody. */
function searchUsers(ctx: RouteContext) {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const accountId = ctx.query.get('accountId');
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = intQuery(ctx, 'maxResults', 50);
  if (!isStaff(ctx.actor)) return ok([]);
  const matches = ctx.store.users().filter(matcher(query, accountId));
  return ok(matches.slice(startAt, startAt + maxResults).map((u) => userShape(ctx.baseUrl, u)));
}

/**
 * Find users with browse permission (GET /rest/api/3/user/viewissue/search): the users matching
 * `query` (or `accountId`, one of the two required) who may browse the issue `issueKey` (or the
 * project `projectKey`, one of the two required), paged by `startAt` and `maxResults`. An issue or
 * project the caller cannot see answers 404, as elsewhere; a caller without "Browse users and
 * groups" (a portal customer) finds nobody.
 */
function usersWithBrowsePermission(ctx: RouteContext) {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const accountId = ctx.query.get('accountId');
  if (!query && !accountId) throw badRequest('One of query or accountId is required.');
  const issueKey = ctx.query.get('issueKey');
  const projectKey = ctx.query.get('projectKey');
  if (!issueKey && !projectKey) throw badRequest('One of issueKey or projectKey is required.');
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = intQuery(ctx, 'maxResults', 50);
  const issue = issueKey ? ctx.store.issue(issueKey) : undefined;
  const project = issue ? ctx.store.docs.projects.get(issue.projectId) : projectKey ? ctx.store.project(projectKey) : undefined;
  if (issueKey && (!issue || !canSeeIssue(ctx.store, ctx.actor, issue))) throw issueNotFound();
  if (!project || (!issue && !canBrowseProject(ctx.store, ctx.actor, project))) throw notFound(`No project could be found with key '${projectKey ?? ''}'.`);
  if (!isStaff(ctx.actor)) return ok([]);
  const mayBrowse = (user: JiraUser): boolean =>
    issue ? canSeeIssue(ctx.store, { kind: 'user', user }, issue) : canBrowseProject(ctx.store, { kind: 'user', user }, project);
  const matches = ctx.store.users().filter((u) => u.active && matcher(query, accountId)(u) && mayBrowse(u));
  return ok(matches.slice(startAt, startAt + maxResults).map((u) => userShape(ctx.baseUrl, u)));
}

function serverInfo(ctx: RouteContext) {
  return ok({
    baseUrl: ctx.baseUrl,
    version: SERVER_VERSION.version,
    versionNumbers: SERVER_VERSION.versionNumbers,
    deploymentType: 'Cloud',
    buildNumber: SERVER_VERSION.buildNumber,
    buildDate: '2026-11-01T00:00:00.000+0000',
    serverTime: ctx.now.toISOString().replace('Z', '+0000'),
    scmInfo: 'sandbox',
    serverTitle: 'Jira',
    defaultLocale: { locale: SITE_DEFAULT_LOCALE },
    serverTimeZone: 'Etc/UTC',
  });
}

/** `GET user/bulk?accountId=a&accountId=b`: the known users among those asked for, paged. */
function bulkUsers(ctx: RouteContext) {
  const ids = ctx.query.getAll('accountId');
  const users = ids
    .map((id) => ctx.store.user(id))
    .filter((u) => u !== undefined)
    .map((u) => userShape(ctx.baseUrl, u));
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = intQuery(ctx, 'maxResults', 10);
  return ok(platformPage(users, startAt, maxResults, `${ctx.baseUrl}/rest/api/3/user/bulk`));
}

export const userRoutes: Route[] = [
  route('GET', '/rest/api/3/myself', myself),
  route('GET', '/rest/api/3/user', getUser),
  route('GET', '/rest/api/3/user/search', searchUsers),
  route('GET', '/rest/api/3/user/bulk', bulkUsers),
  route('GET', '/rest/api/3/user/viewissue/search', usersWithBrowsePermission),
  route('GET', '/rest/api/3/serverInfo', serverInfo, { anonymous: true }),
];
