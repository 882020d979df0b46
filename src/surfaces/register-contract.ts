import { registerContract as complaintRegisterContract } from '#register/contract';

/**
 * The register pages' calls (jira:projectPage `brm-register-project` in service projects, and
 * jira:globalPage `brm-register-global` across projects).
 */
export const registerContract = complaintRegisterContract;
export type RegisterContract = typeof registerContract;
