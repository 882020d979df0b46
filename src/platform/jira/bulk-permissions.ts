import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

const grants = z.object({
  globalPermissions: z.array(z.string()),
  projectPermissions: z.array(z.object({ permission: z.string(), issues: z.array(z.number()).default([]), projects: z.array(z.number()).default([]) })),
});

/**
 * Whether another user may browse an issue: Get bulk permissions (POST
 * /rest/api/3/permissions/check) with their account id, which asks Jira itself (permission
 * schemes, issue security, JSM's customer access) instead of guessing. Naming someone else needs
 * Administer Jira, so the client is the app's.
 */
export async function userMayBrowseIssue(client: JiraClient, accountId: string, issueId: string): Promise<boolean> {
  const answer = await client.post(
    route`/rest/api/3/permissions/check`,
    { accountId, projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: [Number(issueId)] }] },
    grants,
  );
  return answer.projectPermissions.some((p) => p.permission === 'BROWSE_PROJECTS' && p.issues.includes(Number(issueId)));
}
