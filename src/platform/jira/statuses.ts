import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

/** The category of a status (Get status, GET /rest/api/3/status/{idOrName}), or undefined when Jira has no such status. */
export async function readStatusCategory(client: JiraClient, statusId: string): Promise<'new' | 'indeterminate' | 'done' | undefined> {
  const status = await client.find(route`/rest/api/3/status/${statusId}`, z.object({ statusCategory: z.object({ key: z.string() }) }));
  const key = status?.statusCategory.key;
  return key === 'new' || key === 'indeterminate' || key === 'done' ? key : undefined;
}
