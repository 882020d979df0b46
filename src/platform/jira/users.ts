import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

/** `accountType` is `atlassian` for Atlassian accounts, `customer` for JSM portal-only customers, `app` for apps. */
export const jiraUser = z.object({
  accountId: z.string(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  locale: z.string().optional(),
});
export type JiraUser = z.infer<typeof jiraUser>;

/** A user by account id (GET /rest/api/3/user), or undefined when Jira does not know them. */
export function findUser(client: JiraClient, accountId: string): Promise<JiraUser | undefined> {
  return client.find(route`/rest/api/3/user?accountId=${accountId}`, jiraUser);
}

const userList = z.array(jiraUser.extend({ emailAddress: z.string().optional() }));

/** Users whose name or email starts with `query` (GET /rest/api/3/user/search), at most `maxResults`. */
export function searchUsers(client: JiraClient, query: string, maxResults = 20): Promise<(JiraUser & { emailAddress?: string })[]> {
  return client.get(route`/rest/api/3/user/search?query=${query}&maxResults=${maxResults}`, userList);
}

const bulkPage = z.object({ values: z.array(jiraUser.extend({ emailAddress: z.string().optional() })), isLast: z.boolean().optional() });
const BULK = 50;

/** Users by account id (GET /rest/api/3/user/bulk), up to 50 a request; unknown ids are left out. */
export async function usersByIds(client: JiraClient, accountIds: readonly string[]): Promise<Map<string, JiraUser & { emailAddress?: string }>> {
  const found = new Map<string, JiraUser & { emailAddress?: string }>();
  const unique = [...new Set(accountIds)];
  for (let i = 0; i < unique.length; i += BULK) {
    const batch = unique.slice(i, i + BULK);
    const query = new URLSearchParams([...batch.map((id) => ['accountId', id]), ['maxResults', String(BULK)]]);
    const page = await client.get(route`/rest/api/3/user/bulk?${query}`, bulkPage);
    for (const user of page.values) found.set(user.accountId, user);
  }
  return found;
}

const myself = z.object({ accountId: z.string(), timeZone: z.string().optional(), locale: z.string().optional() });

/**
 * The calling user's account id, time zone and language (GET /rest/api/3/myself): Jira reads their
 * JQL dates in that zone, and `locale` (`de_DE`) is the language they chose in Jira.
 */
export function findMyself(client: JiraClient): Promise<z.infer<typeof myself>> {
  return client.get(route`/rest/api/3/myself`, myself);
}
