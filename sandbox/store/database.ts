import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type SandboxDatabase = Database.Database;

/** Where the sandbox keeps its state unless SANDBOX_DATA says otherwise. */
export const defaultDataDir = (): string => resolve(process.env.SANDBOX_DATA ?? '.sandbox');

/**
 * Opens the sandbox's SQLite file (or an in-memory database for `':memory:'`).
 * WAL with synchronous=FULL: a write that returned has reached the disk and survives a crash.
 */
export function openDatabase(dataDir: string): SandboxDatabase {
  if (dataDir === ':memory:') return new Database(':memory:');
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'sandbox.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}
