import { decodeCursor, encodeCursor } from './cursor';
import { plainKeys, type KvsItemStore } from './item-store';
import { KvsError, KvsErrorCode } from './kvs-error';
import { itemBody, type ItemBody } from './metadata';
import type { QueryRequest } from './request-schemas';
import { pageSize } from './validation';

const KEY_QUERY_SCOPE = 'key';

/** The prefix a key query's `where` asks for: Forge allows one condition, `BEGINS_WITH` on `key`. */
function prefixOf(where: QueryRequest['where']): string | undefined {
  if (!where || where.length === 0) return undefined;
  if (where.length > 1) throw KvsError.badRequest('A key query takes a single where condition.');
  const [condition] = where;
  if (!condition) return undefined;
  if (condition.property !== 'key') throw KvsError.badRequest(`A key query can only filter on 'key', not '${condition.property}'.`);
  if (condition.condition !== 'BEGINS_WITH') {
    throw KvsError.badRequest(`The only condition a key query supports is BEGINS_WITH, not ${condition.condition}.`);
  }
  const [value] = condition.values;
  if (value === undefined) throw new KvsError(400, KvsErrorCode.insufficientFilterValues, 'The BEGINS_WITH condition needs a value.');
  return String(value);
}

/**
 * `kvs.query()`: plain keys (not secrets, not entities) in key order, a page at a time. The answer
 * carries a cursor only when more keys follow.
 */
export function runKeyQuery(store: KvsItemStore, request: QueryRequest): { data: ItemBody[]; cursor?: string } {
  const limit = pageSize(request.limit, KvsErrorCode.badRequest);
  const prefix = prefixOf(request.where);
  const afterKey = request.after === undefined ? undefined : decodeCursor(request.after, KEY_QUERY_SCOPE).key;
  const items = store.list(plainKeys, { prefix, afterKey, limit: limit + 1 });
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  const data = page.map((item) => itemBody(item, request.options?.metadataFields));
  return items.length > limit && last ? { data, cursor: encodeCursor({ scope: KEY_QUERY_SCOPE, key: last.key }) } : { data };
}
