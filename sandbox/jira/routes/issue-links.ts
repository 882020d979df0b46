import { z } from 'zod';
import type { IssueLink, IssueLinkType } from '../model';
import { canSeeIssue, workableIssue } from '../permissions';
import { notFound } from '../rest-error';
import { issueLinkShape } from '../shapes/issue';
import { created, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const issueRef = z
  .object({ id: z.string().optional(), key: z.string().optional() })
  .refine((r) => r.id !== undefined || r.key !== undefined, 'Specify the issue by id or key.');

const linkBody = z.object({
  type: z.object({ id: z.string().optional(), name: z.string().optional() }),
  inwardIssue: issueRef,
  outwardIssue: issueRef,
  comment: z.unknown().optional(),
});

const linkTypeShape = (ctx: RouteContext, t: IssueLinkType) => ({
  id: t.id,
  name: t.name,
  inward: t.inward,
  outward: t.outward,
  self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${t.id}`,
});

function createLink(ctx: RouteContext) {
  const body = readBody(ctx, linkBody);
  const type = ctx.store.docs.issueLinkTypes.find((t) =>
    body.type.id !== undefined ? t.id === body.type.id : t.name.toLowerCase() === body.type.name?.toLowerCase(),
  );
  if (!type) throw notFound(`No issue link type with name '${body.type.name ?? body.type.id ?? ''}' found.`);
  const inward = workableIssue(ctx.store, ctx.actor, body.inwardIssue.id ?? body.inwardIssue.key ?? '', 'link');
  const outward = workableIssue(ctx.store, ctx.actor, body.outwardIssue.id ?? body.outwardIssue.key ?? '', 'link');
  const existing = ctx.store.linksOf(inward.id).find((l) => l.typeId === type.id && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id);
  // Linking the same pair twice with the same type leaves the one link Jira already has.
  const link: IssueLink =
    existing ?? ctx.store.docs.issueLinks.put({ id: ctx.store.nextId('issueLink'), typeId: type.id, inwardIssueId: inward.id, outwardIssueId: outward.id });
  return { ...created(), headers: { location: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}` } };
}

function linkOr404(ctx: RouteContext): IssueLink {
  const link = ctx.store.docs.issueLinks.get(param(ctx, 'linkId'));
  const visible = (id: string): boolean => {
    const issue = ctx.store.docs.issues.get(id);
    return issue !== undefined && canSeeIssue(ctx.store, ctx.actor, issue);
  };
  if (!link || !visible(link.inwardIssueId) || !visible(link.outwardIssueId)) throw notFound('No issue link with id exists.');
  return link;
}

function getLink(ctx: RouteContext) {
  const link = linkOr404(ctx);
  const fromInward = issueLinkShape(ctx, link, link.inwardIssueId);
  const fromOutward = issueLinkShape(ctx, link, link.outwardIssueId);
  return ok({ id: link.id, self: fromInward.self, type: fromInward.type, inwardIssue: fromOutward.inwardIssue, outwardIssue: fromInward.outwardIssue });
}

function deleteLink(ctx: RouteContext) {
  const link = linkOr404(ctx);
  workableIssue(ctx.store, ctx.actor, link.inwardIssueId, 'link');
  workableIssue(ctx.store, ctx.actor, link.outwardIssueId, 'link');
  ctx.store.docs.issueLinks.delete(link.id);
  return noContent();
}

function getLinkType(ctx: RouteContext) {
  const type = ctx.store.docs.issueLinkTypes.get(param(ctx, 'id'));
  if (!type) throw notFound(`No issue link type with id '${param(ctx, 'id')}' found.`);
  return ok(linkTypeShape(ctx, type));
}

export const issueLinkRoutes: Route[] = [
  route('POST', '/rest/api/3/issueLink', createLink),
  route('GET', '/rest/api/3/issueLink/{linkId}', getLink),
  route('DELETE', '/rest/api/3/issueLink/{linkId}', deleteLink),
  route('GET', '/rest/api/3/issueLinkType', (ctx) => ok({ issueLinkTypes: ctx.store.docs.issueLinkTypes.all().map((t) => linkTypeShape(ctx, t)) })),
  route('GET', '/rest/api/3/issueLinkType/{id}', getLinkType),
];
