import { startHealthAssessment } from '#portfolio/services/health-job';

/** Who the daily assessment is started by, in the job record (a scheduled trigger has no user). */
export const SCHEDULED = 'scheduled-trigger';

/**
 * The daily scheduled trigger (`portfolio-health-daily`): starts the health assessment of every
 * customer, or leaves the one under way alone. Idempotent: a repeated delivery finds the job
 * already running.
 */
export async function assessPortfolioDaily(): Promise<void> {
  await startHealthAssessment(SCHEDULED);
}
