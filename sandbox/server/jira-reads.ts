import { z } from 'zod';
import type { Caller, ProductBackend } from '../runtime/product-types';

/**
 * The host pages talk to Jira the way Jira's own frontend does: through its REST API, as the
 * signed-in user, so that they show only what that user may see and write only what that user may
 * write. Answers are parsed loosely (the pages need a few fields) and a refusal comes back as a
 * message to show.
 */

const named = z.object({ name: z.string() }).passthrough();
const userRef = z.object({ accountId: z.string(), displayName: z.string().optional(), emailAddress: z.string().optional() }).passthrough();

export const issueFields = z
  .object({
    summary: z.string().optional(),
    status: z
      .object({ name: z.string(), statusCategory: z.object({ key: z.string(), name: z.string().optional() }).passthrough().optional() })
      .passthrough()
      .optional(),
    issuetype: named.extend({ iconUrl: z.string().optional() }).optional(),
    priority: named.nullable().optional(),
    assignee: userRef.nullable().optional(),
    reporter: userRef.nullable().optional(),
    created: z.string().optional(),
    updated: z.string().optional(),
    resolution: named.nullable().optional(),
    labels: z.array(z.string()).optional(),
    project: z.object({ id: z.string(), key: z.string(), name: z.string(), projectTypeKey: z.string().optional() }).passthrough().optional(),
    description: z.unknown().optional(),
  })
  .passthrough();

export const issueSummary = z
  .object({ id: z.string(), key: z.string(), fields: issueFields, renderedFields: z.record(z.string(), z.string().nullable()).optional() })
  .passthrough();
export type IssueSummary = z.infer<typeof issueSummary>;

const searchAnswer = z.object({ issues: z.array(issueSummary), nextPageToken: z.string().nullable().optional(), isLast: z.boolean().optional() }).passthrough();
const issueAnswer = issueSummary.extend({ names: z.record(z.string(), z.string()).optional() });
export type IssueDetail = z.infer<typeof issueAnswer>;

export const fieldDefinition = z
  .object({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
export type FieldDefinition = z.infer<typeof fieldDefinition>;

export const project = z.object({ id: z.string(), key: z.string(), name: z.string(), projectTypeKey: z.string().optional() }).passthrough();

const page = <T extends z.ZodType>(item: T) => z.object({ values: z.array(item) }).passthrough();

export const serviceDesk = z.object({ id: z.string(), projectId: z.string(), projectKey: z.string(), projectName: z.string() }).passthrough();
export const organization = z.object({ id: z.string(), name: z.string() }).passthrough();
export const customerRequest = z
  .object({
    issueId: z.string(),
    issueKey: z.string(),
    requestTypeId: z.string().optional(),
    serviceDeskId: z.string().optional(),
    createdDate: z.object({ iso8601: z.string().optional(), friendly: z.string().optional() }).passthrough().optional(),
    reporter: userRef.optional(),
    requestFieldValues: z.array(z.object({ fieldId: z.string(), label: z.string().optional(), value: z.unknown() }).passthrough()).optional(),
    currentStatus: z.object({ status: z.string(), statusCategory: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
export type CustomerRequest = z.infer<typeof customerRequest>;
export const requestComment = z
  .object({
    id: z.string(),
    body: z.string().optional(),
    public: z.boolean().optional(),
    author: userRef.optional(),
    created: z.object({ friendly: z.string().optional(), iso8601: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
export const requestType = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    helpText: z.string().optional(),
    issueTypeId: z.string().optional(),
    groupIds: z.array(z.string()).default([]),
  })
  .passthrough();
export type RequestType = z.infer<typeof requestType>;
export const requestTypeGroup = z.object({ id: z.string(), name: z.string() }).passthrough();
export type RequestTypeGroup = z.infer<typeof requestTypeGroup>;

const editMetaAnswer = z.object({ fields: z.record(z.string(), z.object({ name: z.string() }).passthrough()) }).passthrough();

/** What the portal's create form sends: JSM's `POST /rest/servicedeskapi/request` body. */
export interface NewCustomerRequest {
  serviceDeskId: string;
  requestTypeId: string;
  requestFieldValues: { summary: string; description?: string };
}

/** A call that Jira refused or whose answer came back in a shape the page cannot use. */
export interface ReadFailure {
  status: number;
  message: string;
  /** Jira's messages about single fields (`errors` in its answer), by field id. */
  fieldErrors?: Record<string, string>;
}

export type Read<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

const jiraErrors = z
  .object({ errorMessages: z.array(z.string()).optional(), errors: z.record(z.string(), z.string()).optional(), message: z.string().optional() })
  .passthrough();

function failureOf(status: number, body: unknown): ReadFailure {
  const parsed = jiraErrors.safeParse(body);
  const fieldErrors = parsed.success ? parsed.data.errors : undefined;
  return { status, message: messageOf(status, body), ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}) };
}

function messageOf(status: number, body: unknown): string {
  const parsed = jiraErrors.safeParse(body);
  const messages = parsed.success
    ? [...(parsed.data.errorMessages ?? []), ...Object.values(parsed.data.errors ?? {}), ...(parsed.data.message ? [parsed.data.message] : [])]
    : [];
  if (messages.length > 0) return messages.join(' ');
  if (status === 401) return 'You need to sign in to see this.';
  if (status === 403) return 'You do not have permission to see this.';
  if (status === 404) return 'It does not exist, or you do not have permission to see it.';
  return `Jira answered ${status}.`;
}

export class JiraReads {
  constructor(
    private readonly jira: ProductBackend,
    private readonly caller: Caller,
  ) {}

  get<T extends z.ZodType>(path: string, schema: T): Promise<Read<z.output<T>>> {
    return this.send('GET', path, undefined, schema);
  }

  /** One REST call as the caller; `body` is sent as JSON. */
  async send<T extends z.ZodType>(method: string, path: string, body: unknown, schema: T): Promise<Read<z.output<T>>> {
    const headers: Record<string, string> = { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const answer = await this.jira.handle({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body), caller: this.caller });
    const answerBody: unknown = typeof answer.body === 'string' ? safeJson(answer.body) : answer.body;
    if (answer.status >= 400) return { ok: false, failure: failureOf(answer.status, answerBody) };
    const parsed = schema.safeParse(answerBody);
    if (!parsed.success)
      return { ok: false, failure: { status: 502, message: `Jira's answer to ${path.split('?')[0] ?? path} was not in the expected shape.` } };
    return { ok: true, value: parsed.data };
  }

  search(
    jql: string,
    maxResults = 50,
    fields = ['summary', 'status', 'issuetype', 'priority', 'assignee', 'reporter', 'created', 'updated'],
    expand: readonly string[] = [],
  ) {
    const query = new URLSearchParams({
      jql,
      maxResults: String(maxResults),
      fields: fields.join(','),
      ...(expand.length > 0 ? { expand: expand.join(',') } : {}),
    });
    return this.get(`/rest/api/3/search/jql?${query.toString()}`, searchAnswer);
  }

  issue(key: string) {
    return this.get(`/rest/api/3/issue/${encodeURIComponent(key)}?expand=names`, issueAnswer);
  }

  project(key: string) {
    return this.get(`/rest/api/3/project/${encodeURIComponent(key)}`, project);
  }

  fields() {
    return this.get('/rest/api/3/field', z.array(fieldDefinition));
  }

  serviceDesks() {
    return this.get('/rest/servicedeskapi/servicedesk', page(serviceDesk));
  }

  organizations() {
    return this.get('/rest/servicedeskapi/organization?limit=50', page(organization));
  }

  organization(id: string) {
    return this.get(`/rest/servicedeskapi/organization/${encodeURIComponent(id)}`, organization);
  }

  /** The organizations added to a service desk (the customers its agents serve). */
  serviceDeskOrganizations(serviceDeskId: string) {
    return this.get(`/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}/organization?limit=50`, page(organization));
  }

  organizationUsers(id: string) {
    return this.get(`/rest/servicedeskapi/organization/${encodeURIComponent(id)}/user?limit=50`, page(userRef));
  }

  customerRequest(key: string) {
    return this.get(`/rest/servicedeskapi/request/${encodeURIComponent(key)}`, customerRequest);
  }

  customerRequests() {
    return this.get('/rest/servicedeskapi/request?limit=50', page(customerRequest));
  }

  requestComments(key: string) {
    return this.get(`/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment?public=true&limit=50`, page(requestComment));
  }

  requestTypes(serviceDeskId: string) {
    return this.get(`/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}/requesttype?limit=100`, page(requestType));
  }

  /** A desk's portal groups, in the order the portal shows them. */
  requestTypeGroups(serviceDeskId: string) {
    return this.get(`/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}/requesttypegroup?limit=100`, page(requestTypeGroup));
  }

  serviceDesk(id: string) {
    return this.get(`/rest/servicedeskapi/servicedesk/${encodeURIComponent(id)}`, serviceDesk);
  }

  /** The fields the caller may edit on the issue (`editmeta`: the edit screen's, for users with Edit issues). */
  async editableFields(issueKey: string): Promise<Read<Set<string>>> {
    const read = await this.get(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/editmeta`, editMetaAnswer);
    return read.ok ? { ok: true, value: new Set(Object.keys(read.value.fields)) } : read;
  }

  /** Raises a request on a portal as the caller, as the help center's create form does. */
  raiseRequest(request: NewCustomerRequest) {
    return this.send('POST', '/rest/servicedeskapi/request', request, customerRequest);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
