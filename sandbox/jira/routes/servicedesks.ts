import { z } from 'zod';
import type { RequestType } from '../model';
import { isStaff, requireAdmin } from '../permissions';
import { badRequest, forbidden, notFound } from '../rest-error';
import { organizationShape, requestTypeGroupShape, requestTypeShape, serviceDeskShape } from '../shapes/servicedesk';
import { servicedeskUserShape } from '../shapes/user';
import { noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';
import { canUseDesk, jsmPage, managedDesk, visibleDesk } from './servicedesk-common';

const BASE = '/rest/servicedeskapi/servicedesk';
const idLike = z.union([z.string(), z.number()]).transform(String);

function listDesks(ctx: RouteContext) {
  const values = ctx.store.docs.serviceDesks.all().flatMap((desk) => {
    const project = ctx.store.docs.projects.get(desk.projectId);
    return project && canUseDesk(ctx, desk, project) ? [serviceDeskShape(ctx.baseUrl, desk, project)] : [];
  });
  return jsmPage(ctx, values, 'servicedesk');
}

function getDesk(ctx: RouteContext) {
  const { desk, project } = visibleDesk(ctx, param(ctx, 'serviceDeskId'));
  return ok(serviceDeskShape(ctx.baseUrl, desk, project));
}

/**
 * Get request types (GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype): `groupId`
 * keeps the types of one portal group; `searchQuery` matches name or description and, as the
 * reference says, then leaves out request types hidden from the portal (in no group) unless
 * `includeHiddenRequestTypesInSearch=true`.
 */
function listRequestTypes(ctx: RouteContext) {
  const { desk } = visibleDesk(ctx, param(ctx, 'serviceDeskId'));
  const query = (ctx.query.get('searchQuery') ?? '').toLowerCase();
  const groupId = ctx.query.get('groupId');
  const includeHidden = ctx.query.get('includeHiddenRequestTypesInSearch') === 'true';
  const types = ctx.store.docs.requestTypes.filter((t) => {
    if (t.serviceDeskId !== desk.id) return false;
    if (groupId && !t.groupIds.includes(groupId)) return false;
    if (!query) return true;
    const matches = t.name.toLowerCase().includes(query) || t.description.toLowerCase().includes(query);
    return matches && (includeHidden || t.groupIds.length > 0);
  });
  return jsmPage(
    ctx,
    types.map((t) => requestTypeShape(ctx.baseUrl, t)),
    `servicedesk/${desk.id}/requesttype`,
  );
}

/**
 * Get request type groups (GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup):
 * the desk's portal groups `{ id, name }`, in the order the portal shows them; anyone who may view
 * the desk may list them.
 */
function listRequestTypeGroups(ctx: RouteContext) {
  const { desk } = visibleDesk(ctx, param(ctx, 'serviceDeskId'));
  const groups = ctx.store.docs.requestTypeGroups.filter((g) => g.serviceDeskId === desk.id).sort((a, b) => a.order - b.order || Number(a.id) - Number(b.id));
  return jsmPage(ctx, groups.map(requestTypeGroupShape), `servicedesk/${desk.id}/requesttypegroup`);
}

function getRequestType(ctx: RouteContext) {
  const { desk } = visibleDesk(ctx, param(ctx, 'serviceDeskId'));
  const type = ctx.store.docs.requestTypes.get(param(ctx, 'requestTypeId'));
  if (!type || type.serviceDeskId !== desk.id) throw notFound('The request type does not exist.');
  return ok(requestTypeShape(ctx.baseUrl, type));
}

const requestTypeBody = z.object({
  issueTypeId: idLike,
  name: z.string().min(1),
  description: z.string().optional(),
  helpText: z.string().optional(),
});

/**
 * Create request type (POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype): the new
 * type is in no portal group, so the portal does not offer it until an admin adds it to one.
 */
function createRequestType(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const { desk, project } = visibleDesk(ctx, param(ctx, 'serviceDeskId'));
  const body = readBody(ctx, requestTypeBody);
  if (!ctx.store.issueTypesOfProject(project).some((t) => t.id === body.issueTypeId))
    throw badRequest(`The issue type '${body.issueTypeId}' is not available in this service project.`);
  const duplicate = ctx.store.docs.requestTypes.find((t) => t.serviceDeskId === desk.id && t.name.toLowerCase() === body.name.trim().toLowerCase());
  if (duplicate) throw badRequest(`A request type named '${body.name}' already exists in this service project.`);
  const type: RequestType = {
    id: ctx.store.nextId('requestType'),
    serviceDeskId: desk.id,
    issueTypeId: body.issueTypeId,
    name: body.name.trim(),
    description: body.description ?? '',
    helpText: body.helpText ?? '',
    groupIds: [],
  };
  ctx.store.docs.requestTypes.put(type);
  return ok(requestTypeShape(ctx.baseUrl, type));
}

function listDeskOrganizations(ctx: RouteContext) {
  const { desk } = managedDesk(ctx, param(ctx, 'serviceDeskId'));
  const organizations = ctx.store.organizations().filter((o) => o.serviceDeskIds.includes(desk.id));
  return jsmPage(
    ctx,
    organizations.map((o) => organizationShape(ctx.baseUrl, o)),
    `servicedesk/${desk.id}/organization`,
  );
}

const organizationIdBody = z.object({ organizationId: idLike });

function changeDeskOrganization(ctx: RouteContext, add: boolean) {
  const { desk } = managedDesk(ctx, param(ctx, 'serviceDeskId'));
  const body = readBody(ctx, organizationIdBody);
  const organization = ctx.store.docs.organizations.get(body.organizationId);
  if (!organization) throw notFound(`The organization with id '${body.organizationId}' does not exist.`);
  const others = organization.serviceDeskIds.filter((id) => id !== desk.id);
  ctx.store.docs.organizations.put({ ...organization, serviceDeskIds: add ? [...others, desk.id] : others });
  return noContent();
}

function listDeskCustomers(ctx: RouteContext) {
  const { desk } = managedDesk(ctx, param(ctx, 'serviceDeskId'));
  const ids = new Set(desk.customerIds);
  for (const organization of ctx.store.organizations()) if (organization.serviceDeskIds.includes(desk.id)) for (const id of organization.memberIds) ids.add(id);
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const users = [...ids]
    .map((id) => ctx.store.user(id))
    .filter((u) => u !== undefined)
    .filter((u) => !query || u.displayName.toLowerCase().includes(query) || u.emailAddress.toLowerCase().includes(query))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return jsmPage(
    ctx,
    users.map((u) => servicedeskUserShape(ctx.baseUrl, u)),
    `servicedesk/${desk.id}/customer`,
  );
}

const accountIdsBody = z.object({ accountIds: z.array(z.string()).min(1) });

function addDeskCustomers(ctx: RouteContext) {
  if (!isStaff(ctx.actor)) throw forbidden('You must be an agent of this service project to do this.');
  const { desk } = managedDesk(ctx, param(ctx, 'serviceDeskId'));
  const body = readBody(ctx, accountIdsBody);
  const unknown = body.accountIds.filter((id) => !ctx.store.user(id));
  if (unknown.length > 0) throw badRequest(`These accounts do not exist: ${unknown.join(', ')}.`);
  ctx.store.docs.serviceDesks.put({ ...desk, customerIds: [...new Set([...desk.customerIds, ...body.accountIds])] });
  return noContent();
}

export const serviceDeskRoutes: Route[] = [
  route('GET', BASE, listDesks),
  route('GET', `${BASE}/{serviceDeskId}`, getDesk),
  route('GET', `${BASE}/{serviceDeskId}/requesttype`, listRequestTypes),
  route('POST', `${BASE}/{serviceDeskId}/requesttype`, createRequestType),
  route('GET', `${BASE}/{serviceDeskId}/requesttype/{requestTypeId}`, getRequestType),
  route('GET', `${BASE}/{serviceDeskId}/requesttypegroup`, listRequestTypeGroups),
  route('GET', `${BASE}/{serviceDeskId}/organization`, listDeskOrganizations),
  route('POST', `${BASE}/{serviceDeskId}/organization`, (ctx) => changeDeskOrganization(ctx, true)),
  route('DELETE', `${BASE}/{serviceDeskId}/organization`, (ctx) => changeDeskOrganization(ctx, false)),
  route('GET', `${BASE}/{serviceDeskId}/customer`, listDeskCustomers),
  route('POST', `${BASE}/{serviceDeskId}/customer`, addDeskCustomers),
];
