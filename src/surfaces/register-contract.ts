import { registerContract as complaintRegisterContract } from '#register/contract';

/**
 * The register pages' calls (jira:projectPage `brm-register-project` in service projects, and
 * the `complaints` subpage of jira:globalPage `brm-global-page` across projects, composed there
 * with the portfolio page's calls: global-page-contract.ts).
 */
export const registerContract = complaintRegisterContract;
export type RegisterContract = typeof registerContract;
