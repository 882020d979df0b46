import { kvs } from '@forge/kvs';
import { z } from 'zod';

const lockRecord = z.object({ holder: z.string(), since: z.string() });
export type LockRecord = z.infer<typeof lockRecord>;

/**
 * A short lease in KVS that keeps two invocations from doing the same work at once. The key is
 * written only if absent (keyPolicy FAIL_IF_EXISTS) and expires by itself, so a crashed run cannot
 * hold it for ever.
 */
export async function acquireLock(
  key: string,
  holder: string,
  ttlSeconds: number,
  now: Date = new Date(),
): Promise<{ acquired: true } | { acquired: false; heldBy: LockRecord | undefined }> {
  const record: LockRecord = { holder, since: now.toISOString() };
  try {
    await kvs.set(key, record, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
    return { acquired: true };
  } catch (error) {
    const current = await kvs.get<unknown>(key);
    if (current === undefined) throw error;
    const parsed = lockRecord.safeParse(current);
    return { acquired: false, heldBy: parsed.success ? parsed.data : undefined };
  }
}

export async function releaseLock(key: string): Promise<void> {
  await kvs.delete(key);
}
