import { z } from 'zod';
import type { SandboxDatabase } from '../../store/database';
import type { PendingEvent } from '../routes/route-context';

const outboxRow = z.object({ id: z.number(), event_type: z.string(), payload: z.string() });
const eventPayload = z.record(z.string(), z.unknown());

/** A product event written with the change that caused it, not yet handed to the Forge runtime. */
export interface OutboxEvent extends PendingEvent {
  id: number;
}

/**
 * The product events of committed writes (`avi:jira:created:issue`, …), stored in the same SQLite
 * transaction as the write itself (see WriteJournal.commit). Whoever delivers them to the app's
 * triggers takes them out, so a crash between the commit and the delivery loses none.
 */
export class EventOutbox {
  constructor(private readonly db: SandboxDatabase) {
    db.exec('CREATE TABLE IF NOT EXISTS jira_event_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, event_type TEXT NOT NULL, payload TEXT NOT NULL)');
  }

  /** Writes events; call inside the transaction of the write that caused them. */
  write(events: readonly PendingEvent[]): void {
    const insert = this.db.prepare('INSERT INTO jira_event_outbox (event_type, payload) VALUES (?, ?)');
    for (const { eventType, event } of events) insert.run(eventType, JSON.stringify(event));
  }

  /** Events not yet taken, oldest first. */
  pending(): OutboxEvent[] {
    return z
      .array(outboxRow)
      .parse(this.db.prepare('SELECT id, event_type, payload FROM jira_event_outbox ORDER BY id').all())
      .map((row) => ({ id: row.id, eventType: row.event_type, event: eventPayload.parse(JSON.parse(row.payload)) }));
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM jira_event_outbox WHERE id = ?').run(id);
  }
}
