import { appSandbox } from '#test/support/app';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { DEFAULT_GADGET_KPIS } from '#kpi/domain/constants';
import { addBrmHistory } from '#test/support/brm-history';
import { agent, callKpiGadget, dataOf } from '#test/integration/harness';

/**
 * What a render costs must not grow with the tenant: the same Jira calls for 1,000 issues as for
 * 100,000, and none at all once the cache is warm.
 */

async function renderCosts(issues: number): Promise<{ cold: string[]; warm: string[]; values: (number | null)[] }> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    seedDemoTenant(sandbox.jira, { issues });
    addBrmHistory(sandbox.jira, {
      complaints: issues / 20,
      compliments: issues / 50,
      businessCases: issues / 200,
      serviceRequirements: issues / 100,
      services: [],
      now: new Date(),
    });
    const config = { kpis: DEFAULT_GADGET_KPIS.map((id) => ({ id })), period: { kind: 'this-month' } };
    const product = () => sandbox.runtime.calls.filter((c) => c.type === 'product').map((c) => `${c.method} ${c.path.split('?')[0] ?? ''}`);
    sandbox.runtime.resetCalls();
    const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    const cold = product();
    sandbox.runtime.resetCalls();
    dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    return { cold, warm: product(), values: report.kpis.map((k) => k.value) };
  } finally {
    sandbox.close();
  }
}

test('a cold render of the default ten KPIs costs the same Jira calls at 1,000 and at 100,000 issues, and a warm one none', async () => {
  const small = await renderCosts(1_000);
  const large = await renderCosts(100_000);
  expect(large.cold.sort()).toEqual(small.cold.sort());
  expect(small.cold.length).toBeGreaterThan(0);
  expect(small.warm).toEqual([]);
  expect(large.warm).toEqual([]);
  // The large tenant really is larger: its counts are not the small one's.
  expect(large.values).not.toEqual(small.values);
}, 240_000);
