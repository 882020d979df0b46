import { startServedSync } from '#portfolio/services/served-sync-job';
import { SCHEDULED } from './portfolio-health-daily';

/**
 * The hourly scheduled trigger (`desk-organizations-sync`): starts the copy of which organizations
 * each service desk serves, or leaves the one under way alone. Idempotent: a repeated delivery
 * finds the job already running, or a fresh copy made again to the same result.
 */
export async function syncDeskOrganizations(): Promise<void> {
  await startServedSync(SCHEDULED);
}
