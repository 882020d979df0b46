import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

/**
 * Jira's enhanced search: counts (Count issues using JQL, POST /rest/api/3/search/approximate-count)
 * and pages of issues (Search for issues using JQL enhanced search, POST /rest/api/3/search/jql).
 */

/** How many issues the JQL finds for the client's actor; approximate by Jira's own account, exact in the sandbox. */
export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  const answer = await client.post(route`/rest/api/3/search/approximate-count`, { jql }, z.object({ count: z.number().int().nonnegative() }));
  return answer.count;
}

const searchPageAnswer = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string().optional(), fields: z.record(z.string(), z.unknown()).default({}) })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});
export type SearchPage = z.infer<typeof searchPageAnswer>;

export interface SearchRequest {
  jql: string;
  /** Only the fields the caller reads: Jira sends less and answers faster. */
  fields: readonly string[];
  maxResults: number;
  nextPageToken?: string;
}

/** One page of issues; `nextPageToken` is absent on the last page. */
export function searchPage(client: JiraClient, request: SearchRequest): Promise<SearchPage> {
  const body = {
    jql: request.jql,
    fields: [...request.fields],
    maxResults: request.maxResults,
    ...(request.nextPageToken ? { nextPageToken: request.nextPageToken } : {}),
  };
  return client.post(route`/rest/api/3/search/jql`, body, searchPageAnswer);
}
