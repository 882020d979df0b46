import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, callAdmin, callIssue, customers, dataOf, errorOf, jira, searchKeys, startSandbox, writesSince } from './harness';

const fieldList = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const issueRead = z.object({
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
});

describe('tagging a ticket as customer feedback', () => {
  let sandbox: Sandbox;
  let ticket: string;
  let customerId: string;
  let customerName: string;
  let otherCustomerId: string;
  let otherCustomerName: string;
  let serviceId: string;
  let customerField: { id: string };
  let serviceFieldId: string;

  const tag = (payload: Record<string, unknown>, accountId = agent().accountId) =>
    callIssue(
      sandbox,
      'tagFeedback',
      {
        issueKey: ticket,
        kind: 'complaint',
        customerId,
        serviceId,
        category: 'response-time',
        severity: 'high',
        statement: 'Nobody answered for a week.\nThe customer escalated twice.',
        ...payload,
      },
      accountId,
    );

  async function readIssue(key: string) {
    return issueRead.parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${key}?fields=*all`)).body);
  }

  /** ACME comes set up with a year of feedback: what a test made is what the seed did not hold. */
  let seededKeys: Set<string>;
  let seededTags: Set<string>;
  const made = async (jql: string) => (await searchKeys(sandbox, jql)).filter((k) => !seededKeys.has(k));
  const tagged = async (): Promise<string[]> => (await searchKeys(sandbox, 'issue.property[brm-feedback].kind = complaint')).filter((k) => !seededTags.has(k));

  /** Takes the app's Customer and Service fields off ACME's screens, as an admin may: the app writes them without screens. */
  async function offScreens(): Promise<void> {
    const screens = z
      .object({ values: z.array(z.object({ id: z.number(), name: z.string() })) })
      .parse((await jira(sandbox, 'GET', '/rest/api/3/screens?queryString=ACME:')).body).values;
    for (const screen of screens) {
      const [tab] = z.array(z.object({ id: z.number() })).parse((await jira(sandbox, 'GET', `/rest/api/3/screens/${screen.id}/tabs`)).body);
      for (const id of [customerField.id, serviceFieldId])
        expect((await jira(sandbox, 'DELETE', `/rest/api/3/screens/${screen.id}/tabs/${tab?.id ?? 0}/fields/${id}`)).status).toBe(204);
    }
    sandbox.runtime.resetCalls();
  }

  beforeEach(async () => {
    sandbox = startSandbox();
    seededKeys = new Set(await searchKeys(sandbox, 'project = ACME'));
    seededTags = new Set(await searchKeys(sandbox, 'issue.property[brm-feedback].kind is not EMPTY'));
    serviceId = dataOf(await callAdmin(sandbox, 'saveService', { name: 'Service desk' }, admin().accountId)).service.id;
    // A ticket an agent raised (it may be for any of the desk's organizations), not tagged and naming no customer or service yet.
    const [first] = await searchKeys(
      sandbox,
      'project = ACME AND issuetype in (Problem, Change, Task) AND Customer is EMPTY AND Service is EMPTY ORDER BY created ASC',
    );
    if (!first) throw new Error('the demo tenant has no ACME ticket an agent raised');
    expect(seededTags.has(first)).toBe(false);
    ticket = first;
    const choices = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: ticket }, agent().accountId)).customers;
    expect(choices.length).toBeGreaterThan(1);
    customerId = choices[0]?.id ?? '';
    customerName = choices[0]?.name ?? '';
    otherCustomerId = choices[1]?.id ?? '';
    otherCustomerName = choices[1]?.name ?? '';
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    const customer = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'));
    const service = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-service'));
    if (!customer || !service) throw new Error('the app fields are not installed');
    customerField = { id: customer.id };
    serviceFieldId = service.id;
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it('creates exactly one linked Complaint with the fields on no screen: system fields at creation, then Customer and Service as the app; JQL finds it by customer id', async () => {
    await offScreens();
    const result = dataOf(await tag({}));
    expect(result.created).toBe(true);
    expect(result.tag).toMatchObject({ kind: 'complaint', taggedBy: agent().accountId, feedbackIssue: { statusCategory: 'new' } });
    const complaintKey = result.tag.feedbackIssueKey;
    await sandbox.settle();
    // Create issue with the create screen's system fields; one app field value write for the complaint
    // and the ticket; the link; the mark. The triggers find both issues within their rules.
    expect(writesSince(sandbox).jira).toEqual([
      'POST /rest/api/3/issue',
      'POST /rest/api/3/app/field/value',
      'POST /rest/api/3/issueLink',
      `PUT /rest/api/3/issue/${ticket}/properties/brm-feedback`,
    ]);

    expect(await made(`issuetype = Complaint AND Customer.id = ${customerId}`)).toEqual([complaintKey]);
    expect(await made(`issuetype = Complaint AND Customer.id = "${otherCustomerId}"`)).toEqual([]);
    expect(await made(`issuetype = Complaint AND Customer.name ~ "${customerName.split(' ')[0] ?? customerName}"`)).toEqual([complaintKey]);
    expect(await tagged()).toEqual([ticket]);

    const complaint = await readIssue(complaintKey);
    expect(complaint.fields[customerField.id]).toEqual({ id: customerId, name: customerName });
    expect(complaint.fields[serviceFieldId]).toEqual({ id: serviceId, name: 'Service desk' });
    expect(complaint.fields.summary).toBe('Complaint: Nobody answered for a week.');
    expect(complaint.fields.labels).toEqual(expect.arrayContaining(['brm-category-response-time', 'brm-severity-high']));
    const links = z
      .array(
        z.object({
          type: z.object({ name: z.string() }),
          inwardIssue: z.object({ key: z.string() }).optional(),
          outwardIssue: z.object({ key: z.string() }).optional(),
        }),
      )
      .parse(complaint.fields.issuelinks);
    expect(links.map((l) => [l.type.name, l.inwardIssue?.key ?? l.outwardIssue?.key])).toEqual([['Relates', ticket]]);

    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: ticket }, agent().accountId, 'brm-feedback-context'));
    expect(state.tag?.feedbackIssueKey).toBe(complaintKey);
    expect(state.feedbackTypesAvailable).toBe(true);

    // The ticket had no customer or service: it now carries the ones the agent chose.
    const original = await readIssue(ticket);
    expect(original.fields[customerField.id]).toEqual({ id: customerId, name: customerName });
    expect(original.fields[serviceFieldId]).toEqual({ id: serviceId, name: 'Service desk' });
  });

  it('refuses, creating nothing, when the create screen lacks a field the complaint needs (Create issue takes only the create screen’s fields)', async () => {
    const screens = z
      .object({ values: z.array(z.object({ id: z.number(), name: z.string() })) })
      .parse((await jira(sandbox, 'GET', '/rest/api/3/screens?queryString=Create')).body).values;
    const create = screens.find((s) => s.name.startsWith('ACME:'));
    if (!create) throw new Error('ACME has no create screen');
    const [tab] = z.array(z.object({ id: z.number() })).parse((await jira(sandbox, 'GET', `/rest/api/3/screens/${create.id}/tabs`)).body);
    expect((await jira(sandbox, 'DELETE', `/rest/api/3/screens/${create.id}/tabs/${tab?.id ?? 0}/fields/labels`)).status).toBe(204);
    sandbox.runtime.resetCalls();
    const error = errorOf(await tag({}));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'kind' });
    expect(error.message).toBe(
      'kind: the create screen of Complaint in ACME lacks Labels, which the complaint needs. Ask a Jira admin to add it to the screen.',
    );
    expect(writesSince(sandbox).jira).toEqual([]);
    expect(await made('issuetype = Complaint')).toEqual([]);
    // A compliment without a category needs no labels.
    expect(dataOf(await tag({ kind: 'compliment', severity: undefined, category: undefined, statement: 'Thanks!' })).created).toBe(true);
  });

  it('keeps a customer the ticket already has, while the complaint carries the one the agent chose', async () => {
    dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: otherCustomerId }, agent().accountId, 'brm-issue-panel'));
    sandbox.runtime.resetCalls();
    const result = dataOf(await tag({}));
    expect((await readIssue(result.tag.feedbackIssueKey)).fields[customerField.id]).toEqual({ id: customerId, name: customerName });
    const original = await readIssue(ticket);
    expect(original.fields[customerField.id]).toEqual({ id: otherCustomerId, name: otherCustomerName });
    expect(original.fields[serviceFieldId]).toEqual({ id: serviceId, name: 'Service desk' });
  });

  it('answers the existing complaint when the ticket is tagged again, writing nothing', async () => {
    const first = dataOf(await tag({}));
    sandbox.runtime.resetCalls();
    const second = dataOf(await tag({ kind: 'compliment', severity: undefined, statement: 'Actually, thanks!' }));
    expect(second.created).toBe(false);
    expect(second.tag.feedbackIssueKey).toBe(first.tag.feedbackIssueKey);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(await made('issuetype in (Complaint, Compliment)')).toEqual([first.tag.feedbackIssueKey]);
  });

  it('creates one complaint when two agents tag the ticket at the same moment', async () => {
    const results = await Promise.all([tag({}), tag({}, acmeOnlyAgent().accountId)]);
    const created = results.filter((r) => r.ok && r.data.created);
    expect(created).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect(await made('issuetype = Complaint')).toHaveLength(1);
  });

  it('refuses an organization the caller cannot pick, an over-long statement and a missing field, creating nothing', async () => {
    const before = await searchKeys(sandbox, 'project = ACME');
    const unknownOrg = errorOf(await tag({ customerId: '987654' }));
    expect(unknownOrg).toMatchObject({ code: 'INVALID_INPUT', field: 'customerId' });
    expect(unknownOrg.message).toBe('customerId: organization 987654 is not one you can see for this project.');
    expect(errorOf(await tag({ statement: 'x'.repeat(2001) }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'statement',
      message: 'statement: must be at most 2000 characters',
    });
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
    expect(await made('issuetype = Complaint')).toEqual([]);
    expect(await tagged()).toEqual([]);
    expect((await readIssue(ticket)).fields.issuelinks).toEqual(linksBefore);
    expect((await readIssue(ticket)).fields[customerField.id] ?? null).toBeNull();
    expect((await readIssue(ticket)).fields[serviceFieldId] ?? null).toBeNull();

    const retried = dataOf(await tag({}));
    expect(retried.created).toBe(true);
    expect(await made('issuetype = Complaint')).toEqual([retried.tag.feedbackIssueKey]);
  });

  it('removes the new complaint when Jira refuses the Customer and Service write, and the ticket keeps its empty fields', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/api\/3\/app\/field\/value$/, status: 503, times: 10 });
    const error = errorOf(await tag({}));
    sandbox.jira.clearFaults();
    expect(error.code).toBe('UPSTREAM');
    expect(error.message).toMatch(/Nothing was changed/);
    expect(await made('issuetype = Complaint')).toEqual([]);
    const original = await readIssue(ticket);
    expect(original.fields[customerField.id] ?? null).toBeNull();
    expect(original.fields.issuelinks).toEqual([]);
    expect(dataOf(await tag({})).created).toBe(true);
  });

  it('reuses the complaint a failed clean-up left behind, so that trying again makes no second one', async () => {
    sandbox.jira.injectFault({ method: 'PUT', pathPattern: /\/properties\/brm-feedback$/, status: 500, times: 1 });
    sandbox.jira.injectFault({ method: 'DELETE', pathPattern: /^\/rest\/api\/3\/issue\/ACME-\d+$/, status: 500, times: 1 });
    const failed = errorOf(await tag({}));
    expect(failed.code).toBe('UPSTREAM');
    expect(failed.message).toMatch(/could not be removed/);
    const leftovers = await made('issuetype = Complaint');
    expect(leftovers).toHaveLength(1);

    const retried = dataOf(await tag({}));
    expect(retried.created).toBe(true);
    expect(retried.tag.feedbackIssueKey).toBe(leftovers[0]);
    expect(await made('issuetype = Complaint')).toEqual(leftovers);
    expect(await tagged()).toEqual([ticket]);
  });

  it('answers success once the tag is written, even when reading the new complaint back fails', async () => {
    const numbers = (await searchKeys(sandbox, 'project = ACME')).map((k) => Number(k.split('-')[1]));
    const next = `ACME-${Math.max(...numbers) + 1}`;
    sandbox.jira.injectFault({ method: 'GET', pathPattern: new RegExp(`^/rest/api/3/issue/${next}$`), status: 500, times: 10 });
    const result = dataOf(await tag({}));
    await sandbox.settle();
    sandbox.jira.clearFaults();
    expect(result).toMatchObject({ created: true, tag: { kind: 'complaint', feedbackIssueKey: next } });
    expect(await tagged()).toEqual([ticket]);
    expect(await made('issuetype = Complaint')).toEqual([next]);
  });

  it('refuses to tag a Complaint or a Compliment itself, naming it', async () => {
    const complaint = dataOf(await tag({})).tag.feedbackIssueKey;
    sandbox.runtime.resetCalls();
    const error = errorOf(await tag({ issueKey: complaint }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'issueKey' });
    expect(error.message).toContain(complaint);
    expect(writesSince(sandbox).jira).toEqual([]);
    expect(await made('issuetype = Complaint')).toEqual([complaint]);
  });

  it('sets, shows and clears the ticket’s customer and service for agents who may edit it, through the app field value API, with the fields on no screen', async () => {
    await offScreens();
    const set = dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: otherCustomerId }, agent().accountId, 'brm-issue-panel'));
    expect(set.customer).toEqual({ id: otherCustomerId, name: otherCustomerName });
    expect(writesSince(sandbox).jira).toEqual([`PUT /rest/api/3/app/field/${customerField.id}/value`]);
    expect((await readIssue(ticket)).fields[customerField.id]).toEqual({ id: otherCustomerId, name: otherCustomerName });

    dataOf(await callIssue(sandbox, 'setService', { issueKey: ticket, serviceId }, agent().accountId, 'brm-issue-panel'));
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: ticket }, agent().accountId, 'brm-issue-panel'));
    expect(state).toMatchObject({
      customer: { id: otherCustomerId, name: otherCustomerName },
      service: { id: serviceId, name: 'Service desk' },
      canEdit: true,
      canTag: true,
      tag: null,
    });
    // Jira's lists name them: the formatter renders the name (REST renderedFields).
    const rendered = z
      .object({ renderedFields: z.record(z.string(), z.string().nullable()) })
      .parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${ticket}?fields=${customerField.id},${serviceFieldId}&expand=renderedFields`)).body);
    expect(rendered.renderedFields).toEqual({ [customerField.id]: otherCustomerName, [serviceFieldId]: 'Service desk' });

    expect(errorOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: '987654' }, agent().accountId, 'brm-issue-panel'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'customerId',
    });
    dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket, customerId: null }, agent().accountId, 'brm-issue-panel'));
    expect((await readIssue(ticket)).fields[customerField.id] ?? null).toBeNull();
  });
});
