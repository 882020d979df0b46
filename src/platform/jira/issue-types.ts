import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

export const jiraIssueType = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  iconUrl: z.string().optional(),
  avatarId: z.number().optional(),
  subtask: z.boolean().optional(),
  hierarchyLevel: z.number().optional(),
  /** Present on a team-managed project's own types. */
  scope: z.object({ type: z.string(), project: z.object({ id: z.string() }).optional() }).optional(),
});
export type JiraIssueType = z.infer<typeof jiraIssueType>;

/** Every issue type the actor can see: global ones and team-managed projects' own. */
export function listIssueTypes(client: JiraClient): Promise<JiraIssueType[]> {
  return client.get(route`/rest/api/3/issuetype`, z.array(jiraIssueType));
}

/** The issue types a project can use (its scheme's for company-managed, its own for team-managed). */
export function issueTypesForProject(client: JiraClient, projectId: string): Promise<JiraIssueType[]> {
  return client.get(route`/rest/api/3/issuetype/project?projectId=${projectId}`, z.array(jiraIssueType));
}

export interface NewIssueType {
  name: string;
  description: string;
  /** Team-managed project for a project-scoped type; absent for a global type. */
  projectId?: string;
}

/**
 * Creates a standard (level 0) issue type. For a team-managed project the body carries
 * `scope: { type: 'PROJECT', project: { id } }`, the shape Jira reports on such types. Jira Cloud
 * itself creates team-managed types through the project's own settings and does not document this
 * body field on POST /issuetype; the sandbox's Jira accepts it.
 */
export function createIssueType(client: JiraClient, type: NewIssueType): Promise<JiraIssueType> {
  const body = {
    name: type.name,
    description: type.description,
    hierarchyLevel: 0,
    ...(type.projectId === undefined ? {} : { scope: { type: 'PROJECT', project: { id: type.projectId } } }),
  };
  return client.post(route`/rest/api/3/issuetype`, body, jiraIssueType);
}

/** Deletes an issue type that no issue uses. */
export function deleteIssueType(client: JiraClient, issueTypeId: string): Promise<void> {
  return client.write('DELETE', route`/rest/api/3/issuetype/${issueTypeId}`);
}

/** Sets an issue type's icon to one of Jira's issue-type avatars. */
export function setIssueTypeAvatar(client: JiraClient, issueTypeId: string, avatarId: number): Promise<void> {
  return client.write('PUT', route`/rest/api/3/issuetype/${issueTypeId}`, { avatarId });
}
