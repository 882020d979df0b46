import { randomUUID } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { PLATFORM_TEXTS } from '#platform/platform-texts';
import { describeJobError, type RunnableJob, type StepContext, type StepOutcome } from './define-job';
import { failureOf, jobEventBody, type Job, type StoredJob } from './job-record';
import { pushJobEvent } from './job-queue';
import { finishJob, readJob, writeJob } from './job-store';
import { hasTimeForStep, leaseDecision } from './lease';

/**
 * The consumer side of the job runner: one delivery of a job's event works on the job while it
 * holds the job's lease, step after step, writing the checkpoint after each, and stops well before
 * Forge's time limit to push a continuation event, so a job of any length completes.
 */

export interface RunnerOptions {
  jobs: readonly RunnableJob[];
  /** Epoch milliseconds; `Date.now` unless a test gives its clock. */
  now?: () => number;
  /** What is left of this invocation before Forge stops it; Forge's own count unless given. */
  remainingMs?: () => number;
  /** Queues the next delivery of a job; the runner's queue unless given. */
  push?: (jobId: string) => Promise<void>;
  /** Time kept back after the last step for writing it and pushing the continuation. */
  reserveMs?: number;
}

const DEFAULT_RESERVE_MS = 15_000;

/** What Forge delivers (`AsyncEvent`): the pushed body, and `retryContext` when it is a retry. */
const asyncEvent = z.object({ body: jobEventBody, retryContext: z.object({ retryCount: z.number() }).passthrough().optional() }).passthrough();

const forgeRemainingMs = (): number => getAppContext().invocationRemainingTimeInMillis();

const iso = (ms: number): string => new Date(ms).toISOString();

/** What the delivery ended with, for the tests and the logs. */
export type DeliveryEnd = 'finished' | 'continued' | 'busy' | 'lost' | 'ignored';

interface Delivery {
  kind: RunnableJob;
  holder: string;
  now: () => number;
  stepMs: number;
}

/**
 * Ends a job (done, failed or cancelled) while holding its lease; false when the lease was lost
 * meanwhile. A job that ends with a result keeps the result and no checkpoint (nothing resumes it).
 */
function end(delivery: Delivery, job: Job, change: Partial<StoredJob> & Pick<StoredJob, 'status'>): Promise<boolean> {
  const at = delivery.now();
  const { id, checkpoint, ...stored } = job;
  const kept = change.result === undefined ? { checkpoint } : {};
  return finishJob(
    id,
    { ...stored, ...kept, ...change, stepCount: job.stepCount + 1, leaseHolder: '', leaseUntil: 0, finishedAt: iso(at), updatedAt: iso(at) },
    { leaseHolder: delivery.holder, stepCount: job.stepCount },
  );
}

/**
 * After a conditional write failed: if the delivery still holds the lease and the reason is a
 * cancel, the job ends cancelled with what the step achieved; otherwise another delivery owns the
 * job now and this one leaves it.
 */
async function afterLostWrite(delivery: Delivery, jobId: string, achieved: Pick<StoredJob, 'checkpoint' | 'progress'>): Promise<DeliveryEnd> {
  const again = await readJob(jobId);
  if (again && again.leaseHolder === delivery.holder && again.cancelRequested) {
    const ended = await end(delivery, { ...again, checkpoint: achieved.checkpoint, progress: achieved.progress }, { status: 'cancelled' });
    return ended ? 'finished' : 'lost';
  }
  return 'lost';
}

async function runStep(delivery: Delivery, job: Job, resumed: boolean): Promise<StepOutcome<unknown, unknown>> {
  const context: StepContext = { jobId: job.id, startedBy: job.startedBy, now: () => new Date(delivery.now()), resumed };
  try {
    return await delivery.kind.runStep(job.params, job.checkpoint, context);
  } catch (error) {
    console.error(`Job ${job.id} (${job.kind}) failed in a step:`, error);
    return { status: 'failed', reason: delivery.kind.describeError(error), progress: job.progress };
  }
}

/** Works on the job while this delivery holds its lease. */
async function work(delivery: Delivery, acquired: Job, resumedAtStart: boolean, options: RunnerOptions): Promise<DeliveryEnd> {
  const remaining = options.remainingMs ?? forgeRemainingMs;
  const push = options.push ?? pushJobEvent;
  let job = acquired;
  let resumed = resumedAtStart;
  for (;;) {
    if (job.cancelRequested) {
      return (await end(delivery, job, { status: 'cancelled' })) ? 'finished' : 'lost';
    }
    if (!hasTimeForStep(remaining(), delivery.stepMs, options.reserveMs ?? DEFAULT_RESERVE_MS)) {
      // Hand over: free the lease, then queue the next delivery. Should the push fail, this delivery
      // fails and Forge retries it; the retry finds the lease free and goes on.
      const { id, ...stored } = job;
      const released = await writeJob(
        id,
        { ...stored, leaseHolder: '', leaseUntil: 0, updatedAt: iso(delivery.now()) },
        { leaseHolder: delivery.holder, stepCount: job.stepCount, cancelRequested: false },
      );
      if (!released) return afterLostWrite(delivery, job.id, job);
      await push(job.id);
      return 'continued';
    }
    const outcome = await runStep(delivery, job, resumed);
    resumed = false;
    if (outcome.status !== 'continue') {
      const change =
        outcome.status === 'done'
          ? { status: 'done' as const, progress: outcome.progress, result: outcome.result }
          : {
              status: 'failed' as const,
              progress: outcome.progress,
              ...failureOf(outcome.reason),
              ...(outcome.result === undefined ? {} : { result: outcome.result }),
            };
      if (await end(delivery, job, change)) return 'finished';
      return afterLostWrite(delivery, job.id, { checkpoint: job.checkpoint, progress: outcome.progress });
    }
    const at = delivery.now();
    const next: Job = {
      ...job,
      checkpoint: outcome.checkpoint,
      progress: outcome.progress,
      stepCount: job.stepCount + 1,
      leaseUntil: at + delivery.stepMs,
      updatedAt: iso(at),
    };
    const { id, ...stored } = next;
    const written = await writeJob(id, stored, { leaseHolder: delivery.holder, stepCount: job.stepCount, cancelRequested: false });
    if (!written) return afterLostWrite(delivery, job.id, next);
    job = next;
  }
}

/**
 * Handles one delivery of a job event. A duplicate delivery while another holds a live lease leaves
 * quietly; a retry of a delivery that died while the lease still runs asks Forge to come back when
 * it has run out (`InvocationError` with `retryAfter`), and then takes it over.
 */
export async function deliverJobEvent(event: unknown, options: RunnerOptions): Promise<{ end: DeliveryEnd; retry?: InvocationError }> {
  const parsed = asyncEvent.safeParse(event);
  if (!parsed.success) {
    console.error('The job queue delivered an event the runner does not understand; it is dropped.', parsed.error.issues);
    return { end: 'ignored' };
  }
  const now = options.now ?? Date.now;
  const job = await readJob(parsed.data.body.jobId);
  if (!job) return { end: 'ignored' };
  const kind = options.jobs.find((k) => k.kind === job.kind);
  const lease = leaseDecision(job, now());
  if (lease.kind === 'finished') return { end: 'ignored' };
  if (lease.kind === 'held') {
    if (parsed.data.retryContext === undefined) return { end: 'busy' };
    // Async events API, Retry request: retryAfter is 1 to 900 seconds.
    const retryAfter = Math.min(900, Math.max(1, Math.ceil((lease.until - now()) / 1000) + 1));
    return { end: 'busy', retry: new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST }) };
  }
  const holder = randomUUID();
  const stepMs = (kind?.stepSeconds ?? 60) * 1000;
  const at = now();
  const { id, ...read } = job;
  const taken: StoredJob = { ...read, status: 'running', leaseHolder: holder, leaseUntil: at + stepMs, updatedAt: iso(at) };
  // Taken on exactly what was read: of two deliveries that both saw the lease free (or expired), one
  // wins; and a cancel that ended or marked the job meanwhile is not undone.
  if (!(await writeJob(id, taken, { leaseHolder: read.leaseHolder, stepCount: read.stepCount, status: read.status, cancelRequested: read.cancelRequested })))
    return { end: 'lost' };
  const acquired: Job = { id, ...taken };
  const unknownKind: RunnableJob = {
    kind: job.kind,
    stepSeconds: 60,
    runStep: () => Promise.resolve({ status: 'failed', reason: PLATFORM_TEXTS.text('job.unknownKind', { kind: job.kind }), progress: job.progress }),
    describeError: describeJobError,
  };
  const delivery: Delivery = { kind: kind ?? unknownKind, holder, now, stepMs };
  return { end: await work(delivery, acquired, lease.kind === 'expired', options) };
}

/** The consumer function manifest.yml names: one delivery of the job queue. */
export function jobConsumer(options: RunnerOptions): (event: unknown) => Promise<InvocationError | undefined> {
  return async (event) => (await deliverJobEvent(event, options)).retry;
}
