import { createHash } from 'node:crypto';

/** A short, stable, key-safe digest of some parts (KVS keys allow letters, digits and `:._-#`). */
export function digest(...parts: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts))
    .digest('base64url')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 22);
}
