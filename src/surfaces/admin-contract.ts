import { composeContracts } from '#kernel/contract';
import { catalogueContract } from '#catalogue/contract';
import { portfolioAdminContract } from '#portfolio/contract';
import { provisioningContract } from '#provisioning/contract';

/** The admin page's calls (jira:adminPage `brm-admin-page`): provisioning, the service catalogue and the customer portfolio. */
export const adminContract = composeContracts(composeContracts(provisioningContract, catalogueContract), portfolioAdminContract);
export type AdminContract = typeof adminContract;
