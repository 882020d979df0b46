import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { jiraIssue, type JiraIssue } from './issues';

/**
 * Issue search: Count issues using JQL (POST /rest/api/3/search/approximate-count), which counts
 * without listing, and Search for issues using JQL enhanced search (POST /rest/api/3/search/jql),
 * one page at a time. Both run as the client's actor, so a user's counts and lists hold only the
 * issues that user may see.
 */

const countAnswer = z.object({ count: z.number().int().nonnegative() });

export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  return (await client.post(route`/rest/api/3/search/approximate-count`, { jql }, countAnswer)).count;
}

const searchAnswer = z.object({ issues: z.array(jiraIssue), nextPageToken: z.string().optional(), isLast: z.boolean().optional() });

export interface SearchPage {
  issues: JiraIssue[];
  nextPageToken?: string;
}

/** One page of issues (at most `maxResults`, which Jira caps at 100 when fields are asked for). */
export async function searchPage(
  client: JiraClient,
  request: { jql: string; fields: readonly string[]; maxResults: number; nextPageToken?: string },
): Promise<SearchPage> {
  const answer = await client.post(
    route`/rest/api/3/search/jql`,
    { jql: request.jql, fields: request.fields, maxResults: request.maxResults, ...(request.nextPageToken ? { nextPageToken: request.nextPageToken } : {}) },
    searchAnswer,
  );
  return { issues: answer.issues, ...(answer.nextPageToken && answer.isLast !== true ? { nextPageToken: answer.nextPageToken } : {}) };
}
