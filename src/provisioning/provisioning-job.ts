import { provisioningReport } from './contract';
import { placeholderCreatedBy, resolveStep } from './domain/placeholders';
import { asAppJira } from '#platform/jira/client';
import { defineJob, type StepOutcome } from '#platform/jobs/define-job';
import { executeStep } from './execute-step';
import { freshPlanFor } from './planning';
import {
  afterFailure,
  afterStep,
  nextStep,
  progressOf,
  provisioningCheckpoint,
  provisioningParams,
  replan,
  reportOf,
  type ProvisioningCheckpoint,
  type ProvisioningParams,
} from './provisioning-checkpoint';
import type { ProvisioningReport } from './contract';
import { describeFailure } from './run-report';

/** One provisioning run at a time on a site: it changes configuration that projects share. */
export const PROVISIONING_SCOPE = 'site';

type Outcome = StepOutcome<ProvisioningCheckpoint, ProvisioningReport>;

function continueOrDone(checkpoint: ProvisioningCheckpoint, params: ProvisioningParams, startedBy: string, now: Date): Outcome {
  if (nextStep(checkpoint)) return { status: 'continue', checkpoint, progress: progressOf(checkpoint) };
  return { status: 'done', result: reportOf(checkpoint, params, startedBy, now.toISOString()), progress: progressOf(checkpoint) };
}

/**
 * Provisioning as a job of the app's job runner: each step carries out one write of the plan (one
 * or two Jira calls) as the app, and the checkpoint keeps the plan, the ids created so far and each
 * item's outcome. The first Jira failure ends the run (later items may build on the failed one);
 * running again plans from a fresh snapshot. A delivery that takes over after another stopped
 * mid-step plans again first, so the cut-short step is not written twice.
 */
export const provisioningJob = defineJob({
  kind: 'provisioning',
  params: provisioningParams,
  checkpoint: provisioningCheckpoint,
  result: provisioningReport,
  stepSeconds: 60,
  async step(params, checkpoint, context): Promise<Outcome> {
    const jira = asAppJira();
    if (context.resumed) {
      const replanned = replan(checkpoint, await freshPlanFor(jira, params.projectIds));
      return continueOrDone(replanned, params, context.startedBy, context.now());
    }
    const current = nextStep(checkpoint);
    if (!current) return continueOrDone(checkpoint, params, context.startedBy, context.now());
    try {
      const result = await executeStep(jira, resolveStep(current.step, new Map(Object.entries(checkpoint.created))));
      const placeholder = placeholderCreatedBy(current.step);
      const next = afterStep(checkpoint, { ...result, ...(placeholder === undefined ? {} : { placeholder }) });
      return continueOrDone(next, params, context.startedBy, context.now());
    } catch (error) {
      const reason = describeFailure(error);
      const failed = afterFailure(checkpoint, reason);
      return {
        status: 'failed',
        reason: `Provisioning stopped at “${current.item.summary}”: ${reason}`,
        result: reportOf(failed, params, context.startedBy, context.now().toISOString()),
        progress: progressOf(failed),
      };
    }
  },
});
