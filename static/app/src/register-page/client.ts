import { registerContract } from '#surfaces/register-contract';
import { createClient } from '../shared/bridge-client';

/** The register pages' resolver calls (`register-resolver`). */
export const registerClient = createClient(registerContract);
