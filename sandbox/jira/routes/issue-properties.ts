import { visibleIssue, workableIssue } from '../permissions';
import { badRequest, notFound } from '../rest-error';
import { created, noContent, ok, param, type RouteContext } from './route-context';
import { route, type Route } from './router';

/** Jira's limit on one entity property's JSON value. */
const MAX_PROPERTY_LENGTH = 32_768;

const propertySelf = (ctx: RouteContext, issueId: string, key: string): string =>
  `${ctx.baseUrl}/rest/api/3/issue/${issueId}/properties/${encodeURIComponent(key)}`;

function listKeys(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  return ok({ keys: Object.keys(issue.properties).map((key) => ({ self: propertySelf(ctx, issue.id, key), key })) });
}

function getProperty(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const key = param(ctx, 'propertyKey');
  if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  return ok({ key, value: issue.properties[key] });
}

function setProperty(ctx: RouteContext) {
  const issue = workableIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'), 'edit');
  const key = param(ctx, 'propertyKey');
  if (key.length > 255) throw badRequest('The property key cannot be longer than 255 characters.');
  if (ctx.body === undefined) throw badRequest('The property value must be valid JSON.');
  if (JSON.stringify(ctx.body).length > MAX_PROPERTY_LENGTH) throw badRequest(`The property value cannot be longer than ${MAX_PROPERTY_LENGTH} characters.`);
  const existed = key in issue.properties;
  ctx.store.docs.issues.put({ ...issue, properties: { ...issue.properties, [key]: ctx.body } });
  return existed ? ok({}) : created({});
}

function deleteProperty(ctx: RouteContext) {
  const issue = workableIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'), 'edit');
  const key = param(ctx, 'propertyKey');
  if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  const properties = { ...issue.properties };
  delete properties[key];
  ctx.store.docs.issues.put({ ...issue, properties });
  return noContent();
}

const BASE = '/rest/api/3/issue/{issueIdOrKey}/properties';

export const issuePropertyRoutes: Route[] = [
  route('GET', BASE, listKeys),
  route('GET', `${BASE}/{propertyKey}`, getProperty),
  route('PUT', `${BASE}/{propertyKey}`, setProperty),
  route('DELETE', `${BASE}/{propertyKey}`, deleteProperty),
];
