import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { jiraIssue, type JiraIssue } from './issues';

/** At most this many issues in one page of `search/jql` when fields are asked for (Jira's cap). */
export const SEARCH_PAGE_MAX = 100;

export interface SearchRequest {
  jql: string;
  /** The fields to return, and nothing else (ids such as `summary`, `customfield_10050`). */
  fields: readonly string[];
  /** Entity properties to return with each issue. */
  properties?: readonly string[];
  maxResults: number;
  /** The token of the page to read; the first page when absent. */
  nextPageToken?: string;
}

export interface SearchPage {
  issues: JiraIssue[];
  /** The next page's token; absent on the last page. */
  nextPageToken?: string;
}

const searchAnswer = z.object({ issues: z.array(jiraIssue), nextPageToken: z.string().nullish(), isLast: z.boolean().optional() });

/**
 * One page of issues (Search for issues using JQL enhanced search, POST /rest/api/3/search/jql),
 * paged with `nextPageToken`: Jira gives no total and no offset, so a caller reads pages in turn.
 */
export async function searchIssues(client: JiraClient, request: SearchRequest): Promise<SearchPage> {
  const body = {
    jql: request.jql,
    fields: request.fields,
    maxResults: Math.min(request.maxResults, SEARCH_PAGE_MAX),
    ...(request.properties && request.properties.length > 0 ? { properties: request.properties } : {}),
    ...(request.nextPageToken ? { nextPageToken: request.nextPageToken } : {}),
  };
  const answer = await client.post(route`/rest/api/3/search/jql`, body, searchAnswer);
  const next = answer.isLast === true ? undefined : (answer.nextPageToken ?? undefined);
  return { issues: answer.issues, ...(next ? { nextPageToken: next } : {}) };
}

/** How many issues a JQL finds, roughly (Count issues using JQL, POST /rest/api/3/search/approximate-count). */
export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  return (await client.post(route`/rest/api/3/search/approximate-count`, { jql }, z.object({ count: z.number() }))).count;
}
