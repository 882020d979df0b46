import { kvs } from '@forge/kvs';

/** Forge KVS takes at most 25 keys in one batch ("Key-Value Store limits"). */
export const KVS_BATCH_LIMIT = 25;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The values of many plain keys, read 25 at a time (`kvs.batchGet`); a key that holds nothing is
 * absent from the map. Values are unknown until the caller parses them.
 */
export async function readMany(keys: readonly string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (const batch of chunks([...new Set(keys)], KVS_BATCH_LIMIT)) {
    const result = await kvs.batchGet<unknown>(batch.map((key) => ({ key })));
    for (const item of result.successfulKeys) found.set(item.key, item.value);
  }
  return found;
}

export interface BatchWrite {
  key: string;
  value: unknown;
  /** Seconds until KVS deletes the key by itself; none: kept. */
  ttlSeconds?: number;
}

/**
 * Writes many plain keys, 25 at a time (`kvs.batchSet`, best effort per key as Forge does). Answers
 * the keys KVS refused.
 */
export async function writeMany(items: readonly BatchWrite[]): Promise<string[]> {
  const refused: string[] = [];
  for (const batch of chunks(items, KVS_BATCH_LIMIT)) {
    const result = await kvs.batchSet(
      batch.map((item) => ({
        key: item.key,
        value: item.value,
        ...(item.ttlSeconds === undefined ? {} : { options: { ttl: { value: item.ttlSeconds, unit: 'SECONDS' as const } } }),
      })),
    );
    refused.push(...result.failedKeys.map((f) => f.key));
  }
  return refused;
}
