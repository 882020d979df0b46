import { z } from 'zod';
import { DEMO_USERS } from '#sandbox/seed/demo-users';
import { APP, KIM, SAM, accountIdOf, call, customerCaller, customersOf, demoJira, userById } from '#sandbox/test/jira/emulator-fixture';

const requestBody = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  requestTypeId: z.string(),
  serviceDeskId: z.string(),
  createdDate: z.object({ iso8601: z.string(), epochMillis: z.number(), friendly: z.string() }),
  reporter: z.object({ accountId: z.string() }),
  requestFieldValues: z.array(z.object({ fieldId: z.string(), value: z.unknown() })),
  currentStatus: z.object({ status: z.string(), statusCategory: z.string() }),
});

function requestTypeId(jira: ReturnType<typeof demoJira>['jira'], name: string): string {
  const type = jira.store.docs.requestTypes.find((t) => t.name === name);
  if (!type) throw new Error(`No request type ${name}`);
  return type.id;
}

const raise = (jira: ReturnType<typeof demoJira>['jira'], caller: Parameters<typeof call>[1], extra: Record<string, unknown> = {}) =>
  call(jira, caller, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: requestTypeId(jira, 'Get IT help'),
    requestFieldValues: { summary: 'My laptop is slow', description: 'It takes ten minutes to boot.' },
    ...extra,
  });

describe('POST /rest/servicedeskapi/request', () => {
  it('lets a customer raise a request on a desk of their organization, shared with that organization', async () => {
    const { jira, events } = demoJira({ issues: 5 });
    const customer = customerCaller('Fabrikam Logistics');
    // The next key of ACME, which holds its requests and its BRM tickets.
    const next = `ACME-${jira.store.docs.issues.filter((i) => i.key.startsWith('ACME-')).length + 1}`;
    const res = await raise(jira, customer);
    expect(res.status).toBe(201);
    const body = requestBody.parse(res.body);
    expect(body).toMatchObject({
      issueKey: next,
      serviceDeskId: '1',
      reporter: { accountId: accountIdOf(customer) },
      currentStatus: { status: 'Open', statusCategory: 'NEW' },
    });
    expect(body.requestFieldValues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fieldId: 'summary', value: 'My laptop is slow' }),
        expect.objectContaining({ fieldId: 'description', value: 'It takes ten minutes to boot.' }),
      ]),
    );
    const fabrikam = jira.store.organizations().find((o) => o.name === 'Fabrikam Logistics');
    expect(jira.store.issue(next)?.organizationIds).toEqual([fabrikam?.id]);
    expect(jira.store.issue(next)?.description).toMatchObject({ type: 'doc', version: 1 });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
  });

  it('keeps the request private when the customer chooses no organization', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await raise(jira, customerCaller('Fabrikam Logistics'), { requestFieldValues: { summary: 'Private', customfield_10002: [] } });
    expect(res.status).toBe(201);
    expect(jira.store.issue(requestBody.parse(res.body).issueKey)?.organizationIds).toEqual([]);
  });

  it('shares with none by default when the reporter is in several of the desk’s organizations', async () => {
    const { jira } = demoJira({ issues: 1 });
    const customer = customerCaller('Litware Health');
    const northwind = jira.store.organizations().find((o) => o.name === 'Northwind Traders');
    if (!northwind) throw new Error('no Northwind');
    expect((await call(jira, SAM, 'POST', `/rest/servicedeskapi/organization/${northwind.id}/user`, { accountIds: [accountIdOf(customer)] })).status).toBe(204);
    const res = await raise(jira, customer);
    expect(jira.store.issue(requestBody.parse(res.body).issueKey)?.organizationIds).toEqual([]);
    const chosen = await raise(jira, customer, { requestFieldValues: { summary: 'Shared', customfield_10002: [Number(northwind.id)] } });
    expect(jira.store.issue(requestBody.parse(chosen.body).issueKey)?.organizationIds).toEqual([northwind.id]);
  });

  it('refuses customers of organizations not on the desk, and a missing summary', async () => {
    const { jira } = demoJira({ issues: 1 });
    const seeded = jira.store.counts().issues;
    const notOnField = await call(jira, customerCaller('Contoso Pharmaceuticals'), 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '2',
      requestTypeId: requestTypeId(jira, 'Request a site visit'),
      requestFieldValues: { summary: 'Visit us' },
    });
    expect(notOnField.status).toBe(403);
    const noSummary = await raise(jira, customerCaller('Fabrikam Logistics'), { requestFieldValues: { description: 'no summary' } });
    expect(noSummary.status).toBe(400);
    expect(noSummary.body).toMatchObject({ errorMessage: expect.stringContaining('Summary'), errors: { summary: expect.any(String) } });
    expect(jira.store.counts().issues).toBe(seeded);
  });

  it('lets agents raise on behalf of a customer, not customers', async () => {
    const { jira } = demoJira({ issues: 1 });
    const target = customersOf('Woodgrove Bank')[0];
    const res = await raise(jira, SAM, { raiseOnBehalfOf: target?.email });
    expect(res.status).toBe(201);
    expect(requestBody.parse(res.body).reporter.accountId).toBe(target?.accountId);
    expect((await raise(jira, customerCaller('Fabrikam Logistics'), { raiseOnBehalfOf: target?.accountId })).status).toBe(403);
  });
});

describe('reading requests', () => {
  it('a customer cannot read another organization’s request, even by key, through either API', async () => {
    const { jira } = demoJira({ issues: 80 });
    const woodgrove = jira.store.organizations().find((o) => o.name === 'Woodgrove Bank');
    const theirs = jira.store.docs.issues.all().find((i) => woodgrove && i.organizationIds.includes(woodgrove.id));
    if (!theirs) throw new Error('no Woodgrove request in the seed');
    const outsider = customerCaller('Contoso Pharmaceuticals');
    const insider = customersOf('Woodgrove Bank').find((u) => u.accountId !== theirs.reporterId);
    expect((await call(jira, outsider, 'GET', `/rest/servicedeskapi/request/${theirs.key}`)).status).toBe(404);
    expect((await call(jira, outsider, 'GET', `/rest/api/3/issue/${theirs.key}`)).status).toBe(404);
    expect((await call(jira, outsider, 'POST', '/rest/api/3/search/approximate-count', { jql: `issuekey = ${theirs.key}` })).body).toEqual({ count: 0 });
    const member = userById(insider?.accountId);
    expect((await call(jira, member, 'GET', `/rest/servicedeskapi/request/${theirs.key}`)).status).toBe(200);
    expect((await call(jira, member, 'GET', `/rest/api/3/issue/${theirs.key}`)).status).toBe(200);
  });

  it('lists a customer’s requests, newest first, with JSM paging', async () => {
    const { jira } = demoJira({ issues: 80 });
    const customer = customerCaller('Northwind Traders', 1);
    const res = await call(jira, customer, 'GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS&limit=5');
    const page = z.object({ size: z.number(), start: z.number(), limit: z.number(), isLastPage: z.boolean(), values: z.array(requestBody) }).parse(res.body);
    const owned = jira.store.docs.issues.all().filter((i) => i.reporterId === accountIdOf(customer) && i.requestTypeId !== null);
    expect(page.size).toBe(Math.min(5, owned.length));
    expect(page.isLastPage).toBe(owned.length <= 5);
    const dates = page.values.map((v) => v.createdDate.epochMillis);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(page.values.every((v) => v.reporter.accountId === accountIdOf(customer))).toBe(true);
  });

  it('lists participants and lets the reporter add one', async () => {
    const { jira } = demoJira({ issues: 1 });
    const [reporter, colleague] = customersOf('Woodgrove Bank');
    const created = requestBody.parse((await raise(jira, userById(reporter?.accountId))).body);
    const added = await call(jira, userById(reporter?.accountId), 'POST', `/rest/servicedeskapi/request/${created.issueKey}/participant`, {
      accountIds: [colleague?.accountId],
    });
    expect(added.status).toBe(200);
    const listed = await call(jira, SAM, 'GET', `/rest/servicedeskapi/request/${created.issueKey}/participant`);
    expect(listed.body).toMatchObject({ size: 1, values: [{ accountId: colleague?.accountId, displayName: colleague?.displayName }] });
    // The participant now sees it even without the organization share.
    const participant = DEMO_USERS.find((u) => u.accountId === colleague?.accountId);
    expect((await call(jira, userById(participant?.accountId), 'GET', `/rest/servicedeskapi/request/${created.issueKey}`)).status).toBe(200);
    expect((await call(jira, KIM, 'GET', `/rest/servicedeskapi/request/${created.issueKey}`)).status).toBe(200);
    expect((await call(jira, APP, 'GET', `/rest/servicedeskapi/request/${created.issueKey}`)).status).toBe(200);
  });
});
