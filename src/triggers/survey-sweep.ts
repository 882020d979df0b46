import { startJob, type JobClock } from '#platform/jobs/jobs';
import { sweepDue } from '#surveys/services/sweep';
import { SWEEP_SCOPE, sweepJob } from '#surveys/services/sweep-job';

/**
 * The hourly `scheduledTrigger` of the surveys: sends invitations whose delay has passed, comments
 * still owed, reminders, expiries and follow-ups, found through the KVS index of due times. Forge
 * may invoke it twice; each step is conditional on the record as read, so nothing happens twice.
 * What one invocation cannot finish continues as a job of the job runner.
 */
export function surveySweepTrigger(options: { now?: () => Date; budgetMs?: number; clock?: JobClock } = {}) {
  const now = options.now ?? (() => new Date());
  const budget = options.budgetMs ?? 40_000;
  return async (): Promise<{ statusCode: number }> => {
    const started = Date.now();
    const report = await sweepDue(now(), () => Date.now() - started < budget);
    if (report.more)
      await startJob(
        sweepJob,
        { scope: SWEEP_SCOPE, params: {}, checkpoint: { rounds: 0, done: 0, failed: 0 }, progress: { done: 0, total: 1, label: 'Queued' }, startedBy: 'app' },
        options.clock ?? {},
      );
    return { statusCode: 204 };
  };
}

export const runSurveySweep = surveySweepTrigger();
