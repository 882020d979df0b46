import type { Sandbox } from '@brm/sandbox/sandbox';
import type { KpiReport } from '#kpi/contract';
import { agent, callKpiGadget, dataOf, startSandbox } from '#test/integration/harness';

/**
 * The customer KPIs through the portfolio's public module (`lifecycleCounts`), on the demo tenant,
 * whose portfolio won Fabrikam Logistics this quarter and lost Tailspin Airlines the quarter before.
 */

jest.setTimeout(120_000);

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = startSandbox({ surveys: false });
});
afterAll(() => sandbox.close());

const kpi = (report: KpiReport, id: string) => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
};

it('counts the customers won and lost this quarter and the last, and the churn, from the lifecycle the portfolio keeps', async () => {
  const report = dataOf(
    await callKpiGadget(
      sandbox,
      'getKpis',
      { kpis: [{ id: 'customers-new' }, { id: 'customers-lost' }, { id: 'churn-percent' }], period: { kind: 'this-quarter' }, compare: 'previous', scope: {} },
      agent().accountId,
    ),
  );
  expect(kpi(report, 'customers-new')).toMatchObject({ value: 1, previous: 0 });
  expect(kpi(report, 'customers-lost')).toMatchObject({ value: 0, previous: 1 });
  const churn = kpi(report, 'churn-percent');
  expect(churn.value).toBe(0);
  expect(churn.previous).toBeGreaterThan(0);
  expect(churn.previous).toBeLessThanOrEqual(100);
});
