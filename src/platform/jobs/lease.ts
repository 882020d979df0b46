import { isActive, type StoredJob } from './job-record';

/**
 * The lease rules, pure. A delivery may work on a job only while it holds the job's lease: the
 * lease is taken with a conditional KVS write on exactly what was read (holder, step count), so two
 * deliveries cannot both hold it; it lasts one step and is renewed with each step's checkpoint, so a
 * delivery that dies leaves it for at most one step; then anyone may take it over.
 */

export type LeaseDecision =
  /** The job has ended: nothing to do. */
  | { kind: 'finished' }
  /** Nobody holds it: take it. */
  | { kind: 'free' }
  /** Its holder stopped renewing it: take it over; the step it was on may have been cut short. */
  | { kind: 'expired' }
  /** Another delivery holds it and is alive: leave the job to it. */
  | { kind: 'held'; until: number };

export function leaseDecision(job: Pick<StoredJob, 'status' | 'leaseHolder' | 'leaseUntil'>, now: number): LeaseDecision {
  if (!isActive(job.status)) return { kind: 'finished' };
  if (job.leaseHolder === '') return { kind: 'free' };
  return job.leaseUntil <= now ? { kind: 'expired' } : { kind: 'held', until: job.leaseUntil };
}

/**
 * A job that should be moving but is not: active, no live lease, and nothing written for longer
 * than `stallMs` (its event was lost, or the push after a write failed). Pushing another event for
 * it is safe: the lease keeps deliveries apart.
 */
export function isStalled(job: Pick<StoredJob, 'status' | 'leaseHolder' | 'leaseUntil' | 'updatedAt'>, now: number, stallMs: number): boolean {
  const lease = leaseDecision(job, now);
  if (lease.kind === 'finished' || lease.kind === 'held') return false;
  const updated = Date.parse(job.updatedAt);
  return Number.isNaN(updated) || now - updated >= stallMs;
}

/**
 * Whether a delivery with `remainingMs` left before Forge stops it may start another step that can
 * take `stepMs`, keeping `reserveMs` for writing the checkpoint and pushing the continuation.
 */
export const hasTimeForStep = (remainingMs: number, stepMs: number, reserveMs: number): boolean => remainingMs >= stepMs + reserveMs;
