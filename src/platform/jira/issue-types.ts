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
}

/**
 * Creates a global, standard (level 0) issue type; Jira adds it to the default issue type scheme.
 * Create issue type (POST /rest/api/3/issuetype) takes no project scope (`IssueTypeCreateBean`
 * refuses unknown properties), so a team-managed project's own types are made by an admin in the
 * project's settings.
 */
export function createIssueType(client: JiraClient, type: NewIssueType): Promise<JiraIssueType> {
  return client.post(route`/rest/api/3/issuetype`, { name: type.name, description: type.description, hierarchyLevel: 0 }, jiraIssueType);
}

/** Renames an issue type and rewrites its description (Update issue type, PUT /rest/api/3/issuetype/{id}). */
export function updateIssueType(client: JiraClient, issueTypeId: string, type: NewIssueType): Promise<void> {
  return client.write('PUT', route`/rest/api/3/issuetype/${issueTypeId}`, { name: type.name, description: type.description });
}

/** Sets an issue type's icon to one of Jira's issue-type avatars. */
export function setIssueTypeAvatar(client: JiraClient, issueTypeId: string, avatarId: number): Promise<void> {
  return client.write('PUT', route`/rest/api/3/issuetype/${issueTypeId}`, { avatarId });
}
