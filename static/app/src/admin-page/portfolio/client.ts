import { portfolioAdminContract } from '#portfolio/contract';
import { createClient } from '../../shared/bridge-client';

/** The portfolio's admin page calls (served by `admin-resolver`). */
export const portfolioAdminClient = createClient(portfolioAdminContract);
