import { route } from '@forge/api';
import { z } from 'zod';
import { STATUS_CATEGORY_KEYS } from '#kernel/status-category';
import type { JiraClient } from './client';
import { allJiraPages } from './paging';

const statusCategoryKey = z.enum(STATUS_CATEGORY_KEYS).catch('indeterminate');

export const issueCoreFields = z.object({
  summary: z.string().optional(),
  project: z.object({ id: z.string(), key: z.string(), name: z.string().optional(), projectTypeKey: z.string().optional() }).optional(),
  issuetype: z.object({ id: z.string(), name: z.string() }).optional(),
  status: z.object({ name: z.string(), statusCategory: z.object({ key: statusCategoryKey }).optional() }).optional(),
  labels: z.array(z.string()).optional(),
  reporter: z.object({ accountId: z.string() }).nullable().optional(),
});

/** An issue with the fields asked for; custom field values stay unknown until the caller parses them. */
export const jiraIssue = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
  /** Entity properties asked for with `properties=`, by key. */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssue = z.infer<typeof jiraIssue>;

export interface IssueRead {
  id: string;
  key: string;
  core: z.infer<typeof issueCoreFields>;
  /** All returned fields by id, including custom fields (`customfield_10050`). */
  fields: Record<string, unknown>;
  /** The entity properties asked for that the issue has, by key. */
  properties: Record<string, unknown>;
}

/**
 * Reads an issue with the fields (and, in the same request, the entity properties) asked for, or
 * undefined when it does not exist or the actor cannot see it (Jira answers 404 for both).
 */
export async function findIssue(
  client: JiraClient,
  issueIdOrKey: string,
  fieldIds: readonly string[],
  propertyKeys: readonly string[] = [],
): Promise<IssueRead | undefined> {
  const fields = fieldIds.join(',');
  const issue =
    propertyKeys.length === 0
      ? await client.find(route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}`, jiraIssue)
      : await client.find(route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}&properties=${propertyKeys.join(',')}`, jiraIssue);
  if (!issue) return undefined;
  return { id: issue.id, key: issue.key, core: issueCoreFields.parse(issue.fields), fields: issue.fields, properties: issue.properties ?? {} };
}

export function createIssue(client: JiraClient, fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
  return client.post(route`/rest/api/3/issue`, { fields }, z.object({ id: z.string(), key: z.string() }));
}

/**
 * Create metadata pages (Get create field metadata for a project and issue type id,
 * `PageOfCreateMetaIssueTypeWithField`): the reference names the list `fields` and also lists
 * `results`; clients of the API report `values` too. Whichever the answer holds is read.
 */
const createField = z.object({ fieldId: z.string() });
const createFieldsPage = z.object({
  startAt: z.number().optional(),
  total: z.number().optional(),
  isLast: z.boolean().optional(),
  fields: z.array(createField).optional(),
  results: z.array(createField).optional(),
  values: z.array(createField).optional(),
});

/**
 * The fields the create screen of `issueTypeId` in `projectId` offers the client's actor (GET
 * /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}): Create issue refuses
 * any other field with 400.
 */
export async function createScreenFields(client: JiraClient, projectId: string, issueTypeId: string): Promise<Set<string>> {
  const fields = await allJiraPages(async (startAt) => {
    const page = await client.get(
      route`/rest/api/3/issue/createmeta/${projectId}/issuetypes/${issueTypeId}?startAt=${startAt}&maxResults=200`,
      createFieldsPage,
    );
    const values = page.fields ?? page.results ?? page.values ?? [];
    return { values, ...(page.total === undefined ? {} : { total: page.total }), ...(page.isLast === undefined ? {} : { isLast: page.isLast }) };
  });
  return new Set(fields.map((f) => f.fieldId));
}

export function deleteIssue(client: JiraClient, issueIdOrKey: string): Promise<void> {
  return client.write('DELETE', route`/rest/api/3/issue/${issueIdOrKey}`);
}

/** Links two issues with a link type named as Jira names it (e.g. "Relates"). */
export function linkIssues(client: JiraClient, typeName: string, inwardIssueKey: string, outwardIssueKey: string): Promise<void> {
  return client.write('POST', route`/rest/api/3/issueLink`, {
    type: { name: typeName },
    inwardIssue: { key: inwardIssueKey },
    outwardIssue: { key: outwardIssueKey },
  });
}

/** An issue entity property's value, or undefined when the issue has none under that key. */
export async function findIssueProperty(client: JiraClient, issueIdOrKey: string, propertyKey: string): Promise<unknown> {
  const property = await client.find(route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, z.object({ key: z.string(), value: z.unknown() }));
  return property?.value;
}

export function setIssueProperty(client: JiraClient, issueIdOrKey: string, propertyKey: string, value: unknown): Promise<void> {
  return client.write('PUT', route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, value);
}

export function deleteIssueProperty(client: JiraClient, issueIdOrKey: string, propertyKey: string): Promise<void> {
  return client.write('DELETE', route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`);
}

/** Emails people about an issue (Send notification for issue, POST /rest/api/3/issue/{issueIdOrKey}/notify). */
export function notifyAboutIssue(
  client: JiraClient,
  issueIdOrKey: string,
  email: { subject: string; textBody: string; accountIds: readonly string[] },
): Promise<void> {
  return client.write('POST', route`/rest/api/3/issue/${issueIdOrKey}/notify`, {
    subject: email.subject,
    textBody: email.textBody,
    to: { users: email.accountIds.map((accountId) => ({ accountId })) },
  });
}
