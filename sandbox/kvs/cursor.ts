import { z } from 'zod';
import { KvsError, KvsErrorCode } from './kvs-error';
import { scalarSchema, type Scalar } from './request-schemas';

/**
 * Where a page ended: the index it walked, and the last item's sort value and key. The next page
 * starts strictly after that position, so items written or deleted between pages neither repeat nor
 * shift the rest. Like Forge's cursors, these are opaque and valid only for the same query.
 */
export interface CursorPosition {
  /** `key` for key queries, `<entity>/<index>` for entity queries. */
  scope: string;
  /** The range attribute's value; absent when the index sorts by the key. */
  sortValue?: Scalar;
  key: string;
}

const cursorSchema = z.object({ s: z.string(), v: scalarSchema.optional(), k: z.string() });

export function encodeCursor(position: CursorPosition): string {
  const payload = { s: position.scope, ...(position.sortValue === undefined ? {} : { v: position.sortValue }), k: position.key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Reads a cursor this emulator issued for `scope`, refusing anything else. */
export function decodeCursor(cursor: string, scope: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) throw new KvsError(400, KvsErrorCode.invalidCursor, `The cursor '${cursor}' is not valid.`);
  if (parsed.data.s !== scope) {
    throw new KvsError(
      400,
      KvsErrorCode.invalidCursor,
      `The cursor belongs to another query (${parsed.data.s}), not to ${scope}; use the same parameters as the first page.`,
    );
  }
  return { scope, key: parsed.data.k, ...(parsed.data.v === undefined ? {} : { sortValue: parsed.data.v }) };
}
