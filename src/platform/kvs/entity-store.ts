import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { z } from 'zod';
import { executeConditional } from './conditional-commit';

/**
 * Typed repositories over KVS custom entities (manifest.yml `app.storage.entities`), for features to
 * build their stores on: every value read back is parsed with the entity's zod schema, and writes
 * that must not race go in one transaction with conditions on what was read. Features never import
 * @forge/kvs; this is their way to it.
 */

type Scalar = string | number | boolean;

/** A check on one attribute of the stored value: absent, or equal to a value. */
export type AttributeCheck<T> = { attribute: keyof T & string; absent: true } | { attribute: keyof T & string; equals: Scalar };

/** What a conditional write needs to find: every check holding (`all`), or at least one (`any`). */
export type Condition<T> = { all: readonly AttributeCheck<T>[] } | { any: readonly AttributeCheck<T>[] };

export interface EntityRecord<T> {
  key: string;
  value: T;
}

export interface EntityStore<T extends object> {
  readonly entityName: string;
  /** The value at `key`, or undefined when there is none or it is not one of this entity's. */
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every record in the order of `index`, page by page; records that do not parse are left out. */
  listByIndex(index: string, pageSize?: number): Promise<EntityRecord<T>[]>;
}

const PAGE = 100;

export function entityStore<S extends z.ZodType<object>>(entityName: string, schema: S): EntityStore<z.output<S>> {
  type T = z.output<S>;
  const entity = () => kvs.entity<T>(entityName);
  const parse = (value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    entityName,
    get: async (key) => {
      const value: unknown = await entity().get(key);
      return value === undefined ? undefined : parse(value);
    },
    set: async (key, value) => {
      await entity().set(key, value);
    },
    delete: async (key) => {
      await entity().delete(key);
    },
    listByIndex: async (index, pageSize = PAGE) => {
      const all: EntityRecord<T>[] = [];
      let cursor: string | undefined;
      do {
        let query = entity().query().index(index).limit(pageSize);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        for (const result of page.results) {
          const value = parse(result.value);
          if (value !== undefined) all.push({ key: result.key, value });
        }
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
  };
}

function filterOf<T>(condition: Condition<T>) {
  const clause = (check: AttributeCheck<T>) => ('absent' in check ? FilterConditions.notExists() : FilterConditions.equalTo(check.equals));
  const checks = 'all' in condition ? condition.all : condition.any;
  const filter = new Filter<T>();
  const [first, ...rest] = checks;
  if (!first) throw new Error('A KVS write condition needs at least one check.');
  if ('all' in condition) {
    let and = filter.and(first.attribute, clause(first));
    for (const check of rest) and = and.and(check.attribute, clause(check));
    return and;
  }
  let or = filter.or(first.attribute, clause(first));
  for (const check of rest) or = or.or(check.attribute, clause(check));
  return or;
}

/** The writes of one transaction, each on an entity store, each with an optional condition. */
export interface EntityTransaction {
  set<T extends object>(store: EntityStore<T>, key: string, value: T, condition?: Condition<T>): void;
  delete<T extends object>(store: EntityStore<T>, key: string, condition?: Condition<T>): void;
}

/**
 * Writes everything `build` adds in one KVS transaction (`kvs.transact()`): all of it, or nothing.
 * Answers false when a condition did not hold (nothing was written); other failures are thrown.
 */
export async function transact(build: (transaction: EntityTransaction) => void): Promise<boolean> {
  const transaction = kvs.transact();
  build({
    set: (store, key, value, condition) => {
      transaction.set(key, value, { entityName: store.entityName, ...(condition ? { conditions: filterOf(condition) } : {}) });
    },
    delete: (store, key, condition) => {
      transaction.delete(key, { entityName: store.entityName, ...(condition ? { conditions: filterOf(condition) } : {}) });
    },
  });
  return executeConditional(transaction);
}
