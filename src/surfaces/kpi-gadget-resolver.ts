import { contractResolver } from '#platform/resolver/contract-resolver';
import { kpiHandlers } from '#kpi/resolver';
import { kpiGadgetContract } from './kpi-gadget-contract';

/**
 * The resolver of the KPI dashboard gadget (`brm-kpi-gadget`, view and edit). Every call runs as
 * the viewer: counts are Jira's answers to them, and a scope keeps only what they may see.
 */
export const kpiResolver = contractResolver(kpiGadgetContract, kpiHandlers);
