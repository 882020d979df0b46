import { complaintContract } from '#surfaces/complaint-contract';
import { createClient } from '../shared/bridge-client';

/** The complaint panel's resolver calls (`complaint-resolver`). */
export const complaintClient = createClient(complaintContract);
