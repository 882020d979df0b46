import { z } from 'zod';
import type { Sandbox } from '../../sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, callAdmin, callIssue, customers, dataOf, errorOf, jira, onIssue, projectId, provision, searchKeys, startSandbox, writesSince } from './harness';

const fieldList = z.array(z.object({ id: z.string(), clauseNames: z.array(z.string()).optional(), schema: z.object({ custom: z.string().optional() }).optional() }));
const issueRead = z.object({
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
});

describe('tagging a ticket as customer feedback', () => {
  let sandbox: Sandbox;
  let ticket: string;
  let customerId: string;
  let otherCustomerId: string;
  let serviceId: string;
  let customerField: { id: string; clause: string };
  let serviceFieldId: string;

  const tag = (payload: Record<string, unknown>, accountId = agent().accountId) =>
    callIssue(sandbox, 'tagFeedback', { issueKey: ticket, kind: 'complaint', customerId, serviceId, category: 'response-time', severity: 'high', statement: 'Nobody answered for a week.\nThe customer escalated twice.', ...payload }, accountId);

  async function readIssue(key: string) {
    return issueRead.parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${key}?fields=*all`)).body);
  }

  beforeEach(async () => {
    sandbox = startSandbox();
    const acme = await projectId(sandbox, 'ACME');
    expect((await provision(sandbox, [acme])).report.complete).toBe(true);
    serviceId = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Service desk' }, admin().accountId)).service.id;
    const [first] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    if (!first) throw new Error('the demo tenant has no ACME ticket');
    ticket = first;
    const choices = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: ticket }, agent().accountId)).customers;
    expect(choices.length).toBeGreaterThan(1);
    customerId = choices[0]?.id ?? '';
    otherCustomerId = choices[1]?.id ?? '';
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    const customer = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'));
    const service = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-service'));
    if (!customer || !service) throw new Error('the app fields are not installed');
    customerField = { id: customer.id, clause: customer.clauseNames?.find((c) => c.startsWith('cf[')) ?? customer.id };
    serviceFieldId = service.id;
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it('creates exactly one linked Complaint carrying customer and service, which JQL finds by customer', async () => {
    const result = dataOf(await tag({}));
    expect(result.created).toBe(true);
    expect(result.tag).toMatchObject({ kind: 'complaint', taggedBy: agent().accountId, feedbackIssue: { statusCategory: 'new' } });
    const complaintKey = result.tag.feedbackIssueKey;

    expect(await searchKeys(sandbox, `issuetype = Complaint AND ${customerField.clause} = "${customerId}"`)).toEqual([complaintKey]);
    expect(await searchKeys(sandbox, `issuetype = Complaint AND ${customerField.clause} = "${otherCustomerId}"`)).toEqual([]);
    expect(await searchKeys(sandbox, 'issue.property[brm-feedback].kind = complaint')).toEqual([ticket]);

    const complaint = await readIssue(complaintKey);
    expect(complaint.fields[customerField.id]).toBe(customerId);
    expect(complaint.fields[serviceFieldId]).toBe(serviceId);
    expect(complaint.fields.summary).toBe('Complaint: Nobody answered for a week.');
    expect(complaint.fields.labels).toEqual(expect.arrayContaining(['brm-category-response-time', 'brm-severity-high']));
    const links = z.array(z.object({ type: z.object({ name: z.string() }), inwardIssue: z.object({ key: z.string() }).optional(), outwardIssue: z.object({ key: z.string() }).optional() })).parse(complaint.fields.issuelinks);
    expect(links.map((l) => [l.type.name, l.inwardIssue?.key ?? l.outwardIssue?.key])).toEqual([['Relates', ticket]]);

    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: ticket }, agent().accountId, 'brm-feedback-context'));
    expect(state.tag?.feedbackIssueKey).toBe(complaintKey);
    expect(state.feedbackTypesAvailable).toBe(true);

    // The ticket had no customer or service: it now carries the ones the agent chose.
    const original = await readIssue(ticket);
    expect(original.fields[customerField.id]).toBe(customerId);
    expect(original.fields[serviceFieldId]).toBe(serviceId);
  });

  it('keeps a customer the ticket already has, while the complaint carries the one the agent chose', async () => {
    dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: otherCustomerId }, agent().accountId, 'brm-customer'));
    sandbox.runtime.resetCalls();
    const result = dataOf(await tag({}));
    expect((await readIssue(result.tag.feedbackIssueKey)).fields[customerField.id]).toBe(customerId);
    const original = await readIssue(ticket);
    expect(original.fields[customerField.id]).toBe(otherCustomerId);
    expect(original.fields[serviceFieldId]).toBe(serviceId);
  });

  it('answers the existing complaint when the ticket is tagged again, writing nothing', async () => {
    const first = dataOf(await tag({}));
    sandbox.runtime.resetCalls();
    const second = dataOf(await tag({ kind: 'compliment', severity: undefined, statement: 'Actually, thanks!' }));
    expect(second.created).toBe(false);
    expect(second.tag.feedbackIssueKey).toBe(first.tag.feedbackIssueKey);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(await searchKeys(sandbox, 'issuetype in (Complaint, Compliment)')).toEqual([first.tag.feedbackIssueKey]);
  });

  it('creates one complaint when two agents tag the ticket at the same moment', async () => {
    const results = await Promise.all([tag({}), tag({}, acmeOnlyAgent().accountId)]);
    const created = results.filter((r) => r.ok && r.data.created);
    expect(created).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toHaveLength(1);
  });

  it('refuses an organization the caller cannot pick, an over-long statement and a missing field, creating nothing', async () => {
    const before = await searchKeys(sandbox, 'project = ACME');
    const unknownOrg = errorOf(await tag({ customerId: '987654' }));
    expect(unknownOrg).toMatchObject({ code: 'INVALID_INPUT', field: 'customerId' });
    expect(unknownOrg.message).toBe('customerId: organization 987654 is not one you can see for this project.');
    expect(errorOf(await tag({ statement: 'x'.repeat(2001) }))).toMatchObject({ code: 'INVALID_INPUT', field: 'statement', message: 'statement: must be at most 2000 characters' });
    expect(errorOf(await tag({ customerId: undefined }))).toMatchObject({ code: 'INVALID_INPUT', field: 'customerId', message: 'customerId: is required' });
    expect(errorOf(await tag({ serviceId: 'no-such-service' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'serviceId' });
    expect(errorOf(await tag({ issueKey: 'ACME-999999' }))).toMatchObject({ code: 'NOT_FOUND', field: 'issueKey' });
    expect(await searchKeys(sandbox, 'project = ACME')).toEqual(before);
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('lets only agents who can create issues in the project tag, and says so', async () => {
    const customer = customers()[0];
    if (!customer) throw new Error('no demo customer');
    expect(errorOf(await tag({}, customer.accountId)).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const anonymous = await callIssue(sandbox, 'tagFeedback', { issueKey: ticket, kind: 'compliment', customerId, statement: 'Thanks' }, undefined);
    expect(errorOf(anonymous).code).toBe('FORBIDDEN');
    const [fieldTicket] = await searchKeys(sandbox, 'project = "FIELD"');
    if (fieldTicket) expect(errorOf(await tag({ issueKey: fieldTicket }, acmeOnlyAgent().accountId))).toMatchObject({ code: 'NOT_FOUND', field: 'issueKey' });
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('tells the agent to provision first when the project has no Complaint type', async () => {
    const [fieldTicket] = await searchKeys(sandbox, 'project = "FIELD"');
    if (!fieldTicket) throw new Error('the demo tenant has no FIELD ticket');
    const fieldCustomers = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: fieldTicket }, agent().accountId)).customers;
    const error = errorOf(await tag({ issueKey: fieldTicket, customerId: fieldCustomers[0]?.id ?? '1' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/provision/);
    expect(writesSince(sandbox).jira).toEqual([]);
  });

  it('removes the new complaint when the ticket cannot be marked, so nothing is half written', async () => {
    const linksBefore = (await readIssue(ticket)).fields.issuelinks;
    sandbox.jira.injectFault({ method: 'PUT', pathPattern: /\/properties\/brm-feedback$/, status: 500, times: 1 });
    const error = errorOf(await tag({}));
    expect(error.code).toBe('UPSTREAM');
    expect(error.message).toMatch(/Nothing was changed/);
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toEqual([]);
    expect(await searchKeys(sandbox, 'issue.property[brm-feedback].kind = complaint')).toEqual([]);
    expect((await readIssue(ticket)).fields.issuelinks).toEqual(linksBefore);
    expect((await readIssue(ticket)).fields[customerField.id] ?? null).toBeNull();
    expect((await readIssue(ticket)).fields[serviceFieldId] ?? null).toBeNull();

    const retried = dataOf(await tag({}));
    expect(retried.created).toBe(true);
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toEqual([retried.tag.feedbackIssueKey]);
  });

  it('reuses the complaint a failed clean-up left behind, so that trying again makes no second one', async () => {
    sandbox.jira.injectFault({ method: 'PUT', pathPattern: /\/properties\/brm-feedback$/, status: 500, times: 1 });
    sandbox.jira.injectFault({ method: 'DELETE', pathPattern: /^\/rest\/api\/3\/issue\/ACME-\d+$/, status: 500, times: 1 });
    const failed = errorOf(await tag({}));
    expect(failed.code).toBe('UPSTREAM');
    expect(failed.message).toMatch(/could not be removed/);
    const leftovers = await searchKeys(sandbox, 'issuetype = Complaint');
    expect(leftovers).toHaveLength(1);

    const retried = dataOf(await tag({}));
    expect(retried.created).toBe(true);
    expect(retried.tag.feedbackIssueKey).toBe(leftovers[0]);
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toEqual(leftovers);
    expect(await searchKeys(sandbox, 'issue.property[brm-feedback].kind = complaint')).toEqual([ticket]);
  });

  it('answers success once the tag is written, even when reading the new complaint back fails', async () => {
    const numbers = (await searchKeys(sandbox, 'project = ACME')).map((k) => Number(k.split('-')[1]));
    const next = `ACME-${Math.max(...numbers) + 1}`;
    sandbox.jira.injectFault({ method: 'GET', pathPattern: new RegExp(`^/rest/api/3/issue/${next}$`), status: 500, times: 10 });
    const result = dataOf(await tag({}));
    await sandbox.settle();
    sandbox.jira.clearFaults();
    expect(result).toMatchObject({ created: true, tag: { kind: 'complaint', feedbackIssueKey: next } });
    expect(await searchKeys(sandbox, 'issue.property[brm-feedback].kind = complaint')).toEqual([ticket]);
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toEqual([next]);
  });

  it('refuses to tag a Complaint or a Compliment itself, naming it', async () => {
    const complaint = dataOf(await tag({})).tag.feedbackIssueKey;
    sandbox.runtime.resetCalls();
    const error = errorOf(await tag({ issueKey: complaint }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'issueKey' });
    expect(error.message).toContain(complaint);
    expect(writesSince(sandbox).jira).toEqual([]);
    expect(await searchKeys(sandbox, 'issuetype = Complaint')).toEqual([complaint]);
  });

  it('sets, shows and clears the ticket’s customer and service for agents who may edit it', async () => {
    const set = dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: otherCustomerId }, agent().accountId, 'brm-customer'));
    expect(set.customer?.id).toBe(otherCustomerId);
    expect((await readIssue(ticket)).fields[customerField.id]).toBe(otherCustomerId);
    const shownOn = await onIssue(sandbox, ticket);
    const display = dataOf(await callIssue(sandbox, 'getFieldDisplay', { fieldKey: 'brm-customer', value: otherCustomerId }, agent().accountId, 'brm-customer', shownOn));
    expect(display).toEqual({ label: set.customer?.name, status: 'known' });

    dataOf(await callIssue(sandbox, 'setService', { issueKey: ticket, serviceId }, agent().accountId, 'brm-service'));
    expect(dataOf(await callIssue(sandbox, 'getFieldDisplay', { fieldKey: 'brm-service', value: serviceId }, agent().accountId, 'brm-service', shownOn))).toEqual({ label: 'Service desk', status: 'known' });
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: ticket }, agent().accountId, 'brm-issue-panel'));
    expect(state).toMatchObject({ customer: { id: otherCustomerId }, service: { id: serviceId, name: 'Service desk' }, canEdit: true, canTag: true, tag: null });

    expect(errorOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: '987654' }, agent().accountId, 'brm-customer'))).toMatchObject({ code: 'INVALID_INPUT', field: 'customerId' });
    dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: null }, agent().accountId, 'brm-customer'));
    expect((await readIssue(ticket)).fields[customerField.id] ?? null).toBeNull();
    expect(dataOf(await callIssue(sandbox, 'getFieldDisplay', { fieldKey: 'brm-customer', value: null }, agent().accountId, 'brm-customer', shownOn)).status).toBe('empty');
  });
});
