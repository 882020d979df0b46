import { composeContracts } from '#kernel/contract';
import { catalogueContract } from '#catalogue/contract';
import { provisioningContract } from '#provisioning/contract';

/** The admin page's calls (jira:adminPage `brm-admin-page`): provisioning and the service catalogue. */
export const adminContract = composeContracts(provisioningContract, catalogueContract);
export type AdminContract = typeof adminContract;
