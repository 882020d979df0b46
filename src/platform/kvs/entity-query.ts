import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { z } from 'zod';
import type { EntityRecord } from './entity-store';

/**
 * Paged index queries and batch reads over a KVS custom entity (manifest.yml
 * `app.storage.entities`), for stores whose listings are queries, not scans: an index and its
 * partition, a range on the index's range attribute, equality filters on other attributes, the
 * order, a page size and the cursor to go on from. Every value is parsed with the entity's zod
 * schema; values that do not parse are left out.
 */

type Scalar = string | number | boolean;

/** A range on the index's range attribute. */
export type IndexRange = { lessThan: string } | { between: [string, string] } | { atLeast: string };

export interface EntityPageQuery<T> {
  index: string;
  /** The values of the index's partition attributes, in the order the manifest lists them. */
  partition?: Scalar[];
  range?: IndexRange;
  /** Attributes that must equal these values (all of them). */
  equal?: readonly { attribute: keyof T & string; value: Scalar }[];
  descending?: boolean;
  limit: number;
  cursor?: string;
}

export interface EntityPage<T> {
  results: EntityRecord<T>[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

/** KVS batch reads take at most 25 keys at a time. */
const BATCH = 25;

const whereOf = (range: IndexRange) =>
  'lessThan' in range
    ? WhereConditions.lessThan(range.lessThan)
    : 'between' in range
      ? WhereConditions.between(range.between[0], range.between[1])
      : WhereConditions.greaterThanEqualTo(range.atLeast);

export interface EntityQuery<T> {
  readonly entityName: string;
  page(query: EntityPageQuery<T>): Promise<EntityPage<T>>;
  /** The values at these keys (KVS batch reads); keys without a value, or one that does not parse, are left out. */
  getMany(keys: readonly string[]): Promise<Map<string, T>>;
}

export function entityQuery<S extends z.ZodType<object>>(entityName: string, schema: S): EntityQuery<z.output<S>> {
  type T = z.output<S>;
  const parse = (value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    entityName,
    page: async (query) => {
      const base = kvs.entity<T>(entityName).query();
      let builder = query.partition ? base.index(query.index, { partition: query.partition }) : base.index(query.index);
      if (query.range) builder = builder.where(whereOf(query.range));
      const [first, ...rest] = query.equal ?? [];
      if (first) {
        let filter = new Filter<T>().and(first.attribute, FilterConditions.equalTo(first.value));
        for (const { attribute, value } of rest) filter = filter.and(attribute, FilterConditions.equalTo(value));
        builder = builder.filters(filter);
      }
      if (query.descending) builder = builder.sort(Sort.DESC);
      builder = builder.limit(query.limit);
      if (query.cursor) builder = builder.cursor(query.cursor);
      const page = await builder.getMany();
      const results = page.results.flatMap((result) => {
        const value = parse(result.value);
        return value === undefined ? [] : [{ key: result.key, value }];
      });
      return { results, ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
    },
    getMany: async (keys) => {
      const found = new Map<string, T>();
      const unique = [...new Set(keys)];
      for (let i = 0; i < unique.length; i += BATCH) {
        const answer = await kvs.batchGet<unknown>(unique.slice(i, i + BATCH).map((key) => ({ key, entityName })));
        for (const item of answer.successfulKeys) {
          const value = parse(item.value);
          if (value !== undefined) found.set(item.key, value);
        }
      }
      return found;
    },
  };
}
