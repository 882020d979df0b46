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

const myself = z.object({ accountId: z.string(), timeZone: z.string().optional(), locale: z.string().optional() });

/**
 * The calling user's account id, time zone and language (GET /rest/api/3/myself): Jira reads their
 * JQL dates in that zone, and `locale` (`de_DE`) is the language they chose in Jira.
 */
export function findMyself(client: JiraClient): Promise<z.infer<typeof myself>> {
  return client.get(route`/rest/api/3/myself`, myself);
}
