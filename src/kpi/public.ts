/**
 * What other features may read of the KPI engine: `computeKpis`, the one engine the KPI gadget and
 * the customer panel both use, so that their numbers always agree.
 */
import type { KpiResult } from './contract';
import { computeKpiReport, type KpiRequest } from './services/compute-kpis';

export type { KpiResult, KpiScope } from './contract';
export type { KpiRequest } from './services/compute-kpis';
export type { PeriodSpec } from '#kernel/periods';
export { KPI_IDS, type KpiId } from './domain/catalogue';

/**
 * The KPIs `request.kpiIds` names, in that order, for the scope and period, with their default
 * targets. Counts run as the invoking user, who must be `accountId`: numbers only ever come from
 * issues they can see, and survey and customer figures only for projects where they are an agent.
 * A KPI that cannot be computed says why in its `state` and `reason`; an unknown KPI id, a customer
 * the user cannot see or a service the catalogue lacks is refused (AppError).
 */
export async function computeKpis(accountId: string, request: KpiRequest): Promise<KpiResult[]> {
  return (await computeKpiReport(accountId, request)).kpis;
}
