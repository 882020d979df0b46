import { z } from 'zod';
import { screenFieldIds } from '../fields/screens';
import { JSM_FIELDS } from '../fields/system-fields';
import { applyFields } from '../issues/field-input';
import { createIssue, newIssueDraft } from '../issues/issue-writes';
import type { JiraUser, ServiceDesk, StoredIssue } from '../model';
import { canSeeIssue, involvement, isAgentOf, isCustomerOfDesk, isStaff } from '../permissions';
import { badRequest, forbidden, notFound, RestError } from '../rest-error';
import { textToAdf } from '../shapes/adf';
import { requestShape } from '../shapes/request';
import { servicedeskUserShape } from '../shapes/user';
import type { JiraStore } from '../store/jira-store';
import { callerLocale, created, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';
import { canUseDesk, jsmPage } from './servicedesk-common';

const BASE = '/rest/servicedeskapi/request';
const idLike = z.union([z.string(), z.number()]).transform(String);

const createBody = z.object({
  serviceDeskId: idLike,
  requestTypeId: idLike,
  requestFieldValues: z.record(z.string(), z.unknown()),
  raiseOnBehalfOf: z.string().optional(),
  requestParticipants: z.array(z.string()).optional(),
  isAdfRequest: z.boolean().optional(),
  channel: z.string().optional(),
});

const deskOfIssue = (store: JiraStore, issue: StoredIssue): ServiceDesk | undefined => store.serviceDeskOfProject(issue.projectId);

function requestOr404(ctx: RouteContext): { issue: StoredIssue; desk: ServiceDesk } {
  const idOrKey = param(ctx, 'issueIdOrKey');
  const issue = ctx.store.issue(idOrKey);
  const desk = issue ? deskOfIssue(ctx.store, issue) : undefined;
  if (!issue || !desk || !canSeeIssue(ctx.store, ctx.actor, issue))
    throw notFound(`The request '${idOrKey}' does not exist or you do not have permission to see it.`);
  return { issue, desk };
}

/**
 * Which organizations a new request is shared with. The customer chooses with the Organizations
 * field (`customfield_10002`, ids of their organizations on this desk; `[]` keeps it private).
 * Without a choice, a reporter in exactly one of the desk's organizations shares with it, and a
 * reporter in several shares with none, since the portal cannot guess which one they meant.
 */
export function sharedOrganizations(store: JiraStore, reporter: JiraUser, desk: ServiceDesk, choice: unknown): string[] {
  const eligible = store
    .organizationsOf(reporter.accountId)
    .filter((o) => o.serviceDeskIds.includes(desk.id))
    .map((o) => o.id);
  if (choice === undefined) return eligible.length === 1 ? eligible : [];
  if (!Array.isArray(choice)) throw badRequest('Organizations must be a list of organization ids.');
  const ids = choice.map((c: unknown) => (typeof c === 'object' && c !== null && 'id' in c ? String(c.id) : String(c)));
  const foreign = ids.filter((id) => !eligible.includes(id));
  if (foreign.length > 0) throw badRequest(`The reporter cannot share the request with these organizations: ${foreign.join(', ')}.`);
  return [...new Set(ids)];
}

function resolveReporter(ctx: RouteContext, desk: ServiceDesk, onBehalfOf: string | undefined): JiraUser {
  if (onBehalfOf === undefined) {
    if (ctx.actor.kind !== 'user') throw badRequest('Requests raised by an app must name the customer in raiseOnBehalfOf.');
    return ctx.actor.user;
  }
  if (!isStaff(ctx.actor)) throw forbidden('Only agents can raise requests on behalf of customers.');
  const user = ctx.store.user(onBehalfOf) ?? ctx.store.userByEmail(onBehalfOf);
  if (!user) throw badRequest(`The user '${onBehalfOf}' does not exist.`);
  if (user.kind === 'customer' && !isCustomerOfDesk(ctx.store, user.accountId, desk))
    throw badRequest(`The user '${onBehalfOf}' is not a customer of this service project.`);
  return user;
}

function parseAdf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The description is not a valid Atlassian Document.');
  }
}

function createRequest(ctx: RouteContext) {
  const body = readBody(ctx, createBody);
  const desk = ctx.store.docs.serviceDesks.get(body.serviceDeskId);
  const project = desk ? ctx.store.docs.projects.get(desk.projectId) : undefined;
  if (!desk || !project) throw notFound(`The service project with id '${body.serviceDeskId}' does not exist.`);
  if (!canUseDesk(ctx, desk, project)) throw forbidden('You do not have permission to raise requests in this service project.');
  const requestType = ctx.store.docs.requestTypes.get(body.requestTypeId);
  if (!requestType || requestType.serviceDeskId !== desk.id)
    throw badRequest(`The request type '${body.requestTypeId}' does not exist in this service project.`);
  const issueType = ctx.store.docs.issueTypes.get(requestType.issueTypeId);
  if (!issueType) throw new Error(`Request type ${requestType.id} points at missing issue type ${requestType.issueTypeId}.`);
  const reporter = resolveReporter(ctx, desk, body.raiseOnBehalfOf);

  const { summary, description, [JSM_FIELDS.organizations.id]: organizationChoice, ...otherFields } = body.requestFieldValues;
  if (typeof summary !== 'string' || summary.trim() === '') throw new RestError(400, [], { summary: 'Summary is required.' });
  let adfDescription: unknown = null;
  if (typeof description === 'string') adfDescription = body.isAdfRequest ? parseAdf(description) : textToAdf(description);
  else if (description !== undefined && description !== null) adfDescription = description;

  const participantIds = body.requestParticipants ?? [];
  const unknownParticipants = participantIds.filter((id) => !ctx.store.user(id));
  if (unknownParticipants.length > 0) throw badRequest(`These participants do not exist: ${unknownParticipants.join(', ')}.`);

  const draft: StoredIssue = {
    ...newIssueDraft(project, issueType, ctx.now, reporter.accountId),
    summary: summary.trim(),
    description: adfDescription,
    requestTypeId: requestType.id,
    organizationIds: sharedOrganizations(ctx.store, reporter, desk, organizationChoice),
    participantIds: [...new Set(participantIds)],
  };
  // A request type's fields come from its issue type's create screen (JSM: "the new field must be
  // available in the create screen"), so a field beyond it cannot be set.
  const result = applyFields(ctx.store, draft, otherFields, {
    mode: 'create',
    screen: screenFieldIds(ctx.store, project, issueType.id, 'create'),
    locale: callerLocale(ctx),
  });
  if (Object.keys(result.errors).length > 0) throw new RestError(400, [], result.errors);
  const issue = createIssue(ctx, result.issue);
  return created(requestShape(ctx, issue, desk.id, ctx.now));
}

const OPEN_CATEGORIES = new Set(['new', 'indeterminate']);

function listRequests(ctx: RouteContext) {
  const ownership = ctx.query.get('requestOwnership') ?? 'ALL_REQUESTS';
  const statusFilter = ctx.query.get('requestStatus') ?? 'ALL_REQUESTS';
  const deskFilter = ctx.query.get('serviceDeskId');
  const typeFilter = ctx.query.get('requestTypeId');
  const term = (ctx.query.get('searchTerm') ?? '').toLowerCase();
  const me = ctx.actor.kind === 'user' ? ctx.actor.user.accountId : null;
  const myOrganizations = new Set(me ? ctx.store.organizationsOf(me).map((o) => o.id) : []);
  const involved = me ? involvement(ctx.store, me) : () => true;
  const deskByProject = new Map(ctx.store.docs.serviceDesks.all().map((d) => [d.projectId, d]));

  const owned = (issue: StoredIssue): boolean => {
    switch (ownership) {
      case 'OWNED_REQUESTS':
        return issue.reporterId === me;
      case 'PARTICIPATED_REQUESTS':
        return me !== null && issue.participantIds.includes(me);
      case 'ORGANIZATION':
      case 'ALL_ORGANIZATIONS':
        return issue.organizationIds.some((id) => myOrganizations.has(id));
      default:
        return involved(issue);
    }
  };
  const values = ctx.store.docs.issues
    .filter((issue) => {
      const desk = deskByProject.get(issue.projectId);
      if (!desk || issue.requestTypeId === null) return false;
      if (deskFilter && desk.id !== deskFilter) return false;
      if (typeFilter && issue.requestTypeId !== typeFilter) return false;
      if (!owned(issue)) return false;
      const category = ctx.store.docs.statuses.get(issue.statusId)?.categoryKey ?? 'new';
      if (statusFilter === 'OPEN_REQUESTS' && !OPEN_CATEGORIES.has(category)) return false;
      if (statusFilter === 'CLOSED_REQUESTS' && OPEN_CATEGORIES.has(category)) return false;
      return !term || issue.summary.toLowerCase().includes(term);
    })
    .sort((a, b) => b.created.localeCompare(a.created) || Number(b.id) - Number(a.id))
    .map((issue) => requestShape(ctx, issue, deskByProject.get(issue.projectId)?.id ?? '', ctx.now));
  return jsmPage(ctx, values, 'request');
}

function getRequest(ctx: RouteContext) {
  const { issue, desk } = requestOr404(ctx);
  return ok(requestShape(ctx, issue, desk.id, ctx.now));
}

function participantPage(ctx: RouteContext, issue: StoredIssue) {
  const users = issue.participantIds.map((id) => ctx.store.user(id)).filter((u) => u !== undefined);
  return jsmPage(
    ctx,
    users.map((u) => servicedeskUserShape(ctx.baseUrl, u)),
    `request/${issue.id}/participant`,
  );
}

const participantsBody = z.object({ accountIds: z.array(z.string()).min(1) });

function addParticipants(ctx: RouteContext) {
  const { issue } = requestOr404(ctx);
  const project = ctx.store.docs.projects.get(issue.projectId);
  const me = ctx.actor.kind === 'user' ? ctx.actor.user.accountId : null;
  if (!(project && isAgentOf(ctx.actor, project)) && issue.reporterId !== me)
    throw forbidden('Only the reporter and agents can add participants to this request.');
  const { accountIds } = readBody(ctx, participantsBody);
  const unknown = accountIds.filter((id) => !ctx.store.user(id));
  if (unknown.length > 0) throw badRequest(`These accounts do not exist: ${unknown.join(', ')}.`);
  const saved = ctx.store.docs.issues.put({ ...issue, participantIds: [...new Set([...issue.participantIds, ...accountIds])] });
  return participantPage(ctx, saved);
}

export const requestRoutes: Route[] = [
  route('GET', BASE, listRequests),
  route('POST', BASE, createRequest),
  route('GET', `${BASE}/{issueIdOrKey}`, getRequest),
  route('GET', `${BASE}/{issueIdOrKey}/participant`, (ctx) => participantPage(ctx, requestOr404(ctx).issue)),
  route('POST', `${BASE}/{issueIdOrKey}/participant`, addParticipants),
];
