import { portfolioAdminContract } from '../../../../../src/portfolio/admin-contract';
import { createClient } from '../../shared/bridge-client';

/** The portfolio's admin page calls (served by `admin-resolver`). */
export const portfolioAdminClient = createClient(portfolioAdminContract);
