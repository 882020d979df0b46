import { contractResolver } from '#platform/resolver/contract-resolver';
import { portfolioHandlers } from '#portfolio/resolver';
import { portfolioSurfaceContract } from './portfolio-contract';

/**
 * The resolver of the portfolio surfaces (customer panel, portfolio page, customer glance). Each
 * handler asks Jira, as the caller, whether they may read the customer (an agent of a service
 * project serving the organization, or a Jira admin), and checks the BRM owner or a Jira admin
 * before any change is written as the app.
 */
export const portfolioResolver = contractResolver(portfolioSurfaceContract, portfolioHandlers);
