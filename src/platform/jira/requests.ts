import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { allJsmPages, jsmPage } from './paging';

/** JSM customer requests (`/rest/servicedeskapi/request`): read, raise on someone's behalf, comment. */

const statusCategory = z.enum(['NEW', 'INDETERMINATE', 'DONE', 'UNDEFINED']).catch('UNDEFINED');

export const customerRequest = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  requestTypeId: z.string().optional(),
  serviceDeskId: z.string(),
  reporter: z.object({ accountId: z.string() }).nullable().optional(),
  currentStatus: z.object({ status: z.string(), statusCategory }).nullable().optional(),
  _links: z.object({ web: z.string().optional() }).optional(),
});
export type CustomerRequest = z.infer<typeof customerRequest>;

/**
 * The request as the client's actor may see it (Get customer request by id or key, GET
 * /rest/servicedeskapi/request/{issueIdOrKey}), or undefined when it does not exist or the actor
 * cannot see it (404). Asked as a user, this is Jira's answer to "may this person see it".
 */
export function findCustomerRequest(client: JiraClient, issueIdOrKey: string): Promise<CustomerRequest | undefined> {
  return client.find(route`/rest/servicedeskapi/request/${issueIdOrKey}`, customerRequest);
}

export interface NewCustomerRequest {
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  description: string;
  /** The customer the request is raised for (an app must name one). */
  raiseOnBehalfOf: string;
}

/** Raises a request (Create customer request, POST /rest/servicedeskapi/request). */
export function createCustomerRequest(client: JiraClient, request: NewCustomerRequest): Promise<CustomerRequest> {
  return client.post(
    route`/rest/servicedeskapi/request`,
    {
      serviceDeskId: request.serviceDeskId,
      requestTypeId: request.requestTypeId,
      raiseOnBehalfOf: request.raiseOnBehalfOf,
      requestFieldValues: { summary: request.summary, description: request.description },
    },
    customerRequest,
  );
}

/** Adds a comment (Create request comment, POST /rest/servicedeskapi/request/{issueIdOrKey}/comment); plain text. */
export function addRequestComment(client: JiraClient, issueIdOrKey: string, body: string, isPublic: boolean): Promise<void> {
  return client.write('POST', route`/rest/servicedeskapi/request/${issueIdOrKey}/comment`, { body, public: isPublic });
}

const accountRef = z.object({ accountId: z.string(), displayName: z.string().optional() });
export type AccountRef = z.infer<typeof accountRef>;

/** The request's participants (Get request participants). */
export function requestParticipants(client: JiraClient, issueIdOrKey: string): Promise<AccountRef[]> {
  return allJsmPages((start) => client.get(route`/rest/servicedeskapi/request/${issueIdOrKey}/participant?start=${start}&limit=50`, jsmPage(accountRef)));
}

/** An organization's members (Get users in organization). */
export function organizationMembers(client: JiraClient, organizationId: string): Promise<AccountRef[]> {
  return allJsmPages((start) => client.get(route`/rest/servicedeskapi/organization/${organizationId}/user?start=${start}&limit=50`, jsmPage(accountRef)));
}
