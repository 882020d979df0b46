import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { z } from 'zod';
import { executeConditional } from './conditional-commit';

/**
 * Typed access to a KVS custom entity (manifest.yml `app.storage.entities`): values are parsed
 * with the feature's zod schema when read (a value that does not parse is treated as absent),
 * queries go through the entity's indexes, and conditional transactions across entities commit
 * all or nothing. Features build their repositories on this and never import @forge/kvs.
 */

export type Scalar = string | number | boolean;

/** A condition on an entity's stored attribute, for conditional writes and checks. */
export type Condition = { attribute: string; equals: Scalar } | { attribute: string; absent: true };

/** The range part of an index query (on the index's range attribute). */
export type Range =
  { between: [string | number, string | number] } | { atMost: string | number } | { atLeast: string | number } | { equals: Scalar } | { beginsWith: string };

export interface EntityEntry<T> {
  key: string;
  value: T;
}

export interface QueryOptions {
  /** Values of the index's partition attributes, in the manifest's order. */
  partition?: Scalar[];
  range?: Range;
  /** Plain equality filters on other attributes. */
  equals?: Record<string, Scalar>;
  descending?: boolean;
  /** 1 to 100 (KVS's page limit). */
  limit?: number;
  cursor?: string;
}

/** Keys per batch get and operations per transaction: KVS's limit. */
export const KVS_OPERATIONS_PER_REQUEST = 25;

type Attributes = Record<string, unknown>;

const clauseOf = (condition: Condition) => ('absent' in condition ? FilterConditions.notExists() : FilterConditions.equalTo(condition.equals));

/** An "all of these" filter; the builder answers a new filter from each `and`, so the chain is kept. */
function filterOf(conditions: readonly Condition[]) {
  const [first, ...rest] = conditions;
  if (!first) throw new Error('A KVS condition needs at least one check.');
  let filter = new Filter<Attributes>().and(first.attribute, clauseOf(first));
  for (const condition of rest) filter = filter.and(condition.attribute, clauseOf(condition));
  return filter;
}

function whereOf(range: Range) {
  if ('between' in range) return WhereConditions.between(range.between[0], range.between[1]);
  if ('atMost' in range) return WhereConditions.lessThanEqualTo(range.atMost);
  if ('atLeast' in range) return WhereConditions.greaterThanEqualTo(range.atLeast);
  if ('beginsWith' in range) return WhereConditions.beginsWith(range.beginsWith);
  return WhereConditions.equalTo(range.equals);
}

/** An entity value is an object of attributes; anything else cannot be stored in a custom entity. */
function attributesOf(value: unknown): Attributes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('A custom entity value must be an object of attributes.');
  return Object.fromEntries(Object.entries(value));
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export class EntityStore<T> {
  constructor(
    readonly name: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  private parse(value: unknown): T | undefined {
    if (value === undefined) return undefined;
    const parsed = this.schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  }

  async get(key: string): Promise<T | undefined> {
    return this.parse(await kvs.entity<unknown>(this.name).get(key));
  }

  /** The values of many keys (batches of 25); keys without a readable value are absent from the map. */
  async getMany(keys: readonly string[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (const batch of chunks([...new Set(keys)], KVS_OPERATIONS_PER_REQUEST)) {
      const answer = await kvs.batchGet<unknown>(batch.map((key) => ({ key, entityName: this.name })));
      for (const item of answer.successfulKeys) {
        const value = this.parse(item.value);
        if (value !== undefined) found.set(item.key, value);
      }
    }
    return found;
  }

  async set(key: string, value: T): Promise<void> {
    await kvs.entity<T>(this.name).set(key, value);
  }

  /**
   * Writes many entries, 25 at a time (`kvs.batchSet`: each on its own, not all or nothing); throws
   * when KVS refused any, so that a job step that wrote them runs again.
   */
  async setMany(entries: readonly EntityEntry<T>[]): Promise<void> {
    for (const batch of chunks(entries, KVS_OPERATIONS_PER_REQUEST)) {
      const answer = await kvs.batchSet(batch.map((entry) => ({ key: entry.key, value: attributesOf(entry.value), entityName: this.name })));
      if (answer.failedKeys.length > 0) throw new Error(`KVS refused ${answer.failedKeys.length} of ${batch.length} ${this.name} writes.`);
    }
  }

  async delete(key: string): Promise<void> {
    await kvs.entity<T>(this.name).delete(key);
  }

  /** Deletes many keys (batches of 25). */
  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const batch of chunks(keys, KVS_OPERATIONS_PER_REQUEST)) await kvs.batchDelete(batch.map((key) => ({ key, entityName: this.name })));
  }

  /** One page of an index; unreadable values are left out. */
  async query(index: string, options: QueryOptions = {}): Promise<{ entries: EntityEntry<T>[]; cursor?: string }> {
    let query = kvs
      .entity<Attributes>(this.name)
      .query()
      .index(index, options.partition ? { partition: options.partition } : undefined);
    if (options.range) query = query.where(whereOf(options.range));
    const equals = Object.entries(options.equals ?? {}).map(([attribute, value]): Condition => ({ attribute, equals: value }));
    if (equals.length > 0) query = query.filters(filterOf(equals));
    if (options.descending) query = query.sort(Sort.DESC);
    query = query.limit(options.limit ?? 100);
    if (options.cursor) query = query.cursor(options.cursor);
    const page = await query.getMany();
    const entries: EntityEntry<T>[] = [];
    for (const result of page.results) {
      const value = this.parse(result.value);
      if (value !== undefined) entries.push({ key: result.key, value });
    }
    return page.nextCursor ? { entries, cursor: page.nextCursor } : { entries };
  }

  /** Every entry of an index (page after page); for small sets such as one questionnaire's versions. */
  async queryAll(index: string, options: Omit<QueryOptions, 'cursor'> = {}): Promise<EntityEntry<T>[]> {
    const all: EntityEntry<T>[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.query(index, { ...options, ...(cursor ? { cursor } : {}) });
      all.push(...page.entries);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }
}

/**
 * A KVS transaction over entities: every set, delete and check commits together, and only if every
 * condition holds on the values as they are then. At most 25 operations, each key once.
 */
export class EntityTransaction {
  private readonly builder = kvs.transact();
  private readonly keys = new Set<string>();

  get size(): number {
    return this.keys.size;
  }

  /** Whether the transaction already names this key of this entity. */
  has(store: EntityStore<unknown>, key: string): boolean {
    return this.keys.has(`${store.name}\u0000${key}`);
  }

  private claim(store: { name: string }, key: string): void {
    const id = `${store.name}\u0000${key}`;
    if (this.keys.has(id)) throw new Error(`The transaction already names ${store.name} ${key}.`);
    if (this.keys.size >= KVS_OPERATIONS_PER_REQUEST) throw new Error(`A KVS transaction takes at most ${KVS_OPERATIONS_PER_REQUEST} operations.`);
    this.keys.add(id);
  }

  set<T>(store: EntityStore<T>, key: string, value: T, conditions: readonly Condition[] = []): this {
    this.claim(store, key);
    this.builder.set<Attributes>(key, attributesOf(value), { entityName: store.name, ...(conditions.length > 0 ? { conditions: filterOf(conditions) } : {}) });
    return this;
  }

  delete<T>(store: EntityStore<T>, key: string, conditions: readonly Condition[] = []): this {
    this.claim(store, key);
    this.builder.delete<Attributes>(key, { entityName: store.name, ...(conditions.length > 0 ? { conditions: filterOf(conditions) } : {}) });
    return this;
  }

  /** A condition on an entity the transaction does not write (it must exist). */
  check<T>(store: EntityStore<T>, key: string, conditions: readonly Condition[]): this {
    this.claim(store, key);
    this.builder.check<Attributes>(key, { entityName: store.name, conditions: filterOf(conditions) });
    return this;
  }

  /** Commits; false when a condition did not hold (then nothing was written). */
  async commit(): Promise<boolean> {
    if (this.keys.size === 0) return true;
    return executeConditional(this.builder);
  }
}
