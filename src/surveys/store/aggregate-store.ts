import { z } from 'zod';
import { EntityStore } from '#platform/kvs/typed-entities';
import { aggregateCounts, type AggregateCounts } from '#surveys/domain/aggregate';

/**
 * Aggregates in KVS: entity `survey-aggregate`, one per generation and row (`g<gen>#<row key>`),
 * and entity `survey-aggregate-state` (key `state`): which generation is read, and which one a
 * rebuild is filling. Every row write is conditional on the row's `rev` as read (or on its
 * absence), so concurrent submits never lose or double a count.
 */
export const storedRow = z.object({
  gen: z.number().int(),
  month: z.string(),
  projectId: z.string(),
  customerKey: z.string(),
  serviceKey: z.string(),
  rev: z.number().int(),
  counts: aggregateCounts,
});
export type StoredRow = z.infer<typeof storedRow>;

export const aggregateState = z.object({ activeGen: z.number().int().min(1), buildingGen: z.number().int().min(0), rev: z.number().int().min(1) });
export type AggregateState = z.infer<typeof aggregateState>;

export const rows = new EntityStore<StoredRow>('survey-aggregate', storedRow);
export const states = new EntityStore<AggregateState>('survey-aggregate-state', aggregateState);

export const STATE_KEY = 'state';
/** The state before any rebuild: generation 1 is read and written. */
export const INITIAL_STATE: AggregateState = { activeGen: 1, buildingGen: 0, rev: 0 };

export const storedRowKey = (gen: number, rowKey: string): string => `g${gen}#${rowKey}`;

export async function readState(): Promise<AggregateState> {
  return (await states.get(STATE_KEY)) ?? INITIAL_STATE;
}

export type { AggregateCounts };
