import type { JiraStore } from '../jira/store/jira-store';

/** The BRM KPI gadget's module key (manifest.yml `jira:dashboardGadget`). */
export const KPI_GADGET_MODULE = 'brm-kpi-gadget';

/**
 * The demo's default dashboard configuration of the KPI gadget, as its edit view would submit it:
 * ten KPIs for the current month against the previous one, as tiles, refreshed every 15 minutes.
 * (A test of the app holds it to the gadget's configuration schema.)
 */
export const DEMO_KPI_GADGET_CONFIG = {
  kpis: [
    { id: 'complaints-received' },
    { id: 'complaints-open' },
    { id: 'complaint-resolution-median' },
    { id: 'complaint-rate' },
    { id: 'compliments-received' },
    { id: 'csat-percent' },
    { id: 'nps' },
    { id: 'survey-response-rate' },
    { id: 'customers-lost' },
    { id: 'budget-overruns' },
  ],
  scope: {},
  period: { kind: 'this-month' },
  compare: 'previous',
  layout: 'tiles',
  cacheMinutes: 15,
  refresh: 15,
};

/** Puts the configured KPI gadget on the default dashboard, so that the sandbox shows it from its first start. */
export function seedDemoDashboard(store: JiraStore): void {
  const dashboard = store.docs.dashboards.get('1');
  if (!dashboard || dashboard.gadgets.some((g) => g.moduleKey === KPI_GADGET_MODULE)) return;
  store.docs.dashboards.put({
    ...dashboard,
    gadgets: [{ id: store.nextId('dashboardGadget'), moduleKey: KPI_GADGET_MODULE, configuration: DEMO_KPI_GADGET_CONFIG }, ...dashboard.gadgets],
  });
}
