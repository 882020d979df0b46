import { composeContracts } from '#kernel/contract';
import { catalogueContract } from '#catalogue/contract';
import { portfolioAdminContract } from '#portfolio/contract';
import { provisioningContract } from '#provisioning/contract';
import { surveyAdminContract } from '#surveys/admin-contract';

/** The admin page's calls (jira:adminPage `brm-admin-page`): provisioning, the service catalogue, the customer portfolio and the surveys. */
export const adminContract = composeContracts(
  composeContracts(composeContracts(provisioningContract, catalogueContract), portfolioAdminContract),
  surveyAdminContract,
);
export type AdminContract = typeof adminContract;
