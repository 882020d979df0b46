import { z } from 'zod';
import { APP_ACCOUNT_ID } from '../constants';
import type { IssueComment, StoredIssue } from '../model';
import { canSeeIssue, isAgentOf } from '../permissions';
import { badRequest, forbidden, notFound } from '../rest-error';
import { jsmDate } from '../shapes/jsm-date';
import { servicedeskUserShape } from '../shapes/user';
import { created, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';
import { jsmPage } from './servicedesk-common';

/**
 * Request comments (Get request comments, GET /rest/servicedeskapi/request/{issueIdOrKey}/comment;
 * Create request comment, POST …/comment; Get request comment by id, GET …/comment/{commentId}).
 * Comments are plain text. "Customers can set comments to public visibility only" and see only
 * public comments; agents of the project (and the app) see and write both.
 */

const BASE = '/rest/servicedeskapi/request/{issueIdOrKey}/comment';

/** CommentCreateDTO has `additionalProperties: false`. */
const createBody = z.strictObject({ body: z.string(), public: z.boolean().optional() });

function requestOf(ctx: RouteContext): StoredIssue {
  const idOrKey = param(ctx, 'issueIdOrKey');
  const issue = ctx.store.issue(idOrKey);
  if (!issue || !ctx.store.serviceDeskOfProject(issue.projectId) || !canSeeIssue(ctx.store, ctx.actor, issue))
    throw notFound(`The request '${idOrKey}' does not exist or you do not have permission to see it.`);
  return issue;
}

function seesInternal(ctx: RouteContext, issue: StoredIssue): boolean {
  const project = ctx.store.docs.projects.get(issue.projectId);
  return project !== undefined && isAgentOf(ctx.actor, project);
}

function commentShape(ctx: RouteContext, comment: IssueComment): Record<string, unknown> {
  const author = ctx.store.user(comment.authorId);
  const appAuthor = { accountId: APP_ACCOUNT_ID, displayName: 'BRM for Jira Service Management', active: true, timeZone: 'UTC' };
  return {
    id: comment.id,
    body: comment.body,
    public: comment.public,
    author: author ? servicedeskUserShape(ctx.baseUrl, author) : comment.authorId === APP_ACCOUNT_ID ? appAuthor : null,
    created: jsmDate(comment.created, ctx.now),
    _links: { self: `${ctx.baseUrl}/rest/servicedeskapi/request/${comment.issueId}/comment/${comment.id}` },
  };
}

function listComments(ctx: RouteContext) {
  const issue = requestOf(ctx);
  const internalAllowed = seesInternal(ctx, issue);
  const wantPublic = ctx.query.get('public') !== 'false';
  const wantInternal = internalAllowed && ctx.query.get('internal') !== 'false';
  const comments = ctx.store.docs.comments
    .filter((c) => c.issueId === issue.id && (c.public ? wantPublic : wantInternal))
    .sort((a, b) => a.created.localeCompare(b.created) || Number(a.id) - Number(b.id))
    .map((c) => commentShape(ctx, c));
  return jsmPage(ctx, comments, `request/${issue.id}/comment`);
}

function createComment(ctx: RouteContext) {
  const issue = requestOf(ctx);
  const body = readBody(ctx, createBody);
  if (body.body.trim() === '') throw badRequest('The comment body is required.');
  const isPublic = body.public ?? true;
  if (!isPublic && !seesInternal(ctx, issue)) throw forbidden('Customers can set comments to public visibility only.');
  const authorId = ctx.actor.kind === 'user' ? ctx.actor.user.accountId : ctx.actor.kind === 'app' ? APP_ACCOUNT_ID : '';
  if (authorId === '') throw forbidden('You must be signed in to comment.');
  const comment: IssueComment = {
    id: ctx.store.nextId('comment'),
    issueId: issue.id,
    authorId,
    body: body.body,
    public: isPublic,
    created: ctx.now.toISOString(),
  };
  ctx.store.docs.comments.put(comment);
  return created(commentShape(ctx, comment));
}

function getComment(ctx: RouteContext) {
  const issue = requestOf(ctx);
  const comment = ctx.store.docs.comments.get(param(ctx, 'commentId'));
  if (!comment || comment.issueId !== issue.id || (!comment.public && !seesInternal(ctx, issue)))
    throw notFound('The comment does not exist or you do not have permission to see it.');
  return ok(commentShape(ctx, comment));
}

export const requestCommentRoutes: Route[] = [
  route('GET', BASE, listComments),
  route('POST', BASE, createComment),
  route('GET', `${BASE}/{commentId}`, getComment),
];
