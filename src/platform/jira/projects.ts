import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJiraPages, jiraPage } from './paging';

export const jiraProject = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
  /** `classic` is company-managed, `next-gen` team-managed. */
  style: z.string().optional(),
  simplified: z.boolean().optional(),
});
export type JiraProject = z.infer<typeof jiraProject>;

export const isTeamManaged = (project: JiraProject): boolean => project.style === 'next-gen' || project.simplified === true;

/** Every JSM (service_desk) project the client's actor can see. */
export function searchServiceProjects(client: JiraClient): Promise<JiraProject[]> {
  return allJiraPages((startAt) =>
    client.get(route`/rest/api/3/project/search?typeKey=service_desk&startAt=${startAt}&maxResults=${50}`, jiraPage(jiraProject)),
  );
}

/** The projects among `ids` the client's actor can browse (GET /rest/api/3/project/search?id=…); the others are left out. */
export function browsableProjects(client: JiraClient, ids: readonly string[]): Promise<JiraProject[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const query = new URLSearchParams(ids.map((id) => ['id', id]));
  return allJiraPages((startAt) => client.get(route`/rest/api/3/project/search?${query}&startAt=${startAt}&maxResults=${50}`, jiraPage(jiraProject)));
}
