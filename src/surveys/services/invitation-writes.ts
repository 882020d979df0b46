import { conflict } from '#kernel/app-error';
import { EntityTransaction } from '#platform/kvs/typed-entities';
import {
  applyChange,
  changeOf,
  contribution,
  contributionOf,
  emptyCounts,
  isEmptyCounts,
  rowKeyOf,
  scopeOfRowKey,
  type Contribution,
  type InvitationFacts,
} from '#surveys/domain/aggregate';
import type { InvitationRecord } from '#surveys/domain/invitation';
import { readState, rows, states, STATE_KEY, storedRowKey, type AggregateState, type StoredRow } from '#surveys/store/aggregate-store';
import { invitations, storedOf } from '#surveys/store/invitation-store';

/**
 * Every change of an invitation goes through here: the record and the aggregate rows it changes are
 * written in one KVS transaction, conditional on what was read (the record's stamp, each row's rev,
 * the aggregate state's rev). Of two writers that race, one commits and the other reads again and
 * retries, so no count is lost or doubled. Each aggregate generation the invitation counts in keeps
 * what it counts (`applied`), so a change replaces exactly its old contribution.
 */

const ATTEMPTS = 8;

/** What the aggregates count of an invitation record. */
export function factsOf(record: InvitationRecord): InvitationFacts {
  return {
    status: record.status,
    projectId: record.projectId,
    customerId: record.customerId,
    serviceId: record.serviceId,
    sentAt: record.sentAt,
    answeredAt: record.response?.answeredAt ?? null,
    expiresAt: record.expiresAt,
    scores: record.response?.scores ?? null,
  };
}

const readContribution = (value: unknown): Contribution => {
  const parsed = contribution.safeParse(value);
  return parsed.success ? parsed.data : {};
};

/** The aggregate state, created (generation 1) the first time it is needed. */
export async function ensureState(): Promise<AggregateState> {
  const stored = await states.get(STATE_KEY);
  if (stored) return stored;
  const first: AggregateState = { activeGen: 1, buildingGen: 0, rev: 1 };
  await new EntityTransaction().set(states, STATE_KEY, first, [{ attribute: 'rev', absent: true }]).commit();
  return readState();
}

interface RowWrite {
  gen: number;
  rowKey: string;
  change: { remove?: Contribution[string]; add?: Contribution[string] };
}

/** Adds the row writes of `changes` in generation `gen` to the transaction, from the rows as read. */
function writeRows(transaction: EntityTransaction, writes: readonly RowWrite[], read: ReadonlyMap<string, StoredRow>): void {
  for (const { gen, rowKey, change } of writes) {
    const key = storedRowKey(gen, rowKey);
    const existing = read.get(key);
    const counts = applyChange(existing?.counts ?? emptyCounts(), change);
    const condition = existing ? [{ attribute: 'rev', equals: existing.rev }] : [{ attribute: 'rev', absent: true as const }];
    if (isEmptyCounts(counts)) {
      if (existing) transaction.delete(rows, key, condition);
      continue;
    }
    const scope = scopeOfRowKey(rowKey);
    if (!scope) throw new Error(`Aggregate row key ${rowKey} is malformed.`);
    transaction.set(
      rows,
      key,
      {
        gen,
        month: scope.month,
        projectId: scope.projectId,
        customerKey: scope.customerId ?? '_',
        serviceKey: scope.serviceId ?? '_',
        rev: (existing?.rev ?? 0) + 1,
        counts,
      },
      condition,
    );
  }
}

export type InvitationChange = (current: InvitationRecord | undefined, now: Date) => InvitationRecord | undefined;

export interface WriteResult {
  /** False when the change left the invitation as it was (nothing written). */
  written: boolean;
  record: InvitationRecord | undefined;
}

/**
 * Reads the invitation, lets `change` make the next record (or answer undefined: nothing to write;
 * or throw an AppError to refuse), and writes it with the aggregates it changes. `change` may run
 * several times when other writers race; it must decide from what it is given. The record's `rev`
 * goes up by one (not for `bookkeeping`, which changes nothing the property shows); everything else
 * is the change's.
 */
export async function writeInvitation(id: string, change: InvitationChange, options: { now?: () => Date; bookkeeping?: boolean } = {}): Promise<WriteResult> {
  const now = options.now ?? (() => new Date());
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [state, stored] = await Promise.all([ensureState(), invitations.get(id)]);
    const current = stored?.record;
    const proposed = change(current, now());
    if (proposed === undefined) return { written: false, record: current };
    // Bookkeeping (who writes the notice) changes nothing JQL or the aggregates see: the content revision stays.
    const next: InvitationRecord = { ...proposed, rev: options.bookkeeping && current ? current.rev : (current?.rev ?? 0) + 1 };
    const counted = contributionOf(factsOf(next));
    // The generation being rebuilt counts this invitation if the rebuild has already reached it, or if it is new.
    const gens = [
      state.activeGen,
      ...(state.buildingGen > 0 && (current === undefined || current.applied[String(state.buildingGen)] !== undefined) ? [state.buildingGen] : []),
    ];
    const applied: InvitationRecord['applied'] = {};
    const writes: RowWrite[] = [];
    for (const gen of gens) {
      applied[String(gen)] = counted;
      for (const [rowKey, rowChange] of changeOf(readContribution(current?.applied[String(gen)]), counted)) writes.push({ gen, rowKey, change: rowChange });
    }
    next.applied = applied;
    const read = writes.length > 0 ? await rows.getMany(writes.map((w) => storedRowKey(w.gen, w.rowKey))) : new Map<string, StoredRow>();
    const transaction = new EntityTransaction().set(
      invitations,
      id,
      storedOf(next, (stored?.stamp ?? 0) + 1),
      stored ? [{ attribute: 'stamp', equals: stored.stamp }] : [{ attribute: 'stamp', absent: true }],
    );
    writeRows(transaction, writes, read);
    transaction.check(states, STATE_KEY, [{ attribute: 'rev', equals: state.rev }]);
    if (await transaction.commit()) return { written: true, record: next };
  }
  throw conflict('Too many people changed this survey at the same time. Try again in a moment.');
}

/**
 * Counts an invitation in the generation a rebuild fills, once: `facts` is what the rebuild read
 * (from the issue property). Skips an invitation that generation counts already (a resumed step, or
 * one a submit reached first). Answers whether it counted it now.
 */
export async function countInGeneration(
  id: string,
  gen: number,
  facts: (record: InvitationRecord) => InvitationFacts,
): Promise<'counted' | 'already' | 'missing'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [state, stored] = await Promise.all([ensureState(), invitations.get(id)]);
    if (!stored) return 'missing';
    if (state.buildingGen !== gen) throw conflict('The rebuild of the survey aggregates was replaced by another one.');
    if (stored.record.applied[String(gen)] !== undefined) return 'already';
    const counted = contributionOf(facts(stored.record));
    const next: InvitationRecord = { ...stored.record, applied: { ...stored.record.applied, [String(gen)]: counted } };
    const writes: RowWrite[] = [...changeOf({}, counted)].map(([rowKey, change]) => ({ gen, rowKey, change }));
    const read = writes.length > 0 ? await rows.getMany(writes.map((w) => storedRowKey(w.gen, w.rowKey))) : new Map<string, StoredRow>();
    const transaction = new EntityTransaction().set(invitations, id, storedOf(next, stored.stamp + 1), [{ attribute: 'stamp', equals: stored.stamp }]);
    writeRows(transaction, writes, read);
    transaction.check(states, STATE_KEY, [{ attribute: 'rev', equals: state.rev }]);
    if (await transaction.commit()) return 'counted';
  }
  throw conflict('The survey aggregates kept changing while the rebuild counted an invitation. Run the rebuild again.');
}

/** Marks the issue property as written up to `rev`, unless the record changed meanwhile (then it stays pending). */
export async function markSynced(id: string, rev: number): Promise<void> {
  const stored = await invitations.get(id);
  if (!stored || stored.record.rev !== rev || stored.record.syncedRev >= rev) return;
  const next: InvitationRecord = { ...stored.record, syncedRev: rev };
  await new EntityTransaction().set(invitations, id, storedOf(next, stored.stamp + 1), [{ attribute: 'stamp', equals: stored.stamp }]).commit();
}

export { rowKeyOf };
