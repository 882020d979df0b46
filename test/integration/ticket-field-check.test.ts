import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { putOnScreens } from '@brm/sandbox/test/jira/emulator-fixture';
import { admin, agent, callAdmin, callIssue, customers, dataOf, errorOf, jira, searchKeys, startSandbox, writesSince } from './harness';

const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string().optional() })) });
const listOf = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const fieldList = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const created = z.object({ issueKey: z.string(), issueId: z.string() });
const check = z.object({ previous: z.string(), value: z.string().nullable(), reason: z.string(), at: z.string() });

/**
 * The Customer and Service fields keep their rules however they are set (the portal, a plain edit,
 * the REST API): the triggers on `avi:jira:created:issue` and `avi:jira:updated:issue` correct them
 * through the app field value API and record why, and a repeated or self-caused event changes
 * nothing. Users set the fields only where they are on the screens: as a Jira admin would, each test
 * puts them on ACME's and Field Services' screens first.
 */
describe('the Customer and Service rules, kept by the issue triggers', () => {
  let sandbox: Sandbox;
  let customerField: string;
  let serviceField: string;
  let acmeDesk: string;
  let requestTypeId: string;
  let reporter: string;
  let reporterOrganization: string;
  let otherOrganization: string;
  let organizationNames: Map<string, string>;
  /** The Customer value of an organization, `{ id, name }`, as the field's edit frame submits it. */
  const org = (id: string) => ({ id, name: organizationNames.get(id) ?? id });

  beforeEach(async () => {
    sandbox = startSandbox();
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    customerField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'))?.id ?? '';
    serviceField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-service'))?.id ?? '';
    acmeDesk = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectKey === 'ACME')?.id ?? '';
    requestTypeId = listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${acmeDesk}/requesttype`)).body).values[0]?.id ?? '';
    reporter = customers()[0]?.accountId ?? '';
    reporterOrganization = (await organizationsOf(reporter))[0]?.id ?? '';
    const deskOrganizations = listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${acmeDesk}/organization`)).body).values;
    otherOrganization = deskOrganizations.find((o) => o.id !== reporterOrganization)?.id ?? '';
    organizationNames = new Map(listOf.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/organization')).body).values.map((o) => [o.id, o.name]));
    for (const project of ['ACME', 'FIELD']) for (const field of [customerField, serviceField]) await putOnScreens(sandbox.jira, project, field);
    await sandbox.settle();
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  async function organizationsOf(accountId: string) {
    return listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/organization?accountId=${accountId}`)).body).values;
  }

  /** A portal customer raises a request on the ACME portal (JSM's Create customer request). */
  async function raise(accountId: string, values: Record<string, unknown> = {}): Promise<{ issueKey: string; issueId: string }> {
    const answer = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/servicedeskapi/request',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceDeskId: acmeDesk, requestTypeId, requestFieldValues: { summary: 'The shared drive is read-only', ...values } }),
      caller: { kind: 'user', accountId },
    });
    expect(answer.status).toBe(201);
    return created.parse(answer.body);
  }

  /** A user's plain edit (Edit issue, PUT /rest/api/3/issue/{key}), as Jira's issue view sends it. */
  async function edit(issueKey: string, fields: Record<string, unknown>, accountId = agent().accountId): Promise<void> {
    const answer = await sandbox.jira.handle({
      method: 'PUT',
      path: `/rest/api/3/issue/${issueKey}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields }),
      caller: { kind: 'user', accountId },
    });
    expect(answer.status).toBe(204);
  }

  async function valueOf(issueKey: string, fieldId: string): Promise<unknown> {
    const issue = z
      .object({ fields: z.record(z.string(), z.unknown()) })
      .parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${issueKey}?fields=${fieldId}`)).body);
    return issue.fields[fieldId] ?? null;
  }

  /** The id the field holds, or null. */
  async function idOf(issueKey: string, fieldId: string): Promise<string | null> {
    return (
      z
        .object({ id: z.string() })
        .nullable()
        .parse(await valueOf(issueKey, fieldId))?.id ?? null
    );
  }

  async function checkOf(issueKey: string, propertyKey: string) {
    const answer = await jira(sandbox, 'GET', `/rest/api/3/issue/${issueKey}/properties/${propertyKey}`);
    return answer.status === 404 ? null : check.parse(z.object({ value: z.unknown() }).parse(answer.body).value);
  }

  it('puts a Customer set on the portal to another organization back to the reporter’s own, says why, and does it once', async () => {
    const request = await raise(reporter, { [customerField]: org(otherOrganization) });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(request.issueKey, customerField)).toEqual(org(reporterOrganization));
    expect(await checkOf(request.issueKey, 'brm-customer-check')).toMatchObject({
      previous: otherOrganization,
      value: reporterOrganization,
      reason: expect.stringMatching(/is not an organization of the reporter.*was set instead/),
    });
    // One correction and its record; the update event the correction caused changed nothing.
    expect(writesSince(sandbox).jira).toEqual([
      `PUT /rest/api/3/app/field/${customerField}/value`,
      `PUT /rest/api/3/issue/${request.issueKey}/properties/brm-customer-check`,
    ]);

    sandbox.runtime.resetCalls();
    const changelog = {
      items: [
        {
          field: 'Customer',
          fieldtype: 'custom',
          fieldId: customerField,
          from: JSON.stringify(org(otherOrganization)),
          to: JSON.stringify(org(reporterOrganization)),
        },
      ],
    };
    await sandbox.deliverEvent('avi:jira:created:issue', { issue: { id: request.issueId, key: request.issueKey } });
    await sandbox.deliverEvent('avi:jira:updated:issue', { issue: { id: request.issueId, key: request.issueKey }, changelog });
    await sandbox.deliverEvent('avi:jira:updated:issue', { issue: { id: request.issueId, key: request.issueKey }, changelog });
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('corrects an agent’s plain edit of a customer’s ticket, and shows why on the panel', async () => {
    const request = await raise(reporter);
    await sandbox.settle();
    expect(await idOf(request.issueKey, customerField)).toBe(reporterOrganization);

    await edit(request.issueKey, { [customerField]: org(otherOrganization) });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(request.issueKey, customerField)).toEqual(org(reporterOrganization));
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: request.issueKey }, agent().accountId, 'brm-issue-panel'));
    expect(state.checks.customer).toMatchObject({
      previous: otherOrganization,
      value: reporterOrganization,
      reason: expect.stringContaining('is not an organization of the reporter'),
    });
    // The reporter sees no such internals.
    expect(dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: request.issueKey }, reporter, 'brm-issue-panel')).checks).toEqual({
      customer: null,
      service: null,
    });
  });

  it('offers and accepts on the agent surfaces only the organizations the rule allows for the ticket', async () => {
    const request = await raise(reporter);
    await sandbox.settle();
    const choices = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: request.issueKey }, agent().accountId)).customers;
    expect(choices.map((c) => c.id)).toEqual([reporterOrganization]);
    const refused = errorOf(
      await callIssue(sandbox, 'setCustomer', { issueKey: request.issueKey, customerId: otherOrganization }, agent().accountId, 'brm-issue-panel'),
    );
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'customerId', message: expect.stringContaining('is not an organization of the reporter') });
    expect(await idOf(request.issueKey, customerField)).toBe(reporterOrganization);
    // An agent's own ticket may be for any of the desk's organizations.
    const [own] = await searchKeys(sandbox, `project = ACME AND reporter = "${agent().accountId}" ORDER BY created ASC`);
    if (!own) throw new Error('no ACME ticket of the agent');
    expect(dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: own }, agent().accountId)).customers.length).toBeGreaterThan(1);
    expect(
      dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: own, customerId: otherOrganization }, agent().accountId, 'brm-issue-panel')).customer?.id,
    ).toBe(otherOrganization);
  });

  it('clears a Customer outside the reporter’s organizations when several of them fit, for an agent to choose', async () => {
    const third = listOf
      .parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${acmeDesk}/organization`)).body)
      .values.find((o) => o.id !== reporterOrganization && o.id !== otherOrganization);
    expect((await jira(sandbox, 'POST', `/rest/servicedeskapi/organization/${otherOrganization}/user`, { accountIds: [reporter] })).status).toBe(204);
    const request = await raise(reporter, { [customerField]: org(third?.id ?? '') });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(request.issueKey, customerField)).toBeNull();
    expect(await checkOf(request.issueKey, 'brm-customer-check')).toMatchObject({
      previous: third?.id,
      value: null,
      reason: expect.stringContaining("choose among the reporter's organizations"),
    });
    // Either of the reporter's own organizations is fine.
    await edit(request.issueKey, { [customerField]: org(otherOrganization) });
    await sandbox.settle();
    expect(await idOf(request.issueKey, customerField)).toBe(otherOrganization);
  });

  it('lets a ticket raised by an agent be for any organization of the project’s desk, and no other', async () => {
    // Field Services' desk serves two organizations; an agent's task there cannot be for a third.
    const fieldDesk = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectKey === 'FIELD')?.id ?? '';
    const onDesk = listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${fieldDesk}/organization`)).body).values.map((o) => o.id);
    const offDesk = listOf.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/organization')).body).values.find((o) => !onDesk.includes(o.id));
    const [task] = await searchKeys(
      sandbox,
      `project = "FIELD" AND reporter in ("${agent().accountId}", "${admin().accountId}", "712020:5eed0000-0000-4000-8000-000000000003") ORDER BY created ASC`,
    );
    if (!task || !offDesk || !onDesk[1]) throw new Error('the demo tenant lacks an agent’s FIELD ticket or an organization off its desk');

    await edit(task, { [customerField]: org(onDesk[1]) }, admin().accountId);
    await sandbox.settle();
    expect(await idOf(task, customerField)).toBe(onDesk[1]);

    await edit(task, { [customerField]: org(offDesk.id) }, admin().accountId);
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(task, customerField)).toBeNull();
    expect(await checkOf(task, 'brm-customer-check')).toMatchObject({
      previous: offDesk.id,
      value: null,
      reason: expect.stringContaining("is not an organization of this project's service desk"),
    });
  });

  it('clears a Service that names no catalogue service or an archived one newly set, and keeps one archived after it was set', async () => {
    const active = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Email' }, admin().accountId)).service.id;
    const retired = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Fax' }, admin().accountId)).service.id;
    dataOf(await callAdmin(sandbox, 'archiveService', { id: retired }, admin().accountId));
    const [ticket] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    if (!ticket) throw new Error('no ACME ticket');

    await edit(ticket, { [serviceField]: { id: 'no-such-service', name: 'Telepathy' } });
    await sandbox.settle();
    expect(await valueOf(ticket, serviceField)).toBeNull();
    expect(await checkOf(ticket, 'brm-service-check')).toMatchObject({
      previous: 'no-such-service',
      value: null,
      reason: expect.stringContaining('no service no-such-service in the service catalogue'),
    });

    await edit(ticket, { [serviceField]: { id: retired, name: 'Fax' } });
    await sandbox.settle();
    expect(await valueOf(ticket, serviceField)).toBeNull();
    expect((await checkOf(ticket, 'brm-service-check'))?.reason).toContain('the service Fax is archived');

    await edit(ticket, { [serviceField]: { id: active, name: 'Email' } });
    await sandbox.settle();
    dataOf(await callAdmin(sandbox, 'archiveService', { id: active }, admin().accountId));
    sandbox.runtime.resetCalls();
    await edit(ticket, { summary: 'Mail is slow', [customerField]: org(otherOrganization) });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(ticket, serviceField)).toEqual({ id: active, name: 'Email' });
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('puts back the name of an organization or service that an edit wrote wrong, keeping the id, without a correction record', async () => {
    const active = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Email' }, admin().accountId)).service.id;
    const request = await raise(reporter);
    await sandbox.settle();
    sandbox.runtime.resetCalls();
    await edit(request.issueKey, {
      [customerField]: { id: reporterOrganization, name: 'Anything we like' },
      [serviceField]: { id: active, name: 'Free lunch' },
    });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(await valueOf(request.issueKey, customerField)).toEqual(org(reporterOrganization));
    expect(await valueOf(request.issueKey, serviceField)).toEqual({ id: active, name: 'Email' });
    expect(writesSince(sandbox).jira).toEqual(['POST /rest/api/3/app/field/value']);
    expect(await checkOf(request.issueKey, 'brm-customer-check')).toBeNull();
  });

  it('refuses a value of the wrong shape in an edit, naming the field (Forge object field schema), and writes nothing', async () => {
    const [ticket] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    if (!ticket) throw new Error('no ACME ticket');
    const before = await valueOf(ticket, customerField);
    const send = (value: unknown) =>
      sandbox.jira.handle({
        method: 'PUT',
        path: `/rest/api/3/issue/${ticket}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fields: { [customerField]: value } }),
        caller: { kind: 'user', accountId: agent().accountId },
      });
    expect(await send(reporterOrganization)).toMatchObject({
      status: 400,
      body: { errors: { [customerField]: "Field 'Customer' must be an object, not a string." } },
    });
    expect(await send({ id: reporterOrganization })).toMatchObject({
      status: 400,
      body: { errors: { [customerField]: "Field 'Customer': name is required." } },
    });
    await sandbox.settle();
    expect(await valueOf(ticket, customerField)).toEqual(before);
  });
});
