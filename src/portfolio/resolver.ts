import { z } from 'zod';
import { defineHandlers, type CallContext } from '#kernel/contract';
import { portfolioContract } from './contract';
import { contactChoices, ownerChoices, serviceChoices } from './services/choices';
import { getGlance } from './services/glance';
import { getInsights } from './services/insights';
import { exportPortfolioView, listPortfolio } from './services/portfolio-list';
import { changeLifecycle, getCustomer, removeAgreement, saveAgreement, saveProfile, type CallPlace } from './services/profiles';

/** The project a surface was opened in (the organization panel's Forge context names it), to check first. */
const projectOf = z.object({ project: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) });
const placeOf = (context: CallContext): CallPlace => {
  const parsed = projectOf.safeParse(context.extension);
  return parsed.success ? { projectId: parsed.data.project.id } : {};
};

export { portfolioAdminHandlers } from './admin-handlers';

/**
 * The handlers of the customer panel (organization page), the portfolio page and the customer
 * glance (tickets); surfaces/portfolio-resolver.ts serves them. Each service asks Jira, as the
 * caller, whether they may read the customer, and checks the owner or admin before any change is
 * written.
 */
export const portfolioHandlers = defineHandlers(portfolioContract, {
  getCustomer: ({ organizationId }, context) => getCustomer(context.accountId, organizationId, placeOf(context)),
  getCustomerInsights: ({ organizationId }, context) => getInsights(context.accountId, organizationId, placeOf(context)),
  saveProfile: (input, context) => saveProfile(context.accountId, input, placeOf(context)),
  changeLifecycle: (input, context) => changeLifecycle(context.accountId, input, placeOf(context)),
  saveAgreement: (input, context) => saveAgreement(context.accountId, input, placeOf(context)),
  removeAgreement: (input, context) => removeAgreement(context.accountId, input, placeOf(context)),
  listContactChoices: async ({ organizationId }, context) => ({ people: await contactChoices(context.accountId, organizationId, placeOf(context)) }),
  listOwnerChoices: async ({ organizationId, query }, context) => ({ people: await ownerChoices(context.accountId, organizationId, query, placeOf(context)) }),
  listServiceChoices: async ({ organizationId }, context) => ({ services: await serviceChoices(context.accountId, organizationId, placeOf(context)) }),
  listPortfolio: ({ filter, cursor }, { accountId }) => listPortfolio(accountId, filter, cursor),
  exportPortfolioView: ({ filter }, { accountId }) => exportPortfolioView(accountId, filter),
  getCustomerGlance: ({ issueKey }, { accountId }) => getGlance(accountId, issueKey),
});
