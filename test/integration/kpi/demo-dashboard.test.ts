import { DEMO_KPI_GADGET_CONFIG, KPI_GADGET_MODULE } from '@brm/sandbox/seed/demo-dashboard';
import { gadgetConfig } from '#kpi/contract';
import { KPI_IDS } from '#kpi/domain/catalogue';
import { DEFAULT_GADGET_KPIS } from '#kpi/domain/constants';
import { agent, callKpiGadget, dataOf, startSandbox } from '#test/integration/harness';

describe('the sandbox dashboard’s KPI gadget', () => {
  it('is configured with the app’s default KPIs, in a configuration the gadget accepts', () => {
    const parsed = gadgetConfig.parse(DEMO_KPI_GADGET_CONFIG);
    expect(parsed.kpis.map((k) => k.id)).toEqual([...DEFAULT_GADGET_KPIS]);
    expect(parsed.kpis.filter((k) => !KPI_IDS.some((id) => id === k.id))).toEqual([]);
  });

  it('renders on a freshly seeded sandbox', async () => {
    const sandbox = startSandbox();
    try {
      const gadget = sandbox.jira.store.docs.dashboards.get('1')?.gadgets.find((g) => g.moduleKey === KPI_GADGET_MODULE);
      const report = dataOf(await callKpiGadget(sandbox, 'getKpis', gadget?.configuration, agent().accountId));
      expect(report.kpis.map((k) => k.id)).toEqual([...DEFAULT_GADGET_KPIS]);
    } finally {
      sandbox.close();
    }
  });
});
