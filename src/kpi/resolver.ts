import { contractResolver } from '../resolvers/define-resolver';
import { kpiGadgetContract } from './contract';
import { checkGadgetConfig, gadgetOptions, gadgetReport, csatByServiceFor } from './services/gadget';

/**
 * The resolver of the KPI dashboard gadget (`brm-kpi-gadget`, view and edit). Every call runs as
 * the viewer: counts are Jira's answers to them, and a scope keeps only what they may see.
 */
export const kpiResolver = contractResolver(kpiGadgetContract, {
  getKpis: (config, { accountId }) => gadgetReport(accountId, config),
  getCsatByService: (config, { accountId }) => csatByServiceFor(accountId, config),
  getGadgetOptions: (_input, { accountId }) => gadgetOptions(accountId),
  checkGadgetConfig: async (config, { accountId }) => ({ config: await checkGadgetConfig(accountId, config) }),
});
