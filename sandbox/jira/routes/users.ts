import { APP_ACCOUNT_ID, SERVER_VERSION } from '../constants';
import { isStaff } from '../permissions';
import { notFound } from '../rest-error';
import { avatarUrls, platformPage } from '../shapes/common';
import { userShape } from '../shapes/user';
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
    locale: 'en_US',
  });
}

function getUser(ctx: RouteContext) {
  const accountId = requiredQuery(ctx, 'accountId');
  const user = ctx.store.user(accountId);
  if (!user) throw notFound(`Specified user does not exist or you do not have required permissions`);
  return ok(userShape(ctx.baseUrl, user));
}

/** Portal customers lack "Browse users and groups": they find nobody. */
function searchUsers(ctx: RouteContext) {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const accountId = ctx.query.get('accountId');
  const startAt = intQuery(ctx, 'startAt', 0);
  const maxResults = intQuery(ctx, 'maxResults', 50);
  if (!isStaff(ctx.actor)) return ok([]);
  const matches = ctx.store.users().filter((u) => {
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
  });
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
    defaultLocale: { locale: 'en_US' },
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
  route('GET', '/rest/api/3/serverInfo', serverInfo, { anonymous: true }),
];
