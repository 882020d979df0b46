import { z } from 'zod';
import { canSeeIssue } from '../permissions';
import { badRequest, ISSUE_NOT_FOUND } from '../rest-error';
import { decodePageToken, encodePageToken } from '../search/page-token';
import type { IssueSearch } from '../search/issue-search';
import { fieldNames } from '../shapes/field';
import { FieldSelection } from '../shapes/field-selection';
import { issueShape } from '../shapes/issue';
import { ok, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const DEFAULT_PAGE = 50;
const MAX_PAGE_IDS_ONLY = 5000;
const MAX_PAGE_WITH_FIELDS = 100;

const stringList = z.union([z.string().transform((s) => s.split(',')), z.array(z.string())]);

const searchBody = z.object({
  jql: z.string().default(''),
  nextPageToken: z.string().nullish(),
  maxResults: z.number().int().min(0).optional(),
  fields: stringList.optional(),
  expand: stringList.optional(),
  properties: stringList.optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number()).optional(),
});

type SearchInput = z.infer<typeof searchBody>;

function searchFromQuery(ctx: RouteContext): SearchInput {
  const list = (name: string): string[] => ctx.query.getAll(name).flatMap((v) => v.split(','));
  const max = ctx.query.get('maxResults');
  const maxResults = max === null || max === '' ? undefined : Number(max);
  if (maxResults !== undefined && (!Number.isInteger(maxResults) || maxResults < 0))
    throw badRequest(`The 'maxResults' parameter must be a non-negative integer; got '${max ?? ''}'.`);
  return {
    jql: ctx.query.get('jql') ?? '',
    nextPageToken: ctx.query.get('nextPageToken'),
    maxResults,
    fields: list('fields'),
    expand: list('expand'),
    properties: list('properties'),
  };
}

/** One page of `search/jql`, sliced from the sorted result the search caches. */
function searchPage(ctx: RouteContext, search: IssueSearch, input: SearchInput) {
  const selection = FieldSelection.parse(input.fields, ['id']);
  const limit = selection.idsOnly ? MAX_PAGE_IDS_ONLY : MAX_PAGE_WITH_FIELDS;
  const pageSize = Math.min(input.maxResults ?? DEFAULT_PAGE, limit);
  const start = decodePageToken(input.jql, input.nextPageToken);
  const matches = search.search(ctx.actor, input.jql, ctx.now);
  const slice = matches.slice(start, start + pageSize);
  const expand = new Set((input.expand ?? []).map((e) => e.trim()));
  // Per issue, enhanced search expands only `renderedFields`; `names` is one map for the page.
  const issueExpand = new Set(expand.has('renderedFields') ? ['renderedFields'] : []);
  const issues = slice.map((issue) => {
    const shape = issueShape(ctx, issue, selection, issueExpand);
    if (input.properties?.length) {
      const all = input.properties.includes('*all');
      shape.properties = Object.fromEntries(Object.entries(issue.properties).filter(([key]) => all || input.properties?.includes(key)));
    }
    return shape;
  });
  const next = start + slice.length;
  const isLast = next >= matches.length || pageSize === 0;
  const body: Record<string, unknown> = { issues, isLast };
  if (!isLast) body.nextPageToken = encodePageToken(input.jql, next);
  if (expand.has('names')) {
    const names = fieldNames(ctx.store.fields());
    const seen = new Set(issues.flatMap((i) => (typeof i.fields === 'object' && i.fields !== null ? Object.keys(i.fields) : [])));
    body.names = Object.fromEntries([...seen].map((id) => [id, names.get(id) ?? id]));
  }
  return ok(body);
}

const countBody = z.object({ jql: z.string().default('') });

const bulkFetchBody = z.object({
  issueIdsOrKeys: z.array(z.string()).min(1),
  fields: stringList.optional(),
  expand: stringList.optional(),
  properties: stringList.optional(),
  fieldsByKeys: z.boolean().optional(),
});

const BULK_LIMIT = 100;

function bulkFetch(ctx: RouteContext) {
  const body = readBody(ctx, bulkFetchBody);
  if (body.issueIdsOrKeys.length > BULK_LIMIT) throw badRequest(`The number of issues requested exceeds the maximum of ${BULK_LIMIT}.`);
  const selection = FieldSelection.parse(body.fields, ['*navigable']);
  const expand = new Set(body.expand ?? []);
  const issues: Record<string, unknown>[] = [];
  const issueErrors: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const idOrKey of body.issueIdsOrKeys) {
    const issue = ctx.store.issue(idOrKey);
    if (!issue || !canSeeIssue(ctx.store, ctx.actor, issue)) {
      issueErrors.push({ id: idOrKey, errorMessage: ISSUE_NOT_FOUND });
      continue;
    }
    if (seen.has(issue.id)) continue;
    seen.add(issue.id);
    issues.push(issueShape(ctx, issue, selection, expand));
  }
  return ok({ expand: 'schema,names', issues, issueErrors });
}

/** The search family needs the emulator's search engine (with its cache), so it is built around one. */
export function searchRoutes(search: IssueSearch): Route[] {
  return [
    route('GET', '/rest/api/3/search/jql', (ctx) => searchPage(ctx, search, searchFromQuery(ctx))),
    route('POST', '/rest/api/3/search/jql', (ctx) => searchPage(ctx, search, readBody(ctx, searchBody))),
    route('POST', '/rest/api/3/search/approximate-count', (ctx) => ok({ count: search.count(ctx.actor, readBody(ctx, countBody).jql, ctx.now) })),
    route('POST', '/rest/api/3/issue/bulkfetch', bulkFetch),
  ];
}
