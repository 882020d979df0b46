import { defineHandlers } from '#kernel/contract';
import { kpiContract } from './contract';
import { checkGadgetConfig, csatByServiceFor, gadgetOptions, gadgetReport } from './services/gadget';

/**
 * The KPI gadget's handlers. Every call runs as the viewer: counts are Jira's answers to them, and a
 * scope keeps only what they may see; a configuration is checked as its editor before it is saved.
 */
export const kpiHandlers = defineHandlers(kpiContract, {
  getKpis: (config, { accountId }) => gadgetReport(accountId, config),
  getCsatByService: (config, { accountId }) => csatByServiceFor(accountId, config),
  getGadgetOptions: (_input, { accountId }) => gadgetOptions(accountId),
  checkGadgetConfig: async (config, { accountId }) => ({ config: await checkGadgetConfig(accountId, config) }),
});
