import { requireJiraAdmin } from '#platform/access';
import { contractResolver } from '#platform/resolver/contract-resolver';
import { catalogueHandlers } from '#catalogue/resolver';
import { portfolioAdminHandlers } from '#portfolio/resolver';
import { provisioningHandlers } from '#provisioning/resolver';
import { surveyAdminHandlers } from '#surveys/resolver';
import { adminContract } from './admin-contract';

/** The admin page's resolver. Every call is refused unless Jira says the caller is a Jira admin. */
export const adminResolver = contractResolver(
  adminContract,
  { ...provisioningHandlers, ...catalogueHandlers, ...portfolioAdminHandlers, ...surveyAdminHandlers() },
  { guard: ({ accountId }) => requireJiraAdmin(accountId) },
);
