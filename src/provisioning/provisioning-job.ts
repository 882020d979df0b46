import { SOURCE_LOCALE } from '#kernel/locales';
import { provisioningReport } from './contract';
import { placeholderCreatedBy, resolveStep } from './domain/placeholders';
import { asAppJira, type JiraClient } from '#platform/jira/client';
import { listIssueTypes } from '#platform/jira/issue-types';
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
import { PROVISIONING_TEXTS } from './domain/texts';
import { describeFailure } from './run-report';
import { recordTypeNames } from './names-store';

/** One provisioning run at a time on a site: it changes configuration that projects share. */
export const PROVISIONING_SCOPE = 'site';

type Outcome = StepOutcome<ProvisioningCheckpoint, ProvisioningReport>;

/**
 * Once a run has ended (done or failed, after renames it may have made), records the names the BRM
 * types now have for the features' JQL. Best effort: the admin page records them too when it opens.
 */
async function recordNames(jira: JiraClient, outcome: Outcome): Promise<Outcome> {
  if (outcome.status === 'continue') return outcome;
  try {
    await recordTypeNames(await listIssueTypes(jira));
  } catch {
    // Jira or KVS busy: the names stay as last recorded until the next run or the next admin page.
  }
  return outcome;
}

function continueOrDone(checkpoint: ProvisioningCheckpoint, params: ProvisioningParams, startedBy: string, now: Date): Outcome {
  const progress = progressOf(checkpoint, params.locale);
  if (nextStep(checkpoint)) return { status: 'continue', checkpoint, progress };
  return { status: 'done', result: reportOf(checkpoint, params, startedBy, now.toISOString()), progress };
}

/**
 * Provisioning as a job of the app's job runner: each step carries out one write of the plan (one
 * or two Jira calls) as the app, and the checkpoint keeps the plan, the ids created so far and each
 * item's outcome. The first Jira failure ends the run (later items may build on the failed one);
 * running again plans from a fresh snapshot. A delivery that takes over after another stopped
 * mid-step plans again first, so the cut-short step is not written twice. What it writes for the
 * admin (the plan, failures, notes) is in the language of the admin who started it.
 */
export const provisioningJob = defineJob({
  kind: 'provisioning',
  params: provisioningParams,
  checkpoint: provisioningCheckpoint,
  result: provisioningReport,
  stepSeconds: 60,
  async step(params, checkpoint, context): Promise<Outcome> {
    const jira = asAppJira();
    const locale = params.locale ?? SOURCE_LOCALE;
    const names = params.names ?? SOURCE_LOCALE;
    if (context.resumed) {
      const replanned = replan(checkpoint, await freshPlanFor(jira, params.projectIds, locale, names));
      return recordNames(jira, continueOrDone(replanned, params, context.startedBy, context.now()));
    }
    const current = nextStep(checkpoint);
    if (!current) return recordNames(jira, continueOrDone(checkpoint, params, context.startedBy, context.now()));
    try {
      const result = await executeStep(jira, resolveStep(current.step, new Map(Object.entries(checkpoint.created))), locale);
      const placeholder = placeholderCreatedBy(current.step);
      const next = afterStep(checkpoint, { ...result, ...(placeholder === undefined ? {} : { placeholder }) });
      return recordNames(jira, continueOrDone(next, params, context.startedBy, context.now()));
    } catch (error) {
      const reason = describeFailure(error, locale);
      const failed = afterFailure(checkpoint, reason);
      return recordNames(jira, {
        status: 'failed',
        reason: PROVISIONING_TEXTS.in(locale, 'run.stoppedAt', { item: current.item.summary, reason }),
        result: reportOf(failed, params, context.startedBy, context.now().toISOString()),
        progress: progressOf(failed, locale),
      });
    }
  },
});
