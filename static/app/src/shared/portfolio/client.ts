import { portfolioContract } from '#portfolio/contract';
import { createClient } from '../bridge-client';

/** The portfolio's resolver calls (`portfolio-resolver`): customer panel, portfolio page, customer glance. */
export const portfolioClient = createClient(portfolioContract);
