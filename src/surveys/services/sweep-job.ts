import { z } from 'zod';
import { defineJob } from '#platform/jobs/define-job';
import { sweepDue } from './sweep';

/** A sweep too big for one scheduled invocation continues as this job (one at a time on a site). */
export const SWEEP_SCOPE = 'site';

/** How long one step of the sweep job works before it writes its checkpoint. */
const STEP_WORK_MS = 90_000;

export const sweepJob = defineJob({
  kind: 'survey-sweep',
  params: z.object({}),
  checkpoint: z.object({ rounds: z.number().int(), done: z.number().int(), failed: z.number().int() }),
  result: z.object({ rounds: z.number().int(), done: z.number().int(), failed: z.number().int() }),
  stepSeconds: 120,
  async step(_params, checkpoint, context) {
    const started = Date.now();
    const report = await sweepDue(context.now(), () => Date.now() - started < STEP_WORK_MS);
    const next = { rounds: checkpoint.rounds + 1, done: checkpoint.done + report.done, failed: checkpoint.failed + report.failed };
    const progress = { done: next.done, total: next.done + (report.more ? 1 : 0), label: `${next.done} survey steps done` };
    return report.more ? { status: 'continue', checkpoint: next, progress } : { status: 'done', result: next, progress };
  },
});
