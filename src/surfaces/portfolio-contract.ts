import { portfolioContract } from '#portfolio/contract';

/**
 * The portfolio surfaces' calls: the customer panel (`jiraServiceManagement:organizationPanel`
 * `brm-customer-panel`), the portfolio page (`jira:globalPage` `brm-portfolio-page`) and the
 * customer glance on tickets (`jira:issueContext` `brm-customer-glance`), all served by the
 * function `portfolio-resolver`.
 */
export const portfolioSurfaceContract = portfolioContract;
export type PortfolioSurfaceContract = typeof portfolioSurfaceContract;
