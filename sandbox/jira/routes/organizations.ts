import { z } from 'zod';
import type { Organization } from '../model';
import { isStaff, requireAdmin } from '../permissions';
import { badRequest, conflict, forbidden, notFound } from '../rest-error';
import { organizationShape } from '../shapes/servicedesk';
import { servicedeskUserShape } from '../shapes/user';
import { created, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';
import { jsmPage } from './servicedesk-common';

const BASE = '/rest/servicedeskapi/organization';

/** Staff see every organization; a customer sees the ones they belong to. */
function canSee(ctx: RouteContext, organization: Organization): boolean {
  return isStaff(ctx.actor) || (ctx.actor.kind === 'user' && organization.memberIds.includes(ctx.actor.user.accountId));
}

function organizationOr404(ctx: RouteContext): Organization {
  const id = param(ctx, 'organizationId');
  const organization = ctx.store.docs.organizations.get(id);
  if (!organization || !canSee(ctx, organization)) throw notFound(`The organization with id '${id}' does not exist.`);
  return organization;
}

function requireStaff(ctx: RouteContext): void {
  if (!isStaff(ctx.actor)) throw forbidden('You must be an agent or an administrator to manage organizations.');
}

function listOrganizations(ctx: RouteContext) {
  const accountId = ctx.query.get('accountId');
  const organizations = ctx.store
    .organizations()
    .filter((o) => canSee(ctx, o))
    .filter((o) => !accountId || o.memberIds.includes(accountId));
  return jsmPage(
    ctx,
    organizations.map((o) => organizationShape(ctx.baseUrl, o)),
    'organization',
  );
}

const nameBody = z.object({ name: z.string().trim().min(1, 'The organization name must not be empty.') });

function createOrganization(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const { name } = readBody(ctx, nameBody);
  if (ctx.store.docs.organizations.find((o) => o.name.toLowerCase() === name.toLowerCase()))
    throw conflict(`An organization with the name '${name}' already exists.`);
  const organization: Organization = { id: ctx.store.nextId('organization'), name, memberIds: [], serviceDeskIds: [], properties: {} };
  ctx.store.docs.organizations.put(organization);
  return created(organizationShape(ctx.baseUrl, organization));
}

function deleteOrganization(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const organization = organizationOr404(ctx);
  ctx.store.docs.organizations.delete(organization.id);
  return noContent();
}

function listMembers(ctx: RouteContext) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  const users = organization.memberIds.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
  return jsmPage(
    ctx,
    users.map((u) => servicedeskUserShape(ctx.baseUrl, u)),
    `organization/${organization.id}/user`,
  );
}

const accountIdsBody = z.object({ accountIds: z.array(z.string()).min(1) });

function changeMembers(ctx: RouteContext, add: boolean) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  const { accountIds } = readBody(ctx, accountIdsBody);
  const unknown = accountIds.filter((id) => !ctx.store.user(id));
  if (unknown.length > 0) throw badRequest(`These accounts do not exist: ${unknown.join(', ')}.`);
  const memberIds = add ? [...new Set([...organization.memberIds, ...accountIds])] : organization.memberIds.filter((id) => !accountIds.includes(id));
  ctx.store.docs.organizations.put({ ...organization, memberIds });
  return noContent();
}

const propertySelf = (ctx: RouteContext, organizationId: string, key: string): string =>
  `${ctx.baseUrl}${BASE}/${organizationId}/property/${encodeURIComponent(key)}`;

function propertyKeys(ctx: RouteContext) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  return ok({ keys: Object.keys(organization.properties).map((key) => ({ self: propertySelf(ctx, organization.id, key), key })) });
}

function getProperty(ctx: RouteContext) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  const key = param(ctx, 'propertyKey');
  if (!(key in organization.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  return ok({ key, value: organization.properties[key] });
}

function setProperty(ctx: RouteContext) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  const key = param(ctx, 'propertyKey');
  if (ctx.body === undefined) throw badRequest('The property value must be valid JSON.');
  if (key.length > 255) throw badRequest('The property key cannot be longer than 255 characters.');
  const existed = key in organization.properties;
  ctx.store.docs.organizations.put({ ...organization, properties: { ...organization.properties, [key]: ctx.body } });
  return existed ? ok({}) : created({});
}

function deleteProperty(ctx: RouteContext) {
  requireStaff(ctx);
  const organization = organizationOr404(ctx);
  const key = param(ctx, 'propertyKey');
  if (!(key in organization.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  const properties = { ...organization.properties };
  delete properties[key];
  ctx.store.docs.organizations.put({ ...organization, properties });
  return noContent();
}

export const organizationRoutes: Route[] = [
  route('GET', BASE, listOrganizations),
  route('POST', BASE, createOrganization),
  route('GET', `${BASE}/{organizationId}`, (ctx) => ok(organizationShape(ctx.baseUrl, organizationOr404(ctx)))),
  route('DELETE', `${BASE}/{organizationId}`, deleteOrganization),
  route('GET', `${BASE}/{organizationId}/user`, listMembers),
  route('POST', `${BASE}/{organizationId}/user`, (ctx) => changeMembers(ctx, true)),
  route('DELETE', `${BASE}/{organizationId}/user`, (ctx) => changeMembers(ctx, false)),
  route('GET', `${BASE}/{organizationId}/property`, propertyKeys),
  route('GET', `${BASE}/{organizationId}/property/{propertyKey}`, getProperty),
  route('PUT', `${BASE}/{organizationId}/property/{propertyKey}`, setProperty),
  route('DELETE', `${BASE}/{organizationId}/property/{propertyKey}`, deleteProperty),
];
