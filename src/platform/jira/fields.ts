import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJiraPages, jiraPage } from './paging';

export const jiraField = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  clauseNames: z.array(z.string()).optional(),
  schema: z.object({ type: z.string(), custom: z.string().optional(), customId: z.number().optional() }).optional(),
});
export type JiraField = z.infer<typeof jiraField>;

export function listFields(client: JiraClient): Promise<JiraField[]> {
  return client.get(route`/rest/api/3/field`, z.array(jiraField));
}

const fieldContext = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  isGlobalContext: z.boolean(),
  isAnyIssueType: z.boolean(),
});
const projectMapping = z.object({ contextId: z.string(), projectId: z.string().optional(), isGlobalContext: z.boolean().optional() });
const issueTypeMapping = z.object({ contextId: z.string(), issueTypeId: z.string().optional(), isAnyIssueType: z.boolean().optional() });

export interface FieldContextDetails {
  id: string;
  name: string;
  isGlobalContext: boolean;
  isAnyIssueType: boolean;
  projectIds: string[];
  issueTypeIds: string[];
}

/**
 * A field's contexts with the projects and issue types each applies to. The mappings are read only
 * when some context needs them: a field whose contexts are all global and for any issue type (a new
 * Forge field) costs one read, not three.
 */
export async function fieldContexts(client: JiraClient, fieldId: string): Promise<FieldContextDetails[]> {
  const contexts = await allJiraPages((startAt) => client.get(route`/rest/api/3/field/${fieldId}/context?startAt=${startAt}`, jiraPage(fieldContext)));
  const [projects, issueTypes] = await Promise.all([
    contexts.some((c) => !c.isGlobalContext)
      ? allJiraPages((startAt) => client.get(route`/rest/api/3/field/${fieldId}/context/projectmapping?startAt=${startAt}`, jiraPage(projectMapping)))
      : [],
    contexts.some((c) => !c.isAnyIssueType)
      ? allJiraPages((startAt) => client.get(route`/rest/api/3/field/${fieldId}/context/issuetypemapping?startAt=${startAt}`, jiraPage(issueTypeMapping)))
      : [],
  ]);
  return contexts.map((c) => ({
    id: c.id,
    name: c.name,
    isGlobalContext: c.isGlobalContext,
    isAnyIssueType: c.isAnyIssueType,
    projectIds: projects.filter((m) => m.contextId === c.id && m.projectId !== undefined).map((m) => m.projectId ?? ''),
    issueTypeIds: issueTypes.filter((m) => m.contextId === c.id && m.issueTypeId !== undefined).map((m) => m.issueTypeId ?? ''),
  }));
}

export interface NewFieldContext {
  name: string;
  description: string;
  projectIds: readonly string[];
  issueTypeIds: readonly string[];
}

export function createFieldContext(client: JiraClient, fieldId: string, context: NewFieldContext): Promise<{ id: string }> {
  return client.post(route`/rest/api/3/field/${fieldId}/context`, context, z.object({ id: z.string() }));
}

export function addProjectsToFieldContext(client: JiraClient, fieldId: string, contextId: string, projectIds: readonly string[]): Promise<void> {
  return client.write('PUT', route`/rest/api/3/field/${fieldId}/context/${contextId}/project`, { projectIds });
}

export function addIssueTypesToFieldContext(client: JiraClient, fieldId: string, contextId: string, issueTypeIds: readonly string[]): Promise<void> {
  return client.write('PUT', route`/rest/api/3/field/${fieldId}/context/${contextId}/issuetype`, { issueTypeIds });
}
