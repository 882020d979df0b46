import type { SandboxDatabase } from '../../store/database';
import type { PendingEvent } from '../routes/route-context';
import { EventOutbox } from './event-outbox';

interface PendingWrite {
  kind: string;
  id: string;
  /** The document to write, or null to delete its row. */
  doc: object | null;
}

/**
 * Collects the changes one request makes to the in-memory store, then writes them to SQLite in a
 * single transaction (`commit`) or puts the memory back as it was (`rollback`). A request that
 * failed half-way therefore leaves neither memory nor disk half-written.
 */
export class WriteJournal {
  private readonly pending = new Map<string, PendingWrite>();
  private readonly undo: (() => void)[] = [];
  private readonly events: PendingEvent[] = [];
  readonly outbox: EventOutbox;
  private readonly upsert;
  private readonly remove;

  constructor(private readonly db: SandboxDatabase) {
    this.upsert = db.prepare('INSERT INTO jira_document (kind, id, json) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json');
    this.remove = db.prepare('DELETE FROM jira_document WHERE kind = ? AND id = ?');
    this.outbox = new EventOutbox(db);
  }

  /** Notes product events that the pending changes cause; `commit` writes them to the outbox with the changes. */
  recordEvents(events: readonly PendingEvent[]): void {
    this.events.push(...events);
  }

  /** Notes that `kind/id` now holds `doc` (null: deleted) and how to restore what was there. */
  record(kind: string, id: string, doc: object | null, restore: () => void): void {
    this.pending.set(`${kind}\u0000${id}`, { kind, id, doc });
    this.undo.push(restore);
  }

  get size(): number {
    return this.pending.size;
  }

  /**
   * Writes every pending change, and the product events they cause, in one SQLite transaction. On
   * failure the memory is restored.
   */
  commit(): void {
    if (this.pending.size === 0 && this.events.length === 0) {
      this.undo.length = 0;
      return;
    }
    const writes = [...this.pending.values()];
    const events = this.events.splice(0);
    try {
      this.db.transaction(() => {
        for (const write of writes) {
          if (write.doc === null) this.remove.run(write.kind, write.id);
          else this.upsert.run(write.kind, write.id, JSON.stringify(write.doc));
        }
        this.outbox.write(events);
      })();
    } catch (error) {
      this.rollback();
      throw error;
    }
    this.pending.clear();
    this.undo.length = 0;
  }

  /** Puts the in-memory documents back as they were before the pending changes. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]?.();
    this.undo.length = 0;
    this.pending.clear();
    this.events.length = 0;
  }
}
