import { filterGroupOf, passesFilters, type FilterGroup } from './conditions';
import { isRecord, type EntityCatalog } from './entity-schema';
import type { KvsItemStore } from './item-store';
import { KvsError, KvsErrorCode } from './kvs-error';
import type { Filters, TransactionRequest } from './request-schemas';
import { checkValue, targetIdentity, targetOf, type Target } from './targets';
import { expiryOf, KVS_LIMITS } from './validation';

/** A condition on an entity's current value that must hold for the transaction to commit. */
interface Guard {
  target: Target;
  conditions: FilterGroup;
  /** A `check` needs the entity to exist; a conditional set or delete tests an absent one as `{}`. */
  requiresEntity: boolean;
}

function invalid(message: string): KvsError {
  return new KvsError(400, KvsErrorCode.invalidTransactionRequest, message);
}

function guardOf(target: Target, conditions: Filters | undefined, requiresEntity: boolean, operation: string): Guard | undefined {
  if (conditions === undefined) return undefined;
  if (!target.entity)
    throw KvsError.badRequest(`Transaction ${operation} of key '${target.key}' has conditions, which only custom entity operations can carry.`);
  const group = filterGroupOf(conditions);
  if (!group) throw KvsError.badRequest(`Transaction ${operation} of key '${target.key}' has conditions with neither "and" nor "or".`);
  return { target, conditions: group, requiresEntity };
}

function guardHolds(store: KvsItemStore, guard: Guard): boolean {
  const current = store.get(guard.target.space, guard.target.key);
  if (!current) return !guard.requiresEntity && passesFilters({}, guard.conditions);
  return isRecord(current.value) && passesFilters(current.value, guard.conditions);
}

/**
 * `kvs.transact()...execute()`: all sets and deletes commit together, and only if every condition
 * (on conditional sets and deletes, and every check) holds on the values as they are when the
 * transaction runs. Otherwise nothing is written and the answer is `CONDITIONAL_CHECK_FAILED`.
 * The request is refused up front when it is empty, has more than 25 operations, or names a key
 * twice.
 */
export function runTransaction(store: KvsItemStore, catalog: EntityCatalog, request: TransactionRequest, nowMillis: number): void {
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const operationCount = sets.length + deletes.length + checks.length;
  if (operationCount === 0) throw invalid('Transaction request must include one of set, check or delete.');
  if (operationCount > KVS_LIMITS.operationsPerRequest) {
    throw invalid(`A transaction can contain at most ${KVS_LIMITS.operationsPerRequest} operations (got ${operationCount}).`);
  }
  const seen = new Set<string>();
  for (const { key, entityName } of [...sets, ...deletes, ...checks]) {
    const identity = targetIdentity(key, entityName);
    if (seen.has(identity))
      throw invalid(`Each key can only be used once in a transaction; '${key}'${entityName ? ` of entity '${entityName}'` : ''} appears more than once.`);
    seen.add(identity);
  }

  const guards: Guard[] = [];
  const writes = sets.map((set) => {
    const target = targetOf(catalog, set.key, set.entityName);
    checkValue(catalog, target, set.value);
    const guard = guardOf(target, set.conditions, false, 'set');
    if (guard) guards.push(guard);
    return { target, value: set.value, expiresAt: expiryOf(set.options?.ttl, nowMillis) };
  });
  const removals = deletes.map((deletion) => {
    const target = targetOf(catalog, deletion.key, deletion.entityName);
    const guard = guardOf(target, deletion.conditions, false, 'delete');
    if (guard) guards.push(guard);
    return target;
  });
  for (const check of checks) {
    const guard = guardOf(targetOf(catalog, check.key, check.entityName), check.conditions, true, 'check');
    if (guard) guards.push(guard);
  }

  store.atomically(() => {
    for (const guard of guards) {
      if (!guardHolds(store, guard)) {
        const entityName = guard.target.entity?.name ?? '';
        throw new KvsError(
          400,
          KvsErrorCode.conditionalCheckFailed,
          `Request failed due to conditional check: the conditions on key '${guard.target.key}' of entity '${entityName}' do not hold${guard.requiresEntity ? ' (or the key does not exist)' : ''}.`,
        );
      }
    }
    for (const write of writes) store.put(write.target.space, write.target.key, write.value, write.expiresAt);
    for (const target of removals) store.delete(target.space, target.key);
  });
}
