import { compareValues, filterGroupOf, meetsCondition, passesFilters, validateCondition } from './conditions';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import { isRecord, type EntityCatalog, type EntityIndex } from './entity-schema';
import { entityKeys, type KvsItemStore, type StoredItem } from './item-store';
import { KvsError, KvsErrorCode } from './kvs-error';
import { itemBody, type ItemBody } from './metadata';
import type { EntityQueryRequest, Scalar } from './request-schemas';
import { KVS_LIMITS, pageSize } from './validation';

/** An entity as an index sees it: its value and the value it sorts by. */
interface IndexEntry {
  item: StoredItem;
  value: Record<string, unknown>;
  sortValue: Scalar;
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Orders index entries by sort value, then key; values of different types order by type name. */
function compareEntries(a: { sortValue: Scalar; key: string }, b: { sortValue: Scalar; key: string }): number {
  const bySortValue =
    compareValues(a.sortValue, b.sortValue) ?? (typeof a.sortValue < typeof b.sortValue ? -1 : typeof a.sortValue > typeof b.sortValue ? 1 : 0);
  if (bySortValue !== 0) return bySortValue;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The entity's entries in the index, in ascending order. Indexes are sparse: an entity that lacks
 * the range attribute or a partition attribute is not in the index at all.
 */
function indexEntries(items: StoredItem[], index: EntityIndex, partition: readonly Scalar[]): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const item of items) {
    if (!isRecord(item.value)) continue;
    const value = item.value;
    const sortValue = index.range === undefined ? item.key : value[index.range];
    if (!isScalar(sortValue)) continue;
    if (!index.partition.every((attribute, position) => value[attribute] === partition[position])) continue;
    entries.push({ item, value, sortValue });
  }
  return entries.sort((a, b) => compareEntries({ sortValue: a.sortValue, key: a.item.key }, { sortValue: b.sortValue, key: b.item.key }));
}

function partitionOf(index: EntityIndex, entityName: string, partition: Scalar[] | undefined): Scalar[] {
  const given = partition ?? [];
  if (given.length !== index.partition.length) {
    throw KvsError.badRequest(
      index.partition.length === 0
        ? `Index '${index.name}' of entity '${entityName}' has no partition; the query gives ${given.length} partition value(s).`
        : `Index '${index.name}' of entity '${entityName}' is partitioned by [${index.partition.join(', ')}]; the query must give one value for each (got ${given.length}).`,
    );
  }
  return given;
}

/** The index position a cursor points at: the last entity of the previous page. */
function resumeAfter(cursor: string, scope: string, index: EntityIndex): { sortValue: Scalar; key: string } {
  const position = decodeCursor(cursor, scope);
  const sortValue = index.range === undefined ? position.key : position.sortValue;
  if (sortValue === undefined) throw new KvsError(400, KvsErrorCode.invalidCursor, `The cursor '${cursor}' is not valid for index '${index.name}'.`);
  return { sortValue, key: position.key };
}

/**
 * `kvs.entity(name).query().index(...)`: the entities in one partition of an index, narrowed by a
 * range condition on the index's sort value and by filters on any attribute, in ascending or
 * descending order of the sort value (ties by key), a page at a time. Pages are full: filters are
 * applied before the limit. The answer carries a cursor only when more entities follow.
 */
export function runEntityQuery(store: KvsItemStore, catalog: EntityCatalog, request: EntityQueryRequest): { data: ItemBody[]; cursor?: string } {
  const entity = catalog.entity(request.entityName);
  const index = catalog.index(entity, request.indexName);
  const limit = pageSize(request.limit, KvsErrorCode.pageLimitNotInRange);
  const partition = partitionOf(index, entity.name, request.partition);
  if (request.range) validateCondition(request.range, `the range of index '${index.name}'`);
  const filters = filterGroupOf(request.filters);
  const conditionCount = (request.range ? 1 : 0) + (filters?.items.length ?? 0);
  if (conditionCount > KVS_LIMITS.conditionsPerQuery) {
    throw KvsError.badRequest(`A query can have at most ${KVS_LIMITS.conditionsPerQuery} conditions (got ${conditionCount}).`);
  }
  const descending = request.sort === 'DESC';
  const scope = `${entity.name}/${index.name}`;
  const after = request.cursor === undefined ? undefined : resumeAfter(request.cursor, scope, index);
  const metadataFields = request.options?.metadataFields ?? request.metadataFields;

  const entries = indexEntries(store.all(entityKeys(entity.name)), index, partition);
  if (descending) entries.reverse();

  const page: IndexEntry[] = [];
  let more = false;
  for (const entry of entries) {
    if (after) {
      const order = compareEntries({ sortValue: entry.sortValue, key: entry.item.key }, after);
      if (descending ? order >= 0 : order <= 0) continue;
    }
    if (request.range && !meetsCondition(entry.sortValue, request.range)) continue;
    if (!passesFilters(entry.value, filters)) continue;
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(entry);
  }

  const data = page.map((entry) => itemBody(entry.item, metadataFields));
  const last = page[page.length - 1];
  if (!more || !last) return { data };
  const position: CursorPosition = index.range === undefined ? { scope, key: last.item.key } : { scope, key: last.item.key, sortValue: last.sortValue };
  return { data, cursor: encodeCursor(position) };
}
