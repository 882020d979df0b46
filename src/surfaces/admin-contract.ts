import { composeContracts } from '#kernel/contract';
import { catalogueContract } from '#catalogue/contract';
import { portfolioAdminContract } from '#portfolio/contract';
import { provisioningContract } from '#provisioning/contract';
import { registerSettingsContract } from '#register/contract';
import { surveyAdminContract } from '#surveys/admin-contract';

/**
 * The admin page's calls (jira:adminPage `brm-admin-page`): provisioning, the service catalogue, the
 * customer portfolio, the surveys and the complaint register's settings.
 */
export const adminContract = composeContracts(
  composeContracts(composeContracts(composeContracts(provisioningContract, catalogueContract), portfolioAdminContract), surveyAdminContract),
  registerSettingsContract,
);
export type AdminContract = typeof adminContract;
