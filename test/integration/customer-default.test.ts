import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { putOnScreens } from '@brm/sandbox/test/jira/emulator-fixture';
import { agent, customers, jira, startSandbox, writesSince } from './harness';

const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string().optional(), projectId: z.string() })) });
const requestTypes = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const organizations = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const created = z.object({ issueKey: z.string(), issueId: z.string() });

describe('the Customer default trigger', () => {
  let sandbox: Sandbox;
  let customerField: string;
  let deskId: string;
  let requestTypeId: string;

  beforeEach(async () => {
    sandbox = startSandbox();
    const fields = z
      .array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }))
      .parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    customerField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'))?.id ?? '';
    const acme = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectKey === 'ACME');
    deskId = acme?.id ?? '';
    requestTypeId = requestTypes.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${deskId}/requesttype`)).body).values[0]?.id ?? '';
    await sandbox.settle();
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  /** A portal customer raises a request, as the portal does it. */
  async function raise(accountId: string): Promise<{ issueKey: string; issueId: string }> {
    const answer = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/servicedeskapi/request',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceDeskId: deskId, requestTypeId, requestFieldValues: { summary: 'Printer on floor 3 is jammed' } }),
      caller: { kind: 'user', accountId },
    });
    expect(answer.status).toBe(201);
    return created.parse(answer.body);
  }

  /** The Customer field's value: `{ id, name }` or null. */
  async function customerOf(issueKey: string): Promise<unknown> {
    const issue = z
      .object({ fields: z.record(z.string(), z.unknown()) })
      .parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${issueKey}?fields=${customerField}`)).body);
    return issue.fields[customerField] ?? null;
  }

  async function organizationsOf(accountId: string) {
    return organizations.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/organization?accountId=${accountId}`)).body).values;
  }

  it('fills Customer from the reporter’s only organization, by id and name, through the app field value API (the field is on no screen), once, however often the event comes', async () => {
    const reporter = customers()[0];
    if (!reporter) throw new Error('no demo customer');
    const [organization] = await organizationsOf(reporter.accountId);
    const request = await raise(reporter.accountId);
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await customerOf(request.issueKey)).toEqual({ id: organization?.id, name: organization?.name });
    expect(writesSince(sandbox).jira).toEqual([`PUT /rest/api/3/app/field/${customerField}/value`]);

    sandbox.runtime.resetCalls();
    await sandbox.deliverEvent('avi:jira:created:issue', { issue: { id: request.issueId, key: request.issueKey } });
    await sandbox.deliverEvent('avi:jira:created:issue', { issue: { id: request.issueId, key: request.issueKey } });
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(await customerOf(request.issueKey)).toEqual({ id: organization?.id, name: organization?.name });
  });

  it('leaves Customer empty for the agent to choose when the reporter belongs to several organizations', async () => {
    const reporter = customers()[0];
    if (!reporter) throw new Error('no demo customer');
    const own = (await organizationsOf(reporter.accountId)).map((o) => o.id);
    const deskOrganizations = organizations.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${deskId}/organization`)).body).values;
    const another = deskOrganizations.find((o) => !own.includes(o.id));
    if (!another) throw new Error('the ACME desk has a single organization');
    expect((await jira(sandbox, 'POST', `/rest/servicedeskapi/organization/${another.id}/user`, { accountIds: [reporter.accountId] })).status).toBe(204);

    const request = await raise(reporter.accountId);
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await customerOf(request.issueKey)).toBeNull();
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('does not touch a Customer someone already set within the rule', async () => {
    const reporter = customers()[0];
    if (!reporter) throw new Error('no demo customer');
    // The reporter belongs to two of the desk's organizations, so the Customer is left for an agent.
    const own = (await organizationsOf(reporter.accountId)).map((o) => o.id);
    const deskOrganizations = organizations.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${deskId}/organization`)).body).values;
    const second = deskOrganizations.find((o) => !own.includes(o.id));
    if (!second) throw new Error('the ACME desk has a single organization');
    expect((await jira(sandbox, 'POST', `/rest/servicedeskapi/organization/${second.id}/user`, { accountIds: [reporter.accountId] })).status).toBe(204);
    const request = await raise(reporter.accountId);
    await sandbox.settle();
    expect(await customerOf(request.issueKey)).toBeNull();

    // An agent sets it on the issue view, once an admin has put the field on ACME's screens.
    await putOnScreens(sandbox.jira, 'ACME', customerField);
    const edit = await sandbox.jira.handle({
      method: 'PUT',
      path: `/rest/api/3/issue/${request.issueKey}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { [customerField]: { id: second.id, name: second.name } } }),
      caller: { kind: 'user', accountId: agent().accountId },
    });
    expect(edit.status).toBe(204);
    await sandbox.settle();
    sandbox.runtime.resetCalls();
    await sandbox.deliverEvent('avi:jira:created:issue', { issue: { id: request.issueId, key: request.issueKey } });
    expect(writesSince(sandbox).jira).toEqual([]);
    expect(await customerOf(request.issueKey)).toEqual({ id: second.id, name: second.name });
  });
});
