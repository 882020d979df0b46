import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJiraPages, jiraPage } from './paging';

const schemeOfProjects = z.object({
  issueTypeScheme: z.object({ id: z.string(), name: z.string(), description: z.string().optional(), isDefault: z.boolean().optional() }),
  projectIds: z.array(z.string()),
});
export type SchemeOfProjects = z.infer<typeof schemeOfProjects>;

const schemeMapping = z.object({ issueTypeSchemeId: z.string(), issueTypeId: z.string() });

const queryOf = (name: string, values: readonly string[]): URLSearchParams => new URLSearchParams(values.map((v) => [name, v]));

/** The issue type scheme of each company-managed project. */
export async function schemesForProjects(client: JiraClient, projectIds: readonly string[]): Promise<SchemeOfProjects[]> {
  if (projectIds.length === 0) return [];
  const projects = queryOf('projectId', projectIds);
  return allJiraPages((startAt) => client.get(route`/rest/api/3/issuetypescheme/project?${projects}&startAt=${startAt}`, jiraPage(schemeOfProjects)));
}

/** Issue type ids per scheme. */
export async function schemeIssueTypes(client: JiraClient, schemeIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(schemeIds.map((id) => [id, []]));
  if (schemeIds.length === 0) return result;
  const schemes = queryOf('issueTypeSchemeId', schemeIds);
  const mappings = await allJiraPages((startAt) =>
    client.get(route`/rest/api/3/issuetypescheme/mapping?${schemes}&startAt=${startAt}`, jiraPage(schemeMapping)),
  );
  for (const m of mappings) result.get(m.issueTypeSchemeId)?.push(m.issueTypeId);
  return result;
}

/**
 * Adds issue types to a scheme (PUT /rest/api/3/issuetypescheme/{id}/issuetype). Jira refuses (400)
 * a type the scheme already has, and then adds none of the others.
 */
export function addIssueTypesToScheme(client: JiraClient, schemeId: string, issueTypeIds: readonly string[]): Promise<void> {
  return client.write('PUT', route`/rest/api/3/issuetypescheme/${schemeId}/issuetype`, { issueTypeIds });
}
