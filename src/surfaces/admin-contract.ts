import { composeContracts } from '#kernel/contract';
import { catalogueContract } from '#catalogue/contract';
import { provisioningContract } from '#provisioning/contract';
import { registerSettingsContract } from '#register/contract';

/** The admin page's calls (jira:adminPage `brm-admin-page`): provisioning, the service catalogue and the complaint register's settings. */
export const adminContract = composeContracts(composeContracts(provisioningContract, catalogueContract), registerSettingsContract);
export type AdminContract = typeof adminContract;
