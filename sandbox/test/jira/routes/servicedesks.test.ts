import { z } from 'zod';
import { ADMIN, KIM, SAM, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const page = <T extends z.ZodType>(value: T) =>
  z.object({ size: z.number(), start: z.number(), limit: z.number(), isLastPage: z.boolean(), values: z.array(value) });
const desk = z.object({ id: z.string(), projectId: z.string(), projectName: z.string(), projectKey: z.string() });
const requestType = z.object({ id: z.string(), name: z.string(), issueTypeId: z.string(), serviceDeskId: z.string() });

describe('servicedesk', () => {
  it('lists the desks each user works on or is a customer of', async () => {
    const { jira } = demoJira({ issues: 1 });
    const keys = async (caller: Parameters<typeof call>[1]) =>
      page(desk)
        .parse((await call(jira, caller, 'GET', '/rest/servicedeskapi/servicedesk')).body)
        .values.map((d) => d.projectKey);
    expect(await keys(SAM)).toEqual(['ACME', 'FIELD', 'GLOBEX']);
    expect(await keys(KIM)).toEqual(['ACME']);
    expect(await keys(customerCaller('Woodgrove Bank'))).toEqual(['ACME', 'FIELD']);
    expect(await keys(customerCaller('Litware Health'))).toEqual(['ACME', 'GLOBEX']);
    expect((await call(jira, KIM, 'GET', '/rest/servicedeskapi/servicedesk/2')).status).toBe(404);
    expect((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/2')).body).toMatchObject({
      id: '2',
      projectKey: 'FIELD',
      projectName: 'Field Services',
    });
  });

  it('pages with start and limit', async () => {
    const { jira } = demoJira({ issues: 1 });
    const first = page(desk).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk?limit=1')).body);
    const second = page(desk).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk?start=1&limit=1')).body);
    const third = page(desk).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk?start=2&limit=1')).body);
    expect([first.isLastPage, second.isLastPage, third.isLastPage]).toEqual([false, false, true]);
    expect([first.values[0]?.projectKey, second.values[0]?.projectKey, third.values[0]?.projectKey]).toEqual(['ACME', 'FIELD', 'GLOBEX']);
  });
});

describe('servicedesk/{id}/requesttype', () => {
  it('lists the seeded request types and lets an admin add one', async () => {
    const { jira } = demoJira({ issues: 1 });
    const listed = page(requestType).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype')).body);
    expect(listed.values.map((t) => t.name)).toEqual(['Get IT help', 'Report an incident', 'Request access', 'Raise a complaint', 'Give a compliment']);
    const task = jira.store.issueTypes().find((t) => t.name === 'Task' && !t.scopeProjectId);
    const body = { issueTypeId: task?.id, name: 'Report a complaint', description: 'Tell us what went wrong', helpText: '' };
    expect((await call(jira, SAM, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', body)).status).toBe(403);
    const created = await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', body);
    expect(created.status).toBe(200);
    expect(requestType.parse(created.body)).toMatchObject({ name: 'Report a complaint', serviceDeskId: '1', issueTypeId: task?.id });
    const again = await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', body);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ errorMessage: expect.stringContaining('already exists') });
  });

  it('refuses an issue type the project does not use', async () => {
    const { jira } = demoJira({ issues: 1 });
    const fieldRequest = jira.store.issueTypes().find((t) => t.name === 'Request' && t.scopeProjectId);
    const res = await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/servicedesk/1/requesttype', { issueTypeId: fieldRequest?.id, name: 'X' });
    expect(res.status).toBe(400);
  });
});

describe('request type groups (the portal groups)', () => {
  const group = z.object({ id: z.string(), name: z.string() });
  const grouped = requestType.extend({ groupIds: z.array(z.string()) });

  it('Get request type groups (GET /rest/servicedeskapi/servicedesk/{id}/requesttypegroup) lists each desk’s groups in portal order, for its customers too', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = page(group).parse((await call(jira, customerCaller('Northwind Traders'), 'GET', '/rest/servicedeskapi/servicedesk/1/requesttypegroup')).body);
    expect(acme.values.map((g) => g.name)).toEqual(['Get help', 'Report a problem', 'Feedback']);
    expect(Object.keys(acme.values[0] ?? {}).sort()).toEqual(['id', 'name']);
    const field = page(group).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/2/requesttypegroup')).body);
    expect(field.values.map((g) => g.name)).toEqual(['Get help', 'Feedback']);
    expect((await call(jira, customerCaller('Litware Health'), 'GET', '/rest/servicedeskapi/servicedesk/2/requesttypegroup')).status).toBe(404);
  });

  it('gives each seeded request type its group ids and filters request types by groupId', async () => {
    const { jira } = demoJira({ issues: 1 });
    const groups = page(group).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttypegroup')).body).values;
    const help = groups.find((g) => g.name === 'Get help');
    const types = page(grouped).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype')).body).values;
    expect(types.every((t) => t.groupIds.length === 1)).toBe(true);
    const inHelp = page(grouped).parse((await call(jira, SAM, 'GET', `/rest/servicedeskapi/servicedesk/1/requesttype?groupId=${help?.id}`)).body).values;
    expect(inHelp.map((t) => t.name)).toEqual(['Get IT help', 'Request access']);
  });

  it('Create request type (POST .../requesttype) puts the new type in no group: a searchQuery leaves it out unless includeHiddenRequestTypesInSearch=true', async () => {
    const { jira } = demoJira({ issues: 1 });
    // GLOBEX's desk (3), where BRM is not set up yet.
    const taskId = jira.store.issueTypes().find((t) => t.name === 'Task' && !t.scopeProjectId)?.id;
    const made = grouped.parse(
      (
        await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/servicedesk/3/requesttype', {
          issueTypeId: taskId,
          name: 'Raise a complaint',
          description: 'Tell us what went wrong.',
        })
      ).body,
    );
    expect(made.groupIds).toEqual([]);
    const all = page(grouped).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/3/requesttype')).body).values;
    expect(all.map((t) => t.name)).toContain('Raise a complaint');
    const searched = page(grouped).parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/3/requesttype?searchQuery=complaint')).body).values;
    expect(searched).toEqual([]);
    const hidden = page(grouped).parse(
      (await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/3/requesttype?searchQuery=went%20wrong&includeHiddenRequestTypesInSearch=true')).body,
    ).values;
    expect(hidden.map((t) => t.name)).toEqual(['Raise a complaint']);
  });
});

describe('servicedesk/{id}/organization and customer', () => {
  it('adds an organization to a desk, whose members then become its customers', async () => {
    const { jira } = demoJira({ issues: 1 });
    const contoso = jira.store.organizations().find((o) => o.name === 'Contoso Pharmaceuticals');
    const listOrgs = async () =>
      page(z.object({ name: z.string() }))
        .parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/2/organization')).body)
        .values.map((o) => o.name);
    expect(await listOrgs()).toEqual(['Northwind Traders', 'Woodgrove Bank']);
    expect((await call(jira, customerCaller('Contoso Pharmaceuticals'), 'GET', '/rest/servicedeskapi/servicedesk/2')).status).toBe(404);
    expect((await call(jira, KIM, 'POST', '/rest/servicedeskapi/servicedesk/2/organization', { organizationId: contoso?.id })).status).toBe(404);
    expect((await call(jira, SAM, 'POST', '/rest/servicedeskapi/servicedesk/2/organization', { organizationId: Number(contoso?.id) })).status).toBe(204);
    expect(await listOrgs()).toContain('Contoso Pharmaceuticals');
    expect((await call(jira, customerCaller('Contoso Pharmaceuticals'), 'GET', '/rest/servicedeskapi/servicedesk/2')).status).toBe(200);
    const customers = page(z.object({ accountId: z.string() })).parse(
      (await call(jira, SAM, 'GET', '/rest/servicedeskapi/servicedesk/2/customer?limit=50')).body,
    );
    expect(customers.values.length).toBe(3 + 3 + 2);
    expect((await call(jira, customerCaller('Contoso Pharmaceuticals'), 'GET', '/rest/servicedeskapi/servicedesk/2/customer')).status).toBe(403);
  });
});
