import type { EntityCatalog } from './entity-schema';
import type { KvsItemStore } from './item-store';
import { KvsError, KvsErrorCode } from './kvs-error';
import { itemBody, type ItemBody } from './metadata';
import type { BatchDeleteItem, BatchGetItem, BatchSetItem } from './request-schemas';
import { checkValue, targetIdentity, targetOf } from './targets';
import { expiryOf, KVS_LIMITS } from './validation';

interface BatchItemSuccess {
  key: string;
  entityName?: string;
}

interface BatchItemError {
  key: string;
  entityName?: string;
  error: { code: string; message: string };
}

export interface BatchResult<Success> {
  successfulKeys: Success[];
  failedKeys: BatchItemError[];
}

/** Refuses a whole batch as Forge does: empty, more than 25 keys, or the same key twice. */
function checkBatch(items: readonly { key: string; entityName?: string }[], operation: string): void {
  if (items.length === 0) throw KvsError.badRequest(`A ${operation} batch must contain at least one key.`);
  if (items.length > KVS_LIMITS.operationsPerRequest) {
    throw KvsError.badRequest(`A ${operation} batch can contain at most ${KVS_LIMITS.operationsPerRequest} keys (got ${items.length}).`);
  }
  const seen = new Set<string>();
  for (const item of items) {
    const identity = targetIdentity(item.key, item.entityName);
    if (seen.has(identity)) {
      throw KvsError.badRequest(`A ${operation} batch names key '${item.key}'${item.entityName ? ` of entity '${item.entityName}'` : ''} more than once.`);
    }
    seen.add(identity);
  }
}

function identityOf(item: { key: string; entityName?: string }): BatchItemSuccess {
  return item.entityName === undefined ? { key: item.key } : { key: item.key, entityName: item.entityName };
}

/** Runs `work` for each item, reporting a refusal of one item as that item's failure. */
function eachItem<Item extends { key: string; entityName?: string }, Success>(
  items: readonly Item[],
  work: (item: Item) => Success | KvsError,
): BatchResult<Success> {
  const result: BatchResult<Success> = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    let outcome: Success | KvsError;
    try {
      outcome = work(item);
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      outcome = error;
    }
    if (outcome instanceof KvsError) result.failedKeys.push({ ...identityOf(item), error: { code: outcome.code, message: outcome.message } });
    else result.successfulKeys.push(outcome);
  }
  return result;
}

/**
 * `kvs.batchSet`: writes each item on its own merits (best effort, unlike a transaction); an item
 * that is refused (bad key, undeclared entity, a value that does not fit) is reported in
 * `failedKeys` and the others are still written. All written items commit together.
 */
export function runBatchSet(store: KvsItemStore, catalog: EntityCatalog, items: BatchSetItem[], nowMillis: number): BatchResult<BatchItemSuccess> {
  checkBatch(items, 'set');
  return store.atomically(() =>
    eachItem(items, (item) => {
      const target = targetOf(catalog, item.key, item.entityName);
      checkValue(catalog, target, item.value);
      store.put(target.space, target.key, item.value, expiryOf(item.options?.ttl, nowMillis));
      return identityOf(item);
    }),
  );
}

/** `kvs.batchGet`: the live items, with a `KEY_NOT_FOUND` failure for each key that holds none. */
export function runBatchGet(store: KvsItemStore, catalog: EntityCatalog, items: BatchGetItem[]): BatchResult<ItemBody> {
  checkBatch(items, 'get');
  return eachItem(items, (item) => {
    const target = targetOf(catalog, item.key, item.entityName);
    const stored = store.get(target.space, target.key);
    if (!stored) return new KvsError(404, KvsErrorCode.keyNotFound, `Key '${item.key}' does not exist.`);
    return itemBody(stored, item.options?.metadataFields, item.entityName);
  });
}

/** `kvs.batchDelete`: deletes each key; like `kvs.delete`, a key that holds nothing deletes fine. */
export function runBatchDelete(store: KvsItemStore, catalog: EntityCatalog, items: BatchDeleteItem[]): BatchResult<BatchItemSuccess> {
  checkBatch(items, 'delete');
  return store.atomically(() =>
    eachItem(items, (item) => {
      const target = targetOf(catalog, item.key, item.entityName);
      store.delete(target.space, target.key);
      return identityOf(item);
    }),
  );
}
