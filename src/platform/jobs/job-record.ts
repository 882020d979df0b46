import { z } from 'zod';
import { sentence, storeText, storedText, storedTextSchema, type Text } from '#kernel/texts';
import type { FailureReason } from './define-job';

/**
 * A long job as the runner keeps it: one KVS custom entity `job` per job (manifest.yml
 * `app.storage.entities`), written only by the runner (and by a cancel), read by the UI's polls.
 * Params, checkpoint and result are the job kind's own, checked with its schemas when read.
 */

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const ACTIVE_STATUSES: readonly JobStatus[] = ['queued', 'running'];
export const isActive = (status: JobStatus): boolean => ACTIVE_STATUSES.includes(status);

export const jobProgress = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** What the job is doing now, or did last, in words. */
  label: z.string(),
});
export type JobProgress = z.infer<typeof jobProgress>;

export const storedJob = z.object({
  kind: z.string(),
  /** One active job per kind and scope (e.g. `site` for provisioning). */
  scope: z.string(),
  status: z.enum(JOB_STATUSES),
  params: z.unknown(),
  /** Where the job stands between steps; dropped once it has ended with a result. */
  checkpoint: z.unknown().optional(),
  progress: jobProgress,
  /** Account id of who started it. */
  startedBy: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
  /** Why it failed, as a sentence a person understands: in English, or as the job kind wrote it. */
  error: z.string().optional(),
  /** The same sentence in every language, when the job kept it as a `Text` (see `jobError`). */
  errorText: storedTextSchema.optional(),
  result: z.unknown().optional(),
  /** Steps whose checkpoint is written: every write of a step is conditional on it. */
  stepCount: z.number().int().nonnegative(),
  /** The delivery that holds the lease, or '' when none does. */
  leaseHolder: z.string(),
  /** When the lease ends (epoch milliseconds); 0 when free. */
  leaseUntil: z.number(),
  cancelRequested: z.boolean(),
});
export type StoredJob = z.infer<typeof storedJob>;

/** A job with its id (the entity key). */
export interface Job extends StoredJob {
  id: string;
}

/** Which job of a kind and scope is running now, and which ran last (KVS entity `job-slot`, key `<kind>:<scope>`). */
export const jobSlot = z.object({ activeJobId: z.string(), lastJobId: z.string() });
export type JobSlot = z.infer<typeof jobSlot>;

export const slotKey = (kind: string, scope: string): string => `${kind}:${scope}`;

/** What the runner pushes to its queue: which job to work on. */
export const jobEventBody = z.object({ jobId: z.string().min(1) });

/**
 * Why a job failed, to be written in its reader's language: the sentence it kept in every
 * language, else its `error`, which a table's sentence without parameters is found by (what jobs
 * recorded before they kept every language).
 */
export function jobError(job: Pick<StoredJob, 'error' | 'errorText'>): Text | undefined {
  if (job.errorText) return storedText(job.errorText);
  return job.error === undefined ? undefined : sentence(job.error);
}

/** Why a job failed, as its record keeps it: a `Text` in every language (and its English), a sentence as the job kind wrote it. */
export const failureOf = (reason: FailureReason): Pick<StoredJob, 'error' | 'errorText'> =>
  typeof reason === 'string' ? { error: reason } : { error: reason.english, errorText: storeText(reason) };
