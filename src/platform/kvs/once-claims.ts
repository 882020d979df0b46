import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import { commitTransaction as commit } from './conditional-commit';

/**
 * "Do this once" records in a KVS custom entity: before doing something that must happen once
 * across runs and duplicate deliveries (sending an alert), a worker claims its key with a
 * conditional write; of two workers that race, one wins. The winner marks the claim done when the
 * work is done, or gives it back when it failed (so a later run tries again). A claim whose worker
 * died is taken over once it is older than the caller's stale age.
 *
 * The entity is declared in manifest.yml with the attributes of `claimRecord`.
 */

export const claimRecord = z.object({
  state: z.enum(['claimed', 'done']),
  holder: z.string(),
  /** Epoch milliseconds of the claim. */
  claimedAt: z.number(),
  doneAt: z.number().optional(),
  /** What the work was about, for people reading the store (e.g. the issue id). */
  subject: z.string(),
});
export type ClaimRecord = z.infer<typeof claimRecord>;

export type ClaimOutcome =
  /** This worker holds the claim: do the work, then complete or release it. `tookOver`: a dead worker's claim. */
  | { kind: 'claimed'; tookOver: boolean }
  /** Done already: nothing to do. */
  | { kind: 'done' }
  /** Another worker holds it now. */
  | { kind: 'held' };

export async function readClaim(entity: string, key: string): Promise<ClaimRecord | undefined> {
  const value = await kvs.entity<unknown>(entity).get(key);
  const parsed = claimRecord.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Claims `key` for `holder` (see the module's comment). */
export async function claimOnce(entity: string, key: string, holder: string, subject: string, now: number, staleAfterMs: number): Promise<ClaimOutcome> {
  const current = await readClaim(entity, key);
  const mine: ClaimRecord = { state: 'claimed', holder, claimedAt: now, subject };
  if (!current) {
    const won = await commit((t) => t.set(key, mine, { entityName: entity, conditions: new Filter<ClaimRecord>().and('state', FilterConditions.notExists()) }));
    return won ? { kind: 'claimed', tookOver: false } : { kind: 'held' };
  }
  if (current.state === 'done') return { kind: 'done' };
  if (now - current.claimedAt < staleAfterMs) return { kind: 'held' };
  const conditions = new Filter<ClaimRecord>()
    .and('holder', FilterConditions.equalTo(current.holder))
    .and('claimedAt', FilterConditions.equalTo(current.claimedAt))
    .and('state', FilterConditions.equalTo('claimed'));
  const won = await commit((t) => t.set(key, mine, { entityName: entity, conditions }));
  return won ? { kind: 'claimed', tookOver: true } : { kind: 'held' };
}

const heldBy = (holder: string, claimedAt: number) =>
  new Filter<ClaimRecord>()
    .and('holder', FilterConditions.equalTo(holder))
    .and('claimedAt', FilterConditions.equalTo(claimedAt))
    .and('state', FilterConditions.equalTo('claimed'));

/** Marks a claim done; false when this worker no longer held it (another took it over). */
export function completeClaim(entity: string, key: string, holder: string, claimedAt: number, subject: string, now: number): Promise<boolean> {
  const done: ClaimRecord = { state: 'done', holder, claimedAt, doneAt: now, subject };
  return commit((t) => t.set(key, done, { entityName: entity, conditions: heldBy(holder, claimedAt) }));
}

/** Gives a claim back after the work failed, so that a later run tries again. */
export async function releaseClaim(entity: string, key: string, holder: string, claimedAt: number): Promise<void> {
  await commit((t) => t.delete(key, { entityName: entity, conditions: heldBy(holder, claimedAt) }));
}
