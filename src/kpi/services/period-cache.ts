import { z } from 'zod';
import { DAY_MS, periodKey, type Period } from '#kernel/periods';
import type { BatchWrite } from '#platform/kvs/batch-store';
import type { KpiScope } from '#kpi/contract';
import { STALE_KEEP_DAYS } from '#kpi/domain/constants';
import type { SampleSummary } from '#kpi/domain/evaluate';
import { digest } from './hash';

/**
 * The KVS cache of what Jira answered, one record per viewer, scope and period, holding each count
 * and sample summary by the digest of its query. A value fetched once its period had closed stays
 * valid for good (the record has no TTL); a value of the open period is fresh for the gadget's cache
 * time, then kept as a stale fallback for STALE_KEEP_DAYS (the record's TTL) in case Jira is busy.
 * Records are per viewer: counts run as the viewer, so one person's numbers are never shown to
 * another.
 */

const sampleSummary = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resolution-times'), size: z.number(), capped: z.boolean(), meanDays: z.number().nullable(), medianDays: z.number().nullable() }),
  z.object({ kind: z.literal('recurrence'), size: z.number(), capped: z.boolean(), complaints: z.number(), recurring: z.number() }),
  z.object({ kind: z.literal('overruns'), size: z.number(), capped: z.boolean(), overruns: z.number(), sum: z.number() }),
]);

/** Jira refused the query (400): kept like a value, so that a KPI Jira cannot answer costs no call on every render. */
const refusal = z.object({ refused: z.string().nullable() });

const entry = z.object({ at: z.number(), closed: z.boolean(), value: z.union([z.number(), sampleSummary, refusal]) });
const record = z.object({ v: z.literal(1), entries: z.record(z.string(), entry) });
type CacheEntry = z.infer<typeof entry>;
export type CachedValue = number | SampleSummary | { refused: string | null };

/** Entries a record keeps at most; the oldest go first. */
const MAX_ENTRIES = 200;

export const periodRecordKey = (accountId: string, scope: KpiScope, period: Period): string =>
  `kpi:v1:${digest(accountId, JSON.stringify([scope.projectIds ?? null, scope.customerId ?? null, scope.serviceId ?? null]))}:${periodKey(period)}`;

export type Lookup = { state: 'fresh'; value: CachedValue } | { state: 'stale'; value: CachedValue } | { state: 'missing' };

export class PeriodCache {
  private readonly records = new Map<string, Record<string, CacheEntry>>();
  private readonly dirty = new Map<string, boolean>();

  /** `stored`: what KVS held under each record key (unknown until parsed here). */
  constructor(stored: ReadonlyMap<string, unknown>) {
    for (const [key, value] of stored) {
      const parsed = record.safeParse(value);
      if (parsed.success) this.records.set(key, parsed.data.entries);
    }
  }

  lookup(recordKey: string, needKey: string, now: number, freshForMs: number): Lookup {
    const found = this.records.get(recordKey)?.[digest(needKey)];
    if (!found) return { state: 'missing' };
    return found.closed || (now - found.at < freshForMs && found.at <= now) ? { state: 'fresh', value: found.value } : { state: 'stale', value: found.value };
  }

  /** Keeps a value; `closed`: its period had ended when Jira answered. */
  put(recordKey: string, needKey: string, value: CachedValue, closed: boolean, now: number): void {
    const entries = this.records.get(recordKey) ?? {};
    entries[digest(needKey)] = { at: now, closed, value };
    this.records.set(recordKey, entries);
    this.dirty.set(recordKey, closed && (this.dirty.get(recordKey) ?? true));
  }

  /** The records changed since they were read, as KVS writes: closed periods kept for good, open ones for STALE_KEEP_DAYS. */
  writes(now: number): BatchWrite[] {
    return [...this.dirty].map(([key, closed]) => {
      const kept = Object.entries(this.records.get(key) ?? {})
        .filter(([, e]) => e.closed || now - e.at < STALE_KEEP_DAYS * DAY_MS)
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, MAX_ENTRIES);
      return { key, value: { v: 1, entries: Object.fromEntries(kept) }, ...(closed ? {} : { ttlSeconds: STALE_KEEP_DAYS * 86_400 }) };
    });
  }
}
