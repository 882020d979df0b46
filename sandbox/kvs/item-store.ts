import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { SandboxDatabase } from '../store/database';

/**
 * Where an item lives. Plain keys, secrets and each custom entity are separate key spaces: the same
 * key may exist in all of them, and a key query sees only the plain keys.
 */
export interface KeySpace {
  store: 'kv' | 'secret' | 'entity';
  /** The entity name for `entity`, empty otherwise. */
  entity: string;
}

export const plainKeys: KeySpace = { store: 'kv', entity: '' };
export const secretKeys: KeySpace = { store: 'secret', entity: '' };
export const entityKeys = (entityName: string): KeySpace => ({ store: 'entity', entity: entityName });

/** One stored value with its metadata. Times are epoch milliseconds. */
export interface StoredItem {
  key: string;
  /** The JSON value as the app stored it. */
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
}

const itemRow = z.object({
  key: z.string(),
  value: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
  expires_at: z.number().nullable(),
});

function toItem(row: unknown): StoredItem {
  const parsed = itemRow.parse(row);
  const value: unknown = JSON.parse(parsed.value);
  return {
    key: parsed.key,
    value,
    createdAt: parsed.created_at,
    updatedAt: parsed.updated_at,
    ...(parsed.expires_at === null ? {} : { expiresAt: parsed.expires_at }),
  };
}

type Statement = Database.Statement<unknown[]>;

const cacheKey = (space: KeySpace): string => `${space.store}\u0000${space.entity}`;

/** Keys are ASCII (Forge's key pattern), so this sorts after every key that starts with a prefix. */
const AFTER_ANY_ASCII = '\uffff';

/**
 * The KVS's SQLite table. Every value lives in one row of `kvs_items`, keyed by key space and key;
 * an expired row reads as absent and is deleted by the next write. Each public write runs in its
 * own SQLite transaction, so once it returns it is on disk (the database runs WAL with
 * synchronous=FULL).
 */
export class KvsItemStore {
  private readonly statements = new Map<string, Statement>();
  /**
   * Every row of a key space (expired ones too), parsed, for the spaces `all` has read since their
   * last write. Any write to a space drops its entry, and every transaction drops them all when it
   * ends, so a rolled-back write can never be served from here. Writes by another connection (a
   * seeder in another process) show in SQLite's `data_version`, which also drops them all.
   */
  private readonly spaceCache = new Map<string, StoredItem[]>();
  private cachedDataVersion: number | undefined;

  constructor(
    private readonly db: SandboxDatabase,
    private readonly nowMillis: () => number,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS kvs_items (
        store TEXT NOT NULL,
        entity TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        expires_at INTEGER,
        PRIMARY KEY (store, entity, key)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS kvs_items_expiry ON kvs_items (expires_at) WHERE expires_at IS NOT NULL;
    `);
  }

  /** Runs `work` as one SQLite transaction: everything it writes commits together, or nothing does. */
  atomically<T>(work: () => T): T {
    try {
      return this.db.transaction(work)();
    } finally {
      this.spaceCache.clear();
    }
  }

  /** The live item under `key`, if any. */
  get(space: KeySpace, key: string): StoredItem | undefined {
    const row = this.statement(
      'SELECT key, value, created_at, updated_at, expires_at FROM kvs_items WHERE store = ? AND entity = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)',
    ).get(space.store, space.entity, key, this.nowMillis());
    return row === undefined ? undefined : toItem(row);
  }

  /**
   * Writes `value` under `key`, replacing any live value (and its TTL). The creation time of a live
   * value is kept; an expired one counts as absent. Returns the stored item.
   */
  put(space: KeySpace, key: string, value: unknown, expiresAt: number | undefined): StoredItem {
    const now = this.nowMillis();
    this.purgeExpired();
    const previous = this.get(space, key);
    const item: StoredItem = {
      key,
      value,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(expiresAt === undefined ? {} : { expiresAt }),
    };
    this.statement(
      `INSERT INTO kvs_items (store, entity, key, value, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (store, entity, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
         updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
    ).run(space.store, space.entity, key, JSON.stringify(value), item.createdAt, item.updatedAt, expiresAt ?? null);
    this.spaceCache.delete(cacheKey(space));
    return item;
  }

  /** Deletes `key`; true when a live value was there. */
  delete(space: KeySpace, key: string): boolean {
    const existed = this.get(space, key) !== undefined;
    this.statement('DELETE FROM kvs_items WHERE store = ? AND entity = ? AND key = ?').run(space.store, space.entity, key);
    this.spaceCache.delete(cacheKey(space));
    this.purgeExpired();
    return existed;
  }

  /**
   * Live items in key order, optionally only keys starting with `prefix` and only keys after
   * `afterKey`, at most `limit` of them.
   */
  list(space: KeySpace, options: { prefix?: string; afterKey?: string; limit?: number } = {}): StoredItem[] {
    const clauses = ['store = ?', 'entity = ?', '(expires_at IS NULL OR expires_at > ?)'];
    const params: (string | number)[] = [space.store, space.entity, this.nowMillis()];
    if (options.prefix) {
      clauses.push('key >= ?', 'key < ?');
      params.push(options.prefix, options.prefix + AFTER_ANY_ASCII);
    }
    if (options.afterKey !== undefined) {
      clauses.push('key > ?');
      params.push(options.afterKey);
    }
    let sql = `SELECT key, value, created_at, updated_at, expires_at FROM kvs_items WHERE ${clauses.join(' AND ')} ORDER BY key`;
    if (options.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(options.limit);
    }
    const items = this.statement(sql)
      .all(...params)
      .map(toItem);
    const prefix = options.prefix;
    return prefix ? items.filter((item) => item.key.startsWith(prefix)) : items;
  }

  /**
   * Every live item of a key space in key order: what an entity query walks. Served from memory
   * while the space is unchanged.
   */
  all(space: KeySpace): StoredItem[] {
    const dataVersion = z.number().parse(this.db.pragma('data_version', { simple: true }));
    if (dataVersion !== this.cachedDataVersion) {
      this.spaceCache.clear();
      this.cachedDataVersion = dataVersion;
    }
    let rows = this.spaceCache.get(cacheKey(space));
    if (!rows) {
      rows = this.statement('SELECT key, value, created_at, updated_at, expires_at FROM kvs_items WHERE store = ? AND entity = ? ORDER BY key')
        .all(space.store, space.entity)
        .map(toItem);
      this.spaceCache.set(cacheKey(space), rows);
    }
    const now = this.nowMillis();
    return rows.filter((item) => item.expiresAt === undefined || item.expiresAt > now);
  }

  /** Deletes every expired row. */
  purgeExpired(): void {
    const { changes } = this.statement('DELETE FROM kvs_items WHERE expires_at IS NOT NULL AND expires_at <= ?').run(this.nowMillis());
    if (changes > 0) this.spaceCache.clear();
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
