import { composeContracts } from '#kernel/contract';
import { portfolioContract } from '#portfolio/contract';
import { registerContract } from '#register/contract';

/**
 * The calls of the app's one global page (jira:globalPage `brm-global-page`, function
 * `global-page-resolver`; Forge takes one global page per app): its subpages are the complaint
 * register across projects (route `complaints`) and the customer portfolio (route `customers`).
 */
export const globalPageContract = composeContracts(registerContract, portfolioContract);
export type GlobalPageContract = typeof globalPageContract;
