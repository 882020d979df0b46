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
