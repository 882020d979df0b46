import { z } from 'zod';
import { ADMIN, APP, SAM, accountIdOf, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const organization = z.object({ id: z.string(), name: z.string(), _links: z.object({ self: z.string() }) });
const orgPage = z.object({ size: z.number(), isLastPage: z.boolean(), values: z.array(organization) });

describe('organization', () => {
  it('lists all six organizations to staff and only their own to a customer', async () => {
    const { jira } = demoJira({ issues: 1 });
    const all = orgPage.parse((await call(jira, SAM, 'GET', '/rest/servicedeskapi/organization')).body);
    expect(all.values.map((o) => o.name)).toEqual([
      'Northwind Traders',
      'Contoso Pharmaceuticals',
      'Fabrikam Logistics',
      'Tailspin Airlines',
      'Woodgrove Bank',
      'Litware Health',
    ]);
    const mine = orgPage.parse((await call(jira, customerCaller('Tailspin Airlines'), 'GET', '/rest/servicedeskapi/organization')).body);
    expect(mine.values.map((o) => o.name)).toEqual(['Tailspin Airlines']);
    const northwind = all.values[0];
    expect((await call(jira, customerCaller('Tailspin Airlines'), 'GET', `/rest/servicedeskapi/organization/${northwind?.id}`)).status).toBe(404);
  });

  it('creates organizations for admins only, and refuses a duplicate name', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect((await call(jira, SAM, 'POST', '/rest/servicedeskapi/organization', { name: 'Globex' })).status).toBe(403);
    const created = await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/organization', { name: 'Globex' });
    expect(created.status).toBe(201);
    const id = organization.parse(created.body).id;
    expect((await call(jira, APP, 'GET', `/rest/servicedeskapi/organization/${id}`)).body).toMatchObject({ id, name: 'Globex' });
    expect((await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/organization', { name: 'globex' })).status).toBe(409);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/servicedeskapi/organization/${id}`)).status).toBe(204);
    expect((await call(jira, ADMIN, 'GET', `/rest/servicedeskapi/organization/${id}`)).status).toBe(404);
  });

  it('adds and removes members', async () => {
    const { jira } = demoJira({ issues: 1 });
    const customer = customerCaller('Tailspin Airlines');
    const litware = jira.store.organizations().find((o) => o.name === 'Litware Health');
    const path = `/rest/servicedeskapi/organization/${litware?.id}/user`;
    expect((await call(jira, SAM, 'POST', path, { accountIds: [accountIdOf(customer)] })).status).toBe(204);
    const members = z.object({ values: z.array(z.object({ accountId: z.string() })) }).parse((await call(jira, SAM, 'GET', path)).body);
    expect(members.values.map((m) => m.accountId)).toContain(accountIdOf(customer));
    expect((await call(jira, SAM, 'DELETE', path, { accountIds: [accountIdOf(customer)] })).status).toBe(204);
    expect(jira.store.docs.organizations.get(litware?.id ?? '')?.memberIds).not.toContain(accountIdOf(customer));
    expect((await call(jira, SAM, 'POST', path, { accountIds: ['nobody'] })).status).toBe(400);
  });

  it('stores organization properties', async () => {
    const { jira } = demoJira({ issues: 1 });
    const id = jira.store.organizations()[0]?.id;
    const base = `/rest/servicedeskapi/organization/${id}/property`;
    expect((await call(jira, APP, 'PUT', `${base}/brm-profile`, { tier: 'gold' })).status).toBe(201);
    expect((await call(jira, APP, 'PUT', `${base}/brm-profile`, { tier: 'platinum' })).status).toBe(200);
    expect((await call(jira, APP, 'GET', `${base}/brm-profile`)).body).toEqual({ key: 'brm-profile', value: { tier: 'platinum' } });
    expect((await call(jira, APP, 'GET', base)).body).toMatchObject({ keys: [{ key: 'brm-profile' }] });
    expect((await call(jira, customerCaller('Northwind Traders'), 'GET', `${base}/brm-profile`)).status).toBe(403);
    expect((await call(jira, APP, 'DELETE', `${base}/brm-profile`)).status).toBe(204);
    expect((await call(jira, APP, 'GET', `${base}/brm-profile`)).status).toBe(404);
  });
});

describe('customer', () => {
  it('creates a portal-only account for admins, once per email', async () => {
    const { jira } = demoJira({ issues: 1 });
    const body = { email: 'new.person@globex.example', displayName: 'New Person' };
    expect((await call(jira, SAM, 'POST', '/rest/servicedeskapi/customer', body)).status).toBe(403);
    const created = await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/customer', body);
    expect(created.status).toBe(201);
    const accountId = z.object({ accountId: z.string() }).parse(created.body).accountId;
    expect(accountId).toMatch(/^qm:/);
    expect(jira.store.user(accountId)).toMatchObject({ kind: 'customer', accountType: 'customer', emailAddress: body.email });
    expect((await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/customer', body)).status).toBe(400);
    expect((await call(jira, ADMIN, 'POST', '/rest/servicedeskapi/customer', { email: 'not an email', displayName: 'X' })).status).toBe(400);
  });
});
