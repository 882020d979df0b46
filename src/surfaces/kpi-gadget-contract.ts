import { kpiContract } from '#kpi/contract';

/** The KPI dashboard gadget's calls (jira:dashboardGadget `brm-kpi-gadget`, its view and its edit view): the KPI engine's. */
export const kpiGadgetContract = kpiContract;
export type KpiGadgetContract = typeof kpiGadgetContract;
