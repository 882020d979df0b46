import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, customers, dataOf, errorOf, startSandbox, writesSince } from '../harness';
import { callPortfolio, lonelyOrganization, organizationId, panelExtension, PORTFOLIO_PAGE, writesOf } from './portfolio-harness';

/**
 * Who may read and change a customer (the permission matrix): the BRM owner, another agent
 * of a project that serves the organization, a portal customer of it, and a Jira admin; and an
 * organization no service desk serves. Every check is asked of Jira as the caller.
 */
describe('who may read and change a customer', () => {
  let sandbox: Sandbox;
  let northwind: string;
  beforeEach(() => {
    sandbox = startSandbox();
    northwind = organizationId(sandbox, 'Northwind Traders');
  });
  afterEach(() => sandbox.close());

  const read = (who: string | undefined, id = northwind) =>
    callPortfolio(sandbox, 'getCustomer', { organizationId: id }, who, 'brm-customer-panel', panelExtension(sandbox, id));
  const insights = (who: string | undefined, id = northwind) =>
    callPortfolio(sandbox, 'getCustomerInsights', { organizationId: id }, who, 'brm-customer-panel', panelExtension(sandbox, id));
  const edit = async (who: string | undefined, industry: string, id = northwind) => {
    const { profile } = dataOf(await read(admin().accountId, id));
    return callPortfolio(
      sandbox,
      'saveProfile',
      {
        organizationId: id,
        version: profile.version,
        ownerAccountId: profile.owner?.accountId ?? null,
        tier: profile.tier,
        industry,
        keyContacts: [],
        enrolledServiceIds: [],
      },
      who,
      'brm-customer-panel',
      panelExtension(sandbox, id),
    );
  };

  it('lets the BRM owner read and change the profile', async () => {
    const view = dataOf(await read(agent().accountId));
    expect(view.profile.owner?.displayName).toBe('Sam Agent');
    expect(view.canEdit).toBe(true);
    const saved = dataOf(await edit(agent().accountId, 'Wholesale'));
    expect(saved).toMatchObject({ saved: true, customer: { profile: { industry: 'Wholesale', version: 2 } } });
  });

  it('lets another agent of a serving project read but not change it, and writes nothing', async () => {
    const kim = acmeOnlyAgent().accountId;
    expect(dataOf(await read(kim))).toMatchObject({ canEdit: false, isAdmin: false });
    expect(dataOf(await insights(kim)).health.status).toBeDefined();
    const before = dataOf(await read(admin().accountId)).profile.version;
    sandbox.runtime.resetCalls();
    expect(errorOf(await edit(kim, 'Wholesale'))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the customer’s BRM owner and Jira admins can change its profile.',
    });
    expect(writesOf(sandbox, writesSince(sandbox))).toEqual({ jira: [], kvs: [] });
    expect(dataOf(await read(admin().accountId)).profile.version).toBe(before);
  });

  it('keeps a portal customer of the organization out of its profile, insights and changes', async () => {
    const nora = customers().find((c) => c.organization === 'Northwind Traders')?.accountId;
    expect(errorOf(await read(nora)).code).toBe('FORBIDDEN');
    expect(errorOf(await insights(nora)).code).toBe('FORBIDDEN');
    sandbox.runtime.resetCalls();
    expect(errorOf(await edit(nora, 'Hacked')).code).toBe('FORBIDDEN');
    expect(writesOf(sandbox, writesSince(sandbox))).toEqual({ jira: [], kvs: [] });
    // Asked of Jira as the customer: Jira's answers decided.
    expect(sandbox.runtime.calls.filter((c) => c.type === 'product').every((c) => c.caller === 'user')).toBe(true);
  });

  it('lets a Jira admin read and change any customer, also one no service desk serves, which agents cannot see', async () => {
    const lonely = await lonelyOrganization(sandbox, 'Adventure Works');
    expect(dataOf(await read(admin().accountId, lonely))).toMatchObject({ canEdit: true, isAdmin: true, profile: { version: 0, owner: null } });
    expect(dataOf(await edit(admin().accountId, 'Outdoor', lonely))).toMatchObject({ saved: true, customer: { profile: { industry: 'Outdoor', version: 1 } } });
    expect(errorOf(await read(agent().accountId, lonely))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only agents of a service project that serves this customer, and Jira admins, can see its profile.',
    });
    expect(dataOf(await edit(admin().accountId, 'Retail and wholesale'))).toMatchObject({ saved: true });
  });

  it('refuses anonymous callers', async () => {
    expect(errorOf(await read(undefined)).code).toBe('FORBIDDEN');
    expect(errorOf(await callPortfolio(sandbox, 'listPortfolio', {}, undefined, PORTFOLIO_PAGE)).code).toBe('FORBIDDEN');
  });

  it('lists on the portfolio page only the customers the viewer serves, all of them for an admin', async () => {
    const lonely = await lonelyOrganization(sandbox, 'Adventure Works');
    const names = async (who: string) => dataOf(await callPortfolio(sandbox, 'listPortfolio', {}, who, PORTFOLIO_PAGE)).rows.map((r) => r.name);
    expect(await names(admin().accountId)).toContain('Adventure Works');
    const served = await names(acmeOnlyAgent().accountId);
    expect(served).toHaveLength(6);
    expect(served).not.toContain('Adventure Works');
    const nora = customers().find((c) => c.organization === 'Northwind Traders')?.accountId ?? '';
    expect(await names(nora)).toEqual([]);
    expect(lonely).not.toBe('');
  });

  it('lets the owner hand the customer over, after which only the new owner (and admins) may change it', async () => {
    const view = dataOf(await read(agent().accountId));
    const handOver = dataOf(
      await callPortfolio(
        sandbox,
        'saveProfile',
        {
          organizationId: northwind,
          version: view.profile.version,
          ownerAccountId: acmeOnlyAgent().accountId,
          tier: 'strategic',
          industry: 'Retail',
          keyContacts: [],
          enrolledServiceIds: [],
        },
        agent().accountId,
        'brm-customer-panel',
        panelExtension(sandbox, northwind),
      ),
    );
    expect(handOver).toMatchObject({ saved: true, customer: { profile: { owner: { displayName: 'Kim Agent' } }, canEdit: false } });
    expect(errorOf(await edit(agent().accountId, 'Retail again')).code).toBe('FORBIDDEN');
    expect(dataOf(await edit(acmeOnlyAgent().accountId, 'Retail again'))).toMatchObject({ saved: true });
  });
});
