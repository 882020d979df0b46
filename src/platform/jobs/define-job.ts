import type { z } from 'zod';
import { AppError } from '#kernel/app-error';
import type { Text } from '#kernel/texts';
import { jiraFailureText, JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { PLATFORM_TEXTS } from '#platform/platform-texts';
import type { JobProgress } from './job-record';

/** What a step learns besides its params and checkpoint. */
export interface StepContext {
  jobId: string;
  startedBy: string;
  /** The runner's clock. */
  now: () => Date;
  /**
   * True for the first step after a delivery took over a lease whose holder stopped: that holder
   * may have done part of this step's writes without recording them, so the step must look before
   * it writes again.
   */
  resumed: boolean;
}

/**
 * Why a job failed: a `Text`, which the job keeps in every language for whoever reads it, or a
 * sentence the job kind has already written (in the language of the admin who started it).
 */
export type FailureReason = Text | string;

/** How a step ended: more to do from a new checkpoint, or the job is over. */
export type StepOutcome<C, R> =
  | { status: 'continue'; checkpoint: C; progress: JobProgress }
  | { status: 'done'; result: R; progress: JobProgress }
  | { status: 'failed'; reason: FailureReason; result?: R; progress: JobProgress };

/** A job kind as the runner sees it: stored values in, stored values out. */
export interface RunnableJob {
  kind: string;
  /** The longest one step may take; the lease lasts this long. */
  stepSeconds: number;
  runStep(params: unknown, checkpoint: unknown, context: StepContext): Promise<StepOutcome<unknown, unknown>>;
  /** Why the job stopped, for an error a step threw. */
  describeError(error: unknown): FailureReason;
}

/** A job kind with its schemas, for starting jobs and reading them back typed. */
export interface JobType<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType> extends RunnableJob {
  params: PS;
  checkpoint: CS;
  result: RS;
}

/** Thrown when a job's stored params or checkpoint no longer parse (e.g. written by an older version). */
export class JobDataError extends Error {
  readonly text: Text;

  constructor(kind: string, what: 'params' | 'checkpoint', issues: string) {
    const text = PLATFORM_TEXTS.text('job.unreadable', { problem: `${what}: ${issues}` });
    super(`${kind}: ${text.english}`);
    this.text = text;
    this.name = 'JobDataError';
  }
}

/**
 * Why a job stopped on an error a step threw, in words a person understands: the app's own
 * refusal, Jira's reason, or what the unexpected error says.
 */
export function describeJobError(error: unknown): Text {
  if (error instanceof JobDataError || error instanceof AppError) return error.text;
  if (error instanceof JiraError || error instanceof UnexpectedJiraResponse) return jiraFailureText(error);
  return PLATFORM_TEXTS.text('job.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

const DEFAULT_STEP_SECONDS = 60;

const issuesOf = (error: z.ZodError): string => error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * Declares a job kind once: its params, its checkpoint and result schemas, and `step`, which does
 * one bounded piece of work from a checkpoint and answers the next checkpoint and progress, or that
 * the job is done (with a result) or failed (with a reason). The runner writes the checkpoint after
 * every step, so a step must finish within `stepSeconds` and leave nothing that the next checkpoint
 * does not record.
 */
export function defineJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(definition: {
  kind: string;
  params: PS;
  checkpoint: CS;
  result: RS;
  stepSeconds?: number;
  step: (params: z.output<PS>, checkpoint: z.output<CS>, context: StepContext) => Promise<StepOutcome<z.output<CS>, z.output<RS>>>;
  describeError?: (error: unknown) => FailureReason;
}): JobType<PS, CS, RS> {
  const { kind, params, checkpoint, result, step } = definition;
  return {
    kind,
    params,
    checkpoint,
    result,
    stepSeconds: definition.stepSeconds ?? DEFAULT_STEP_SECONDS,
    async runStep(storedParams, storedCheckpoint, context) {
      const p = params.safeParse(storedParams);
      if (!p.success) throw new JobDataError(kind, 'params', issuesOf(p.error));
      const c = checkpoint.safeParse(storedCheckpoint);
      if (!c.success) throw new JobDataError(kind, 'checkpoint', issuesOf(c.error));
      return step(p.data, c.data, context);
    },
    describeError: definition.describeError ?? describeJobError,
  };
}
