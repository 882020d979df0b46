import { z } from 'zod';
import { defineJob } from '#platform/jobs/define-job';
import { startJob } from '#platform/jobs/jobs';
import { APP_ACTOR } from '#register/domain/complaint-record';
import { readRegisterSettings } from '#register/services/settings-store';
import { escalationCheckpoint, escalationStep, firstCheckpoint, type EscalationCheckpoint, type EscalationCounts } from './escalation-step';

/**
 * The daily escalation run (`scheduledTrigger` `register-escalation`): it works through its
 * searches page by page while its invocation has time, and continues as a job of the app's job
 * runner when it has not finished: one job per day (the job's scope), so a duplicate delivery of
 * the trigger finds the day's job instead of starting a second.
 */

const progressOf = (checkpoint: EscalationCheckpoint) => ({
  done: checkpoint.pages,
  total: checkpoint.pages + (checkpoint.phase === 'done' ? 0 : 1),
  label: checkpoint.phase === 'overdue' ? 'Overdue measures' : checkpoint.phase === 'stalled' ? 'Stalled complaints' : 'Done',
});

export const escalationJob = defineJob({
  kind: 'register-escalation',
  params: z.object({ day: z.string() }),
  checkpoint: escalationCheckpoint,
  result: z.object({ sent: z.number(), recorded: z.number(), skipped: z.number(), failed: z.number() }),
  stepSeconds: 60,
  step: async (_params, checkpoint, context) => {
    const next = await escalationStep(checkpoint, context.now);
    return next.phase === 'done'
      ? { status: 'done', result: next.counts, progress: progressOf(next) }
      : { status: 'continue', checkpoint: next, progress: progressOf(next) };
  },
});

export interface RunOptions {
  now?: () => Date;
  /** What is left of the invocation, in milliseconds. */
  remainingMs: () => number;
  /** The time one step may take, kept free before the next one starts. */
  stepMs?: number;
  /** At most this many steps before continuing as a job (tests make runs continue early). */
  maxInlineSteps?: number;
}

/** How much time one page (a search and its alerts) is given, and what is kept back to start the job. */
const STEP_MS = 20_000;

export type RunOutcome = { status: 'done'; counts: EscalationCounts } | { status: 'continued'; jobId: string; counts: EscalationCounts };

export async function runEscalation(options: RunOptions): Promise<RunOutcome> {
  const now = options.now ?? (() => new Date());
  const stepMs = options.stepMs ?? STEP_MS;
  const settings = await readRegisterSettings();
  let checkpoint = firstCheckpoint(settings, now().getTime());
  let steps = 0;
  while (checkpoint.phase !== 'done' && steps < (options.maxInlineSteps ?? Number.POSITIVE_INFINITY) && options.remainingMs() > 2 * stepMs) {
    checkpoint = await escalationStep(checkpoint, now);
    steps += 1;
  }
  if (checkpoint.phase === 'done') return { status: 'done', counts: checkpoint.counts };
  const started = await startJob(
    escalationJob,
    { scope: checkpoint.day, params: { day: checkpoint.day }, checkpoint, progress: progressOf(checkpoint), startedBy: APP_ACTOR },
    { now: () => now().getTime() },
  );
  return { status: 'continued', jobId: started.job.id, counts: checkpoint.counts };
}
