import { startJob, type JobClock } from '#platform/jobs/jobs';
import { startDueCampaigns } from '#surveys/services/campaign-repeat';
import { sweepDue } from '#surveys/services/sweep';
import { SWEEP_SCOPE, sweepJob } from '#surveys/services/sweep-job';

/**
 * The hourly `scheduledTrigger` of the surveys: sends invitations whose delay has passed, comments
 * still owed, reminders, expiries and follow-ups, found through the KVS index of due times. Forge
 * may invoke it twice; each step is conditional on the record as read, so nothing happens twice.
 * What one invocation cannot finish continues as a job of the job runner. Then it starts the
 * relationship campaigns whose repeat has come round (each as its sending job, once).
 */
export function surveySweepTrigger(options: { now?: () => Date; budgetMs?: number; clock?: JobClock } = {}) {
  const now = options.now ?? (() => new Date());
  const budget = options.budgetMs ?? 40_000;
  return async (): Promise<{ statusCode: number }> => {
    const started = Date.now();
    const at = now();
    const hasTime = () => Date.now() - started < budget;
    const report = await sweepDue(at, hasTime);
    if (report.more)
      await startJob(
        sweepJob,
        { scope: SWEEP_SCOPE, params: {}, checkpoint: { rounds: 0, done: 0, failed: 0 }, progress: { done: 0, total: 1, label: 'Queued' }, startedBy: 'app' },
        options.clock ?? {},
      );
    // What is left for lack of time is due still, and the next hour's sweep starts it.
    await startDueCampaigns(at, hasTime, options.clock ?? {});
    return { statusCode: 204 };
  };
}

export const runSurveySweep = surveySweepTrigger();
