import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJsmPages, jsmPage } from './paging';
import { organization, type Organization } from './service-desk';

/** JSM organizations one at a time: Get organization, Get users in organization, Create organization. */

/** An organization by id, or undefined when it does not exist or the actor may not see it (404). */
export function findOrganization(client: JiraClient, organizationId: string): Promise<Organization | undefined> {
  return client.find(route`/rest/servicedeskapi/organization/${organizationId}`, organization);
}

export const organizationMember = z.object({ accountId: z.string(), displayName: z.string().optional(), emailAddress: z.string().optional() });
export type OrganizationMember = z.infer<typeof organizationMember>;

/** The customers in an organization (GET /rest/servicedeskapi/organization/{id}/user; agents and admins only). */
export function organizationMembers(client: JiraClient, organizationId: string): Promise<OrganizationMember[]> {
  return allJsmPages((start) =>
    client.get(route`/rest/servicedeskapi/organization/${organizationId}/user?start=${start}&limit=${50}`, jsmPage(organizationMember)),
  );
}

/** Creates an organization (POST /rest/servicedeskapi/organization). */
export function createOrganization(client: JiraClient, name: string): Promise<Organization> {
  return client.post(route`/rest/servicedeskapi/organization`, { name }, organization);
}

/** One page of every organization (GET /rest/servicedeskapi/organization): `start` and `limit` as JSM takes them. */
export async function organizationsPage(client: JiraClient, start: number, limit: number): Promise<{ values: Organization[]; isLastPage: boolean }> {
  const page = await client.get(route`/rest/servicedeskapi/organization?start=${start}&limit=${limit}`, jsmPage(organization));
  return { values: page.values, isLastPage: page.isLastPage !== false };
}
