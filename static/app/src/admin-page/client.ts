import { adminContract } from '#surfaces/admin-contract';
import { createClient } from '../shared/bridge-client';

/** The admin page's resolver calls (`admin-resolver`). */
export const adminClient = createClient(adminContract);
