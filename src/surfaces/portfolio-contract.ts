import { portfolioContract } from '#portfolio/contract';

/**
 * The portfolio surfaces' calls: the customer panel (`jiraServiceManagement:organizationPanel`
 * `brm-customer-panel`) and the customer glance on tickets (`jira:issueContext`
 * `brm-customer-glance`), served by the function `portfolio-resolver`. The portfolio page is the
 * `customers` subpage of the app's global page (global-page-contract.ts).
 */
export const portfolioSurfaceContract = portfolioContract;
export type PortfolioSurfaceContract = typeof portfolioSurfaceContract;
