import { kvs } from '@forge/kvs';
import type { z } from 'zod';

/** Plain KVS keys holding app state (settings, progress), read back through a zod schema. */
export async function readJson<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined> {
  const value = await kvs.get<unknown>(key);
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeJson(key: string, value: unknown): Promise<void> {
  await kvs.set(key, value);
}

export async function deleteJson(key: string): Promise<void> {
  await kvs.delete(key);
}
