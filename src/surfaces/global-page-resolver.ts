import { contractResolver } from '#platform/resolver/contract-resolver';
import { portfolioHandlers } from '#portfolio/resolver';
import { registerHandlers } from '#register/resolver';
import { globalPageContract } from './global-page-contract';

/**
 * The resolver of the app's global page: the complaint register's searches (run as the caller) and
 * the portfolio page's list and export (who may see which customer asked of Jira as the caller).
 */
export const globalPageResolver = contractResolver(globalPageContract, { ...registerHandlers, ...portfolioHandlers });
