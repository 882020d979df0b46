import { z } from 'zod';
import type { SandboxDatabase } from '../../store/database';

/**
 * The deliveries Forge still owes the app, kept in the sandbox's SQLite file so that they survive
 * a crash: product events for each `trigger` that listens to them, and async events for the
 * `consumer` of their queue. A row is deleted only once its delivery is handled (or given up), so
 * a sandbox reopened on the same data folder delivers whatever was still owed: at least once, as
 * Forge promises.
 */
export const deliveryRowSchema = z.object({
  rowid: z.number(),
  id: z.string(),
  kind: z.enum(['trigger', 'consumer']),
  module_key: z.string(),
  job_id: z.string().nullable(),
  chain_id: z.string().nullable(),
  payload: z.string(),
  enqueued_at: z.number(),
  due_at: z.number(),
  retry_count: z.number(),
  retry_reason: z.string().nullable(),
  retry_data: z.string().nullable(),
});

export type DeliveryRow = z.infer<typeof deliveryRowSchema>;

export type NewDelivery = Pick<DeliveryRow, 'id' | 'kind' | 'module_key' | 'payload' | 'enqueued_at' | 'due_at'> & {
  job_id?: string;
  chain_id?: string;
};

const jobRowSchema = z.object({
  job_id: z.string(),
  queue_name: z.string(),
  succeeded: z.number(),
  failed: z.number(),
});

const countRow = z.object({ n: z.number() });
const optionalNumber = z.object({ n: z.number().nullable() });

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

export class DeliveryStore {
  constructor(private readonly db: SandboxDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS forge_delivery (
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        module_key TEXT NOT NULL,
        job_id TEXT,
        chain_id TEXT,
        payload TEXT NOT NULL,
        enqueued_at INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        retry_count INTEGER NOT NULL DEFAULT 0,
        retry_reason TEXT,
        retry_data TEXT
      );
      CREATE INDEX IF NOT EXISTS forge_delivery_due ON forge_delivery (due_at);
      CREATE INDEX IF NOT EXISTS forge_delivery_job ON forge_delivery (job_id);
      CREATE TABLE IF NOT EXISTS forge_async_job (
        job_id TEXT PRIMARY KEY,
        queue_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        succeeded INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS forge_push_chain (chain_id TEXT PRIMARY KEY, pushes INTEGER NOT NULL);
    `);
  }

  /** Runs `fn` in one SQLite transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  add(delivery: NewDelivery): void {
    this.db
      .prepare('INSERT INTO forge_delivery (id, kind, module_key, job_id, chain_id, payload, enqueued_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(
        delivery.id,
        delivery.kind,
        delivery.module_key,
        delivery.job_id ?? null,
        delivery.chain_id ?? null,
        delivery.payload,
        delivery.enqueued_at,
        delivery.due_at,
      );
  }

  get(id: string): DeliveryRow | undefined {
    const row: unknown = this.db.prepare('SELECT rowid, * FROM forge_delivery WHERE id = ?').get(id);
    return row === undefined ? undefined : deliveryRowSchema.parse(row);
  }

  /** Deliveries due at `now`, oldest first. */
  due(now: number): DeliveryRow[] {
    return z.array(deliveryRowSchema).parse(this.db.prepare('SELECT rowid, * FROM forge_delivery WHERE due_at <= ? ORDER BY due_at, rowid').all(now));
  }

  /** When the next delivery falls due, if any is owed. */
  nextDueAt(): number | undefined {
    const row = optionalNumber.parse(this.db.prepare('SELECT MIN(due_at) AS n FROM forge_delivery').get());
    return row.n ?? undefined;
  }

  /** When the first delivery due strictly after `now` falls due (due ones wait for a running delivery to end). */
  nextDueAfter(now: number): number | undefined {
    const row = optionalNumber.parse(this.db.prepare('SELECT MIN(due_at) AS n FROM forge_delivery WHERE due_at > ?').get(now));
    return row.n ?? undefined;
  }

  size(): number {
    return countRow.parse(this.db.prepare('SELECT COUNT(*) AS n FROM forge_delivery').get()).n;
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM forge_delivery WHERE id = ?').run(id);
  }

  /** Moves a delivery's due time; a running one is leased until its time limit, so that a crash redelivers it. */
  setDue(id: string, dueAt: number): void {
    this.db.prepare('UPDATE forge_delivery SET due_at = ? WHERE id = ?').run(dueAt, id);
  }

  /** Puts a delivery back for another attempt. */
  reschedule(id: string, dueAt: number, retry: { count: number; reason: string; data: string | null }): void {
    this.db
      .prepare('UPDATE forge_delivery SET due_at = ?, retry_count = ?, retry_reason = ?, retry_data = ? WHERE id = ?')
      .run(dueAt, retry.count, retry.reason, retry.data, id);
  }

  // --- async event jobs ---------------------------------------------------------------------

  addJob(jobId: string, queueName: string, createdAt: number): void {
    this.db.prepare('INSERT INTO forge_async_job (job_id, queue_name, created_at) VALUES (?, ?, ?)').run(jobId, queueName, createdAt);
  }

  /** Records how one event of a job ended. */
  countOutcome(jobId: string, outcome: 'succeeded' | 'failed', n = 1): void {
    const column = outcome === 'succeeded' ? 'succeeded' : 'failed';
    this.db.prepare(`UPDATE forge_async_job SET ${column} = ${column} + ? WHERE job_id = ?`).run(n, jobId);
  }

  /** A job's stats, or undefined when the queue has no such job. */
  jobStats(jobId: string, queueName: string): JobStats | undefined {
    const row: unknown = this.db.prepare('SELECT job_id, queue_name, succeeded, failed FROM forge_async_job WHERE job_id = ?').get(jobId);
    if (row === undefined) return undefined;
    const job = jobRowSchema.parse(row);
    if (job.queue_name !== queueName) return undefined;
    const owed = countRow.parse(this.db.prepare('SELECT COUNT(*) AS n FROM forge_delivery WHERE job_id = ?').get(jobId)).n;
    return { success: job.succeeded, inProgress: owed, failed: job.failed };
  }

  /** The job's deliveries not in `running`: a cancel drops them. */
  pendingOfJob(jobId: string): DeliveryRow[] {
    return z.array(deliveryRowSchema).parse(this.db.prepare('SELECT rowid, * FROM forge_delivery WHERE job_id = ?').all(jobId));
  }

  /** Counts one more push request in a chain and answers the new count. */
  countPush(chainId: string): number {
    this.db.prepare('INSERT INTO forge_push_chain (chain_id, pushes) VALUES (?, 1) ON CONFLICT (chain_id) DO UPDATE SET pushes = pushes + 1').run(chainId);
    return countRow.parse(this.db.prepare('SELECT pushes AS n FROM forge_push_chain WHERE chain_id = ?').get(chainId)).n;
  }
}
