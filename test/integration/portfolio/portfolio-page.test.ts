import { customerSummaries, lifecycleCounts, organizationsOfTier, ownerOf } from '#portfolio/public';
import { addDays, dateOf, previousQuarterStart, quarterStart } from '#portfolio/domain/dates';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, dataOf, errorOf, searchKeys, startSandbox } from '../harness';
import { callPortfolio, callPortfolioAdmin, GLANCE, listPortfolioPage, organizationId, PORTFOLIO_PAGE } from './portfolio-harness';
import { customerFieldId } from './tenant';

/** The portfolio page, the daily health assessment, the glance on tickets, and what other features read. */
describe('the portfolio page and the health assessment', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = startSandbox();
  });
  afterEach(() => sandbox.close());

  const list = (who: string, filter: Record<string, unknown> = {}, cursor: string | null = null) => listPortfolioPage(sandbox, who, filter, cursor);

  it('filters by my customers, tier and lifecycle from the indexes, and pages', async () => {
    expect(dataOf(await list(agent().accountId, { mine: true })).rows.map((r) => r.name)).toEqual([
      'Contoso Pharmaceuticals',
      'Northwind Traders',
      'Tailspin Airlines',
    ]);
    expect(dataOf(await list(acmeOnlyAgent().accountId, { mine: true, tier: 'strategic' })).rows.map((r) => r.name)).toEqual(['Woodgrove Bank']);
    expect(dataOf(await list(admin().accountId, { lifecycle: 'lost' })).rows.map((r) => r.name)).toEqual(['Tailspin Airlines']);
    expect(dataOf(await list(admin().accountId, { tier: 'key' })).rows.map((r) => [r.name, r.owner?.displayName])).toEqual([
      ['Fabrikam Logistics', 'Kim Agent'],
      ['Tailspin Airlines', 'Sam Agent'],
    ]);
    expect(errorOf(await list(admin().accountId, {}, 'not-a-cursor'))).toMatchObject({ code: 'INVALID_INPUT', field: 'cursor' });
  });

  it('assesses health in the background when the page finds none, then filters by it and shows it on tickets', async () => {
    const first = dataOf(await list(admin().accountId));
    expect(first.assessing).toBe(true);
    expect(first.rows.every((r) => r.health === null)).toBe(true);
    await sandbox.settle();
    const assessed = dataOf(await list(admin().accountId));
    expect(assessed.assessing).toBe(false);
    expect(assessed.rows.find((r) => r.name === 'Contoso Pharmaceuticals')?.health?.status).toBe('at-risk');
    // The demo's complaint history puts others at risk too (escalations, overdue measures): the
    // filter answers exactly the customers whose assessment says so, read from its index.
    // (A Jira admin's unfiltered list follows JSM's organization list; the filter, its index's name order.)
    const atRisk = assessed.rows
      .filter((r) => r.health?.status === 'at-risk')
      .map((r) => r.name)
      .sort((a, b) => a.localeCompare(b));
    expect(dataOf(await list(admin().accountId, { health: 'at-risk' })).rows.map((r) => r.name)).toEqual(atRisk);
    expect(dataOf(await list(agent().accountId, { health: 'at-risk' })).rows.map((r) => r.name)).toContain('Contoso Pharmaceuticals');
    expect(dataOf(await callPortfolioAdmin(sandbox, 'getHealthAssessment', {}, admin().accountId)).run).toMatchObject({
      status: 'done',
      result: { assessed: { 'at-risk': atRisk.length } },
    });

    // A Contoso ticket shows the customer at a glance.
    const [ticket] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    if (!ticket) throw new Error('no ticket');
    const issue = sandbox.jira.store.issue(ticket);
    if (!issue) throw new Error('no issue');
    const contoso = organizationId(sandbox, 'Contoso Pharmaceuticals');
    sandbox.jira.store.docs.issues.put({
      ...issue,
      customFields: { ...issue.customFields, [customerFieldId(sandbox)]: { id: contoso, name: 'Contoso Pharmaceuticals' } },
    });
    const glance = dataOf(await callPortfolio(sandbox, 'getCustomerGlance', { issueKey: ticket }, agent().accountId, GLANCE, { issue: { key: ticket } }));
    expect(glance).toMatchObject({
      hasCustomer: true,
      customer: { name: 'Contoso Pharmaceuticals' },
      tier: 'strategic',
      owner: { displayName: 'Sam Agent' },
      health: { status: 'at-risk' },
    });
  });

  it('exports the list the viewer sees as CSV', async () => {
    const exported = dataOf(await callPortfolio(sandbox, 'exportPortfolioView', { filter: { mine: true } }, agent().accountId, PORTFOLIO_PAGE));
    expect(exported.rows).toBe(3);
    expect(exported.csv.split('\r\n')[0]).toBe('organization,organization id,tier,owner,lifecycle,health,assessed at,CSAT %,NPS,open complaints');
  });

  it('offers other features the customers, their tiers, owners and lifecycle counts', async () => {
    const today = dateOf(new Date());
    const thisQuarter = { from: quarterStart(today), to: addDays(today, 1) };
    const lastQuarter = { from: previousQuarterStart(today), to: quarterStart(today) };
    expect(await lifecycleCounts([thisQuarter, lastQuarter])).toEqual([
      { activeAtStart: 3, won: 1, lost: 0 },
      { activeAtStart: 4, won: 0, lost: 1 },
    ]);
    expect(await lifecycleCounts([lastQuarter])).toEqual([{ activeAtStart: 4, won: 0, lost: 1 }]);
    expect(await lifecycleCounts([])).toEqual([]);
    // A year of monthly periods costs the lifecycle index what one period does.
    const kvsCalls = async (periods: { from: string; to: string }[]): Promise<number> => {
      sandbox.runtime.resetCalls();
      await lifecycleCounts(periods);
      return sandbox.runtime.calls.filter((c) => c.type === 'kvs').length;
    };
    const months = Array.from({ length: 12 }, (_, i) => ({ from: addDays(today, -31 * (i + 1)), to: addDays(today, -31 * i) }));
    const oneYear = await kvsCalls(months);
    expect(oneYear).toBeGreaterThan(0);
    expect(oneYear).toBe(await kvsCalls(months.slice(-1)));
    const strategic = await organizationsOfTier('strategic');
    expect((await customerSummaries(strategic)).size).toBe(3);
    expect(await ownerOf(organizationId(sandbox, 'Woodgrove Bank'))).toBe(acmeOnlyAgent().accountId);
    expect(await ownerOf('999999')).toBeNull();
  });
});
