import type { z } from 'zod';
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

/** How a step ended: more to do from a new checkpoint, or the job is over. */
export type StepOutcome<C, R> =
  | { status: 'continue'; checkpoint: C; progress: JobProgress }
  | { status: 'done'; result: R; progress: JobProgress }
  | { status: 'failed'; reason: string; result?: R; progress: JobProgress };

/** A job kind as the runner sees it: stored values in, stored values out. */
export interface RunnableJob {
  kind: string;
  /** The longest one step may take; the lease lasts this long. */
  stepSeconds: number;
  runStep(params: unknown, checkpoint: unknown, context: StepContext): Promise<StepOutcome<unknown, unknown>>;
  /** A sentence for an error a step threw. */
  describeError(error: unknown): string;
}

/** A job kind with its schemas, for starting jobs and reading them back typed. */
export interface JobType<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType> extends RunnableJob {
  params: PS;
  checkpoint: CS;
  result: RS;
}

/** Thrown when a job's stored params or checkpoint no longer parse (e.g. written by an older version). */
export class JobDataError extends Error {
  constructor(kind: string, what: 'params' | 'checkpoint', issues: string) {
    super(`The saved ${what} of this ${kind} job cannot be read (${issues}). Start it again.`);
    this.name = 'JobDataError';
  }
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
  describeError?: (error: unknown) => string;
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
    describeError:
      definition.describeError ??
      ((error) =>
        error instanceof JobDataError ? error.message : `The job stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`),
  };
}
