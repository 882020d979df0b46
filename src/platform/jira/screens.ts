import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { JiraError } from './jira-error';
import { allJiraPages, jiraPage } from './paging';

/**
 * How company-managed projects reach their screens, and the one screen write provisioning makes
 * (the Screens, Screen tabs, Screen tab fields, Screen schemes and Issue type screen schemes groups
 * of the platform REST API). Screen, tab and screen scheme ids are numbers in Jira's answers and
 * strings here.
 */

const numericId = z.union([z.number(), z.string()]).transform(String);

const queryOf = (name: string, values: readonly string[]): URLSearchParams => new URLSearchParams(values.map((v) => [name, v]));

const projectScheme = z.object({ issueTypeScreenScheme: z.object({ id: z.string(), name: z.string().optional() }), projectIds: z.array(z.string()) });

/** The issue type screen scheme of each company-managed project (GET /rest/api/3/issuetypescreenscheme/project). */
export async function issueTypeScreenSchemesOfProjects(client: JiraClient, projectIds: readonly string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (projectIds.length === 0) return result;
  const projects = queryOf('projectId', projectIds);
  const pages = await allJiraPages((startAt) =>
    client.get(route`/rest/api/3/issuetypescreenscheme/project?${projects}&startAt=${startAt}`, jiraPage(projectScheme)),
  );
  for (const entry of pages) for (const projectId of entry.projectIds) result.set(projectId, entry.issueTypeScreenScheme.id);
  return result;
}

const schemeMapping = z.object({ issueTypeScreenSchemeId: z.string(), issueTypeId: z.string(), screenSchemeId: numericId });
export type IssueTypeScreenSchemeMapping = z.infer<typeof schemeMapping>;

/** Which screen scheme each issue type (or `default`) gets (GET /rest/api/3/issuetypescreenscheme/mapping). */
export async function issueTypeScreenSchemeMappings(client: JiraClient, schemeIds: readonly string[]): Promise<IssueTypeScreenSchemeMapping[]> {
  if (schemeIds.length === 0) return [];
  const schemes = queryOf('issueTypeScreenSchemeId', schemeIds);
  return allJiraPages((startAt) => client.get(route`/rest/api/3/issuetypescreenscheme/mapping?${schemes}&startAt=${startAt}`, jiraPage(schemeMapping)));
}

const screenScheme = z.object({
  id: numericId,
  name: z.string().optional(),
  screens: z.object({ default: numericId, create: numericId.optional(), edit: numericId.optional(), view: numericId.optional() }),
});
export type ScreenScheme = z.infer<typeof screenScheme>;

/** Screen schemes by id, with their screens per operation (GET /rest/api/3/screenscheme?id=). */
export async function screenSchemes(client: JiraClient, ids: readonly string[]): Promise<ScreenScheme[]> {
  if (ids.length === 0) return [];
  const wanted = queryOf('id', ids);
  return allJiraPages((startAt) => client.get(route`/rest/api/3/screenscheme?${wanted}&startAt=${startAt}`, jiraPage(screenScheme)));
}

const screenTab = z.object({ id: numericId, name: z.string().optional() });
const screenField = z.object({ id: z.string(), name: z.string().optional() });

export interface ScreenTabFields {
  id: string;
  fieldIds: string[];
}

/** A screen's tabs in order, each with its fields (GET .../screens/{id}/tabs, then .../tabs/{tabId}/fields). */
export async function screenTabsWithFields(client: JiraClient, screenId: string): Promise<ScreenTabFields[]> {
  const tabs = await client.get(route`/rest/api/3/screens/${screenId}/tabs`, z.array(screenTab));
  return Promise.all(
    tabs.map(async (tab) => ({
      id: tab.id,
      fieldIds: (await client.get(route`/rest/api/3/screens/${screenId}/tabs/${tab.id}/fields`, z.array(screenField))).map((f) => f.id),
    })),
  );
}

/**
 * Adds a field to a screen tab (POST /rest/api/3/screens/{screenId}/tabs/{tabId}/fields). Jira
 * refuses (400) a field the screen already has on any tab; that answer means the field is where it
 * should be, so it counts as done (`added: false`).
 */
export async function addFieldToScreenTab(client: JiraClient, screenId: string, tabId: string, fieldId: string): Promise<{ added: boolean }> {
  try {
    await client.write('POST', route`/rest/api/3/screens/${screenId}/tabs/${tabId}/fields`, { fieldId });
    return { added: true };
  } catch (error) {
    if (error instanceof JiraError && error.status === 400 && /already exists on the screen/i.test(error.reason)) return { added: false };
    throw error;
  }
}
