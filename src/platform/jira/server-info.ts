import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

/** The site's base URL (Get Jira instance info, GET /rest/api/3/serverInfo), for links in emails. */
export async function siteBaseUrl(client: JiraClient): Promise<string> {
  return (await client.get(route`/rest/api/3/serverInfo`, z.object({ baseUrl: z.string() }))).baseUrl.replace(/\/+$/, '');
}
