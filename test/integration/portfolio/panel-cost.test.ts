import { appSandbox } from '#test/support/app';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { agent, dataOf, provision } from '../harness';
import { callPortfolio, organizationId, panelExtension } from './portfolio-harness';
import { giveTicketsTo } from './tenant';

/**
 * The customer panel counts and lists by JQL (approximate counts, one short page per list), so
 * what it costs does not grow with the customer's tickets: measured with 100 and with 10,000.
 */
jest.setTimeout(120_000);

async function panelCalls(tickets: number): Promise<{ jira: string[]; kvs: number; openComplaints: number | undefined }> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    const seeded = seedDemoTenant(sandbox.jira, { issues: tickets, kvs: sandbox.kvs });
    const acme = sandbox.jira.store.project('ACME');
    if (!acme) throw new Error('no ACME');
    await provision(sandbox, [acme.id]);
    const id = organizationId(sandbox, 'Northwind Traders');
    // ACME's requests and its year of BRM tickets all become this customer's.
    expect(giveTicketsTo(sandbox, { id, name: 'Northwind Traders' }, { complaintEvery: 10 })).toBe(seeded.acmeIssues + seeded.brmTickets);
    sandbox.runtime.resetCalls();
    const extension = panelExtension(sandbox, id);
    const [customer, insights] = await Promise.all([
      callPortfolio(sandbox, 'getCustomer', { organizationId: id }, agent().accountId, 'brm-customer-panel', extension),
      callPortfolio(sandbox, 'getCustomerInsights', { organizationId: id }, agent().accountId, 'brm-customer-panel', extension),
    ]);
    dataOf(customer);
    const calls = sandbox.runtime.calls;
    return {
      jira: calls
        .filter((c) => c.type === 'product')
        .map((c) => `${c.method} ${c.path.replace(/\?.*$/, '')}`)
        .sort(),
      kvs: calls.filter((c) => c.type === 'kvs').length,
      openComplaints: dataOf(insights).complaints.open?.count,
    };
  } finally {
    sandbox.close();
  }
}

describe("the customer panel's cost", () => {
  it('makes the same calls for a customer with 100 tickets as for one with 10,000', async () => {
    const small = await panelCalls(100);
    const large = await panelCalls(10_000);
    expect(small.openComplaints).toBeGreaterThan(0);
    expect(large.openComplaints).toBeGreaterThan(small.openComplaints ?? 0);
    expect(large.jira).toEqual(small.jira);
    expect(large.kvs).toBe(small.kvs);
    expect(small.jira.length).toBeLessThanOrEqual(30);
  });
});
