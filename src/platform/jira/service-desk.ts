import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJsmPages, jsmPage } from './paging';

export const serviceDesk = z.object({ id: z.string(), projectId: z.string(), projectKey: z.string().optional(), projectName: z.string().optional() });
export type ServiceDesk = z.infer<typeof serviceDesk>;

export const requestType = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  helpText: z.string().optional(),
  issueTypeId: z.string(),
  serviceDeskId: z.string().optional(),
  /** The portal groups the type is in; none means customers do not see it. */
  groupIds: z.array(z.string()).default([]),
});
export type RequestType = z.infer<typeof requestType>;

export const organization = z.object({ id: z.string(), name: z.string() });
export type Organization = z.infer<typeof organization>;

const LIMIT = 50;

export function listServiceDesks(client: JiraClient): Promise<ServiceDesk[]> {
  return allJsmPages((start) => client.get(route`/rest/servicedeskapi/servicedesk?start=${start}&limit=${LIMIT}`, jsmPage(serviceDesk)));
}

/** The service desk of a project, or undefined when the project is not a service project. */
export async function serviceDeskOfProject(client: JiraClient, projectId: string): Promise<ServiceDesk | undefined> {
  return (await listServiceDesks(client)).find((desk) => desk.projectId === projectId);
}

export function listRequestTypes(client: JiraClient, serviceDeskId: string): Promise<RequestType[]> {
  return allJsmPages((start) =>
    client.get(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype?start=${start}&limit=${LIMIT}`, jsmPage(requestType)),
  );
}

export interface NewRequestType {
  name: string;
  description: string;
  helpText: string;
  issueTypeId: string;
}

export function createRequestType(client: JiraClient, serviceDeskId: string, type: NewRequestType): Promise<RequestType> {
  return client.post(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype`, type, requestType);
}

/** The organizations added to a service desk: the customers its agents work for. */
export function serviceDeskOrganizations(client: JiraClient, serviceDeskId: string): Promise<Organization[]> {
  return allJsmPages((start) =>
    client.get(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization?start=${start}&limit=${LIMIT}`, jsmPage(organization)),
  );
}

/** One page of a service desk's organizations: `start` and `limit` as JSM takes them. */
export async function serviceDeskOrganizationsPage(
  client: JiraClient,
  serviceDeskId: string,
  start: number,
  limit: number = LIMIT,
): Promise<{ values: Organization[]; isLastPage: boolean }> {
  const page = await client.get(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization?start=${start}&limit=${limit}`, jsmPage(organization));
  return { values: page.values, isLastPage: page.isLastPage !== false };
}

export function listOrganizations(client: JiraClient): Promise<Organization[]> {
  return allJsmPages((start) => client.get(route`/rest/servicedeskapi/organization?start=${start}&limit=${LIMIT}`, jsmPage(organization)));
}

/** The organizations a customer belongs to (GET /organization?accountId=). */
export function organizationsOfUser(client: JiraClient, accountId: string): Promise<Organization[]> {
  return allJsmPages((start) =>
    client.get(route`/rest/servicedeskapi/organization?accountId=${accountId}&start=${start}&limit=${LIMIT}`, jsmPage(organization)),
  );
}

/** An organization the client's actor may see (GET /rest/servicedeskapi/organization/{id}), or undefined. */
export function findOrganization(client: JiraClient, organizationId: string): Promise<Organization | undefined> {
  return client.find(route`/rest/servicedeskapi/organization/${organizationId}`, organization);
}

/**
 * The organizations the client's actor may see, at most `max` of them (GET
 * /rest/servicedeskapi/organization, page by page); `capped` when Jira had more.
 */
export async function someOrganizations(client: JiraClient, max: number): Promise<{ organizations: Organization[]; capped: boolean }> {
  const organizations: Organization[] = [];
  while (organizations.length < max) {
    const page = await client.get(route`/rest/servicedeskapi/organization?start=${organizations.length}&limit=${LIMIT}`, jsmPage(organization));
    organizations.push(...page.values);
    if (page.isLastPage !== false || page.values.length === 0) return { organizations, capped: false };
  }
  return { organizations: organizations.slice(0, max), capped: true };
}
