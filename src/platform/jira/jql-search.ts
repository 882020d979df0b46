import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { jiraIssue, type JiraIssue } from './issues';

/** JQL search (Search for issues using JQL enhanced search, POST /rest/api/3/search/jql), page by page. */

const searchAnswer = z.object({ issues: z.array(jiraIssue), nextPageToken: z.string().nullish(), isLast: z.boolean().optional() });

export interface SearchPage {
  issues: JiraIssue[];
  /** The token of the next page; absent on the last page. */
  nextPageToken?: string;
}

export async function searchPage(
  client: JiraClient,
  request: { jql: string; fields: readonly string[]; properties?: readonly string[]; maxResults: number; nextPageToken?: string },
): Promise<SearchPage> {
  const answer = await client.post(
    route`/rest/api/3/search/jql`,
    {
      jql: request.jql,
      fields: [...request.fields],
      maxResults: request.maxResults,
      ...(request.properties && request.properties.length > 0 ? { properties: [...request.properties] } : {}),
      ...(request.nextPageToken ? { nextPageToken: request.nextPageToken } : {}),
    },
    searchAnswer,
  );
  const next = answer.isLast === true ? undefined : (answer.nextPageToken ?? undefined);
  return next ? { issues: answer.issues, nextPageToken: next } : { issues: answer.issues };
}

/** How many issues a JQL query finds (Count issues using JQL, POST /rest/api/3/search/approximate-count). */
export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  return (await client.post(route`/rest/api/3/search/approximate-count`, { jql }, z.object({ count: z.number() }))).count;
}
