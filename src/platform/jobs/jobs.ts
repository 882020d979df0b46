import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { PLATFORM_TEXTS } from '#platform/platform-texts';
import type { JobType } from './define-job';
import { failureOf, isActive, type Job, type JobProgress, type StoredJob } from './job-record';
import { pushJobEvent } from './job-queue';
import { createJob, finishJob, readJob, readSlot, writeJob } from './job-store';
import { isStalled, leaseDecision } from './lease';

/**
 * Starting, reading and cancelling jobs: what a resolver does with the runner. The consumer
 * (runner.ts) does the work.
 */

export interface JobClock {
  /** Epoch milliseconds; `Date.now` unless a test gives its clock. */
  now?: () => number;
  /** Queues a delivery; the runner's queue unless given. */
  push?: (jobId: string) => Promise<void>;
}

/** A job not written to for this long while no delivery holds it has lost its event: it gets another. */
const STALL_MS = 3 * 60_000;

/**
 * The largest job record the runner starts, serialised: Forge's KVS keeps at most 240 KiB per value,
 * and the record must still hold its progress, an error and a result (which replaces the checkpoint).
 */
export const MAX_JOB_BYTES = 200 * 1024;

/** Thrown by {@link startJob} for a job whose params and checkpoint would not fit one KVS value. */
export class JobTooLargeError extends Error {
  constructor(
    readonly kind: string,
    readonly bytes: number,
  ) {
    super(`A ${kind} job of ${bytes} bytes does not fit one KVS value (at most ${MAX_JOB_BYTES}).`);
    this.name = 'JobTooLargeError';
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** A job read back with its kind's schemas; a part that does not parse is left out. */
export interface TypedJob<P, C, R> extends Omit<Job, 'params' | 'checkpoint' | 'result'> {
  params?: P;
  checkpoint?: C;
  result?: R;
}

export function typedJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(
  type: JobType<PS, CS, RS>,
  job: Job,
): TypedJob<z.output<PS>, z.output<CS>, z.output<RS>> {
  const { params, checkpoint, result, ...rest } = job;
  const p = type.params.safeParse(params);
  const c = type.checkpoint.safeParse(checkpoint);
  const r = result === undefined ? undefined : type.result.safeParse(result);
  return { ...rest, ...(p.success ? { params: p.data } : {}), ...(c.success ? { checkpoint: c.data } : {}), ...(r?.success ? { result: r.data } : {}) };
}

export interface StartRequest<P, C> {
  /** One active job per kind and scope. */
  scope: string;
  params: P;
  checkpoint: C;
  progress: JobProgress;
  startedBy: string;
}

/** Started: the new job. Not started: the job of that kind and scope that is already running. */
export type StartOutcome = { started: true; job: Job } | { started: false; job: Job };

/**
 * Starts a job of `type` unless one of its kind and scope is active; then answers that one (and,
 * should it have stalled, queues another delivery for it). The job record and its slot are written
 * in one transaction, so of two starts that race one wins and the other answers the winner's job.
 */
export async function startJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(
  type: JobType<PS, CS, RS>,
  request: StartRequest<z.output<PS>, z.output<CS>>,
  clock: JobClock = {},
): Promise<StartOutcome> {
  const now = clock.now ?? Date.now;
  const push = clock.push ?? pushJobEvent;
  for (let attempt = 0; attempt < 5; attempt++) {
    const slot = await readSlot(type.kind, request.scope);
    if (slot && slot.activeJobId !== '') {
      const active = await readJob(slot.activeJobId);
      if (active && isActive(active.status)) {
        if (isStalled(active, now(), STALL_MS)) await push(active.id);
        return { started: false, job: active };
      }
    }
    const at = iso(now());
    const id = randomUUID();
    const job: StoredJob = {
      kind: type.kind,
      scope: request.scope,
      status: 'queued',
      params: type.params.parse(request.params),
      checkpoint: type.checkpoint.parse(request.checkpoint),
      progress: request.progress,
      startedBy: request.startedBy,
      startedAt: at,
      updatedAt: at,
      stepCount: 0,
      leaseHolder: '',
      leaseUntil: 0,
      cancelRequested: false,
    };
    const bytes = Buffer.byteLength(JSON.stringify(job));
    if (bytes > MAX_JOB_BYTES) throw new JobTooLargeError(type.kind, bytes);
    if (!(await createJob(id, job, slot))) continue;
    try {
      await push(id);
    } catch (error) {
      const failedAt = iso(now());
      await finishJob(
        id,
        { ...job, status: 'failed', ...failureOf(PLATFORM_TEXTS.text('job.notQueued')), finishedAt: failedAt, updatedAt: failedAt },
        { leaseHolder: '', stepCount: 0 },
      );
      throw error;
    }
    return { started: true, job: { id, ...job } };
  }
  throw new Error(`A ${type.kind} job could not be started: other starts kept changing its slot.`);
}

/** A job of `type`, if `id` is one. */
export async function findJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(
  type: JobType<PS, CS, RS>,
  id: string,
): Promise<Job | undefined> {
  const job = await readJob(id);
  return job?.kind === type.kind ? job : undefined;
}

/** The active job of a kind and scope, or else the last one. */
export async function latestJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(
  type: JobType<PS, CS, RS>,
  scope: string,
): Promise<Job | undefined> {
  const slot = await readSlot(type.kind, scope);
  if (!slot) return undefined;
  const id = slot.activeJobId !== '' ? slot.activeJobId : slot.lastJobId;
  return id === '' ? undefined : findJob(type, id);
}

/** Queues another delivery for a job that stalled (see {@link startJob}); answers whether it did. */
export async function resumeIfStalled(job: Job, clock: JobClock = {}): Promise<boolean> {
  if (!isStalled(job, (clock.now ?? Date.now)(), STALL_MS)) return false;
  await (clock.push ?? pushJobEvent)(job.id);
  return true;
}

/**
 * Cancels a job. One nobody works on ends cancelled at once; one a delivery works on is marked, and
 * that delivery ends it after the step it is on (the step's writes are recorded, none follow).
 * Answers the job as it then is, or undefined when there is no such job.
 */
export async function cancelJob<PS extends z.ZodType, CS extends z.ZodType, RS extends z.ZodType>(
  type: JobType<PS, CS, RS>,
  id: string,
  clock: JobClock = {},
): Promise<Job | undefined> {
  const now = clock.now ?? Date.now;
  for (let attempt = 0; attempt < 5; attempt++) {
    const job = await findJob(type, id);
    if (!job || !isActive(job.status)) return job;
    const at = iso(now());
    const { id: _id, ...stored } = job;
    const expect = { leaseHolder: job.leaseHolder, stepCount: job.stepCount, status: job.status, cancelRequested: job.cancelRequested };
    if (leaseDecision(job, now()).kind === 'held') {
      if (job.cancelRequested) return job;
      const marked: StoredJob = { ...stored, cancelRequested: true, updatedAt: at };
      if (await writeJob(id, marked, expect)) return { id, ...marked };
    } else {
      const cancelled: StoredJob = { ...stored, status: 'cancelled', cancelRequested: true, leaseHolder: '', leaseUntil: 0, finishedAt: at, updatedAt: at };
      if (await finishJob(id, cancelled, expect)) return { id, ...cancelled };
    }
  }
  return findJob(type, id);
}
