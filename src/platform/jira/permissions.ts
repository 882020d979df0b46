import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

export type JiraPermissionKey = 'ADMINISTER' | 'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'LINK_ISSUES';

const permissionsAnswer = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export type PermissionScope = { issueKey: string } | { projectId: string } | Record<string, never>;

/**
 * Which of `keys` the actor holds (GET /mypermissions), globally or on one issue or project. A key
 * Jira leaves out of the answer counts as not held.
 */
export async function myPermissions(client: JiraClient, keys: readonly JiraPermissionKey[], scope: PermissionScope): Promise<Set<JiraPermissionKey>> {
  const query = new URLSearchParams({ permissions: keys.join(','), ...scope });
  const answer = await client.get(route`/rest/api/3/mypermissions?${query}`, permissionsAnswer);
  return new Set(keys.filter((key) => answer.permissions[key]?.havePermission === true));
}

const permittedProjectsAnswer = z.object({
  projects: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string().optional() })),
});

/**
 * The projects where the actor holds every one of `keys` (Get permitted projects, POST
 * /rest/api/3/permissions/project): one call however many projects the site has.
 */
export async function permittedProjects(client: JiraClient, keys: readonly JiraPermissionKey[]): Promise<{ id: string; key?: string }[]> {
  return (await client.post(route`/rest/api/3/permissions/project`, { permissions: keys }, permittedProjectsAnswer)).projects;
}

const bulkGrants = z.object({
  projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.union([z.number(), z.string()])).default([]) })).default([]),
  globalPermissions: z.array(z.string()).default([]),
});

/**
 * For each of `keys`, the projects among `projectIds` where the client's actor holds it, in one
 * call (Get bulk permissions, POST /rest/api/3/permissions/check). Unknown or invisible projects
 * hold nothing.
 */
export async function projectPermissions(
  client: JiraClient,
  keys: readonly JiraPermissionKey[],
  projectIds: readonly string[],
): Promise<Map<JiraPermissionKey, Set<string>>> {
  const held = new Map<JiraPermissionKey, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  if (projectIds.length === 0) return held;
  const body = { projectPermissions: [{ permissions: [...keys], projects: projectIds.map(Number) }] };
  const answer = await client.post(route`/rest/api/3/permissions/check`, body, bulkGrants);
  for (const grant of answer.projectPermissions) {
    const key = keys.find((k) => k === grant.permission);
    if (key) for (const project of grant.projects) held.get(key)?.add(String(project));
  }
  return held;
}
