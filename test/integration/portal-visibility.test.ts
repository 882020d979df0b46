import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, callAdmin, callIssue, customers, dataOf, errorOf, jira, searchKeys, startSandbox, writesSince } from './harness';

const organizations = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const fieldList = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));

/**
 * A portal customer can browse their own request but is not an agent of its project: the issue
 * surfaces' calls must tell them nothing of how agents tagged it, nor anything beyond their request.
 */
describe('what a portal customer learns from the issue surfaces', () => {
  let sandbox: Sandbox;
  let request: string;
  let reporterId: string;
  let othersRequest: string;
  let serviceId: string;
  let otherServiceId: string;
  let organizationId: string;
  let customerField: string;
  let serviceField: string;

  beforeEach(async () => {
    sandbox = startSandbox();
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    customerField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'))?.id ?? '';
    serviceField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-service'))?.id ?? '';
    // ACME comes set up; the requests below are ones its history has not tagged.
    serviceId = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Email' }, admin().accountId)).service.id;
    otherServiceId = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Payroll (internal)' }, admin().accountId)).service.id;
    // A request of one customer, and one of a customer of another organization (not shared with the first).
    let found: { key: string; reporter: string; organization: string | null } | undefined;
    for (const customer of customers()) {
      const [key] = await searchKeys(
        sandbox,
        `project = ACME AND reporter = "${customer.accountId}" AND issue.property[brm-feedback].kind is EMPTY AND issuetype not in (Complaint, Compliment) ORDER BY created ASC`,
      );
      if (!key) continue;
      if (!found) found = { key, reporter: customer.accountId, organization: customer.organization };
      else if (customer.organization !== found.organization) {
        othersRequest = key;
        break;
      }
    }
    if (!found || !othersRequest) throw new Error('the demo tenant has too few customer requests in ACME');
    request = found.key;
    reporterId = found.reporter;
    organizationId = organizations.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/organization?accountId=${reporterId}`)).body).values[0]?.id ?? '';
    // An agent tags the customer's request as a complaint and gives it a service.
    dataOf(
      await callIssue(
        sandbox,
        'tagFeedback',
        { issueKey: request, kind: 'complaint', customerId: organizationId, serviceId, severity: 'medium', statement: 'Escalated by phone.' },
        agent().accountId,
      ),
    );
    dataOf(await callIssue(sandbox, 'setService', { issueKey: othersRequest, serviceId: otherServiceId }, agent().accountId));
    await sandbox.settle();
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it('shows the customer their request’s customer and service, but not that or how agents tagged it', async () => {
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: request }, reporterId, 'brm-issue-panel'));
    expect(state.tag).toBeNull();
    expect(JSON.stringify(state)).not.toContain(agent().accountId);
    expect(state).toMatchObject({ canTag: false, canEdit: false, customer: { id: organizationId }, service: { id: serviceId, name: 'Email' } });
    // The agent who tagged it sees the tag.
    expect(dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: request }, agent().accountId, 'brm-issue-panel')).tag).toMatchObject({
      taggedBy: agent().accountId,
    });
  });

  it('does not list the service desk’s organizations to a portal customer', async () => {
    expect(errorOf(await callIssue(sandbox, 'listCustomers', { issueKey: request }, reporterId)).code).toBe('FORBIDDEN');
    expect(
      errorOf(await callIssue(sandbox, 'tagFeedback', { issueKey: request, kind: 'compliment', customerId: organizationId, statement: 'Thanks' }, reporterId))
        .code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(errorOf(await callIssue(sandbox, 'setService', { issueKey: request, serviceId: null }, reporterId)).code).toBe('FORBIDDEN');
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('lets a customer read the names of their own request’s Customer and Service from the fields, and nothing of another request', async () => {
    const read = async (key: string) =>
      sandbox.jira.handle({
        method: 'GET',
        path: `/rest/api/3/issue/${key}?fields=${customerField},${serviceField}&expand=renderedFields`,
        headers: {},
        caller: { kind: 'user', accountId: reporterId },
      });
    const own = await read(request);
    expect(own.status).toBe(200);
    const organizationName = organizations
      .parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/organization')).body)
      .values.find((o) => o.id === organizationId)?.name;
    expect(own.body).toMatchObject({
      fields: { [customerField]: { id: organizationId, name: organizationName }, [serviceField]: { id: serviceId, name: 'Email' } },
      renderedFields: { [customerField]: organizationName, [serviceField]: 'Email' },
    });
    // The field frames show what Jira gives them; a request the customer cannot browse gives nothing.
    expect((await read(othersRequest)).status).toBe(404);
    expect(JSON.stringify(own.body)).not.toContain('Payroll (internal)');
  });
});
