import type { z } from 'zod';
import type { WriteJournal } from './journal';

/**
 * One kind of document held in memory, keyed by id, with an optional unique secondary key
 * (an issue's key, a project's key). Documents are replaced, never changed in place, so the
 * journal can restore the previous object on rollback.
 */
export class Collection<T extends object> {
  private readonly byId = new Map<string, T>();
  private readonly byKey = new Map<string, string>();
  private cachedAll: readonly T[] | null = null;
  /** Grows with every change; caches derived from this collection compare it. */
  version = 0;

  constructor(
    readonly kind: string,
    readonly schema: z.ZodType<T>,
    private readonly journal: WriteJournal,
    private readonly idOf: (doc: T) => string,
    private readonly keyOf?: (doc: T) => string,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Looks a document up by its secondary key (case-insensitive). */
  getByKey(key: string): T | undefined {
    const id = this.byKey.get(key.toUpperCase());
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): readonly T[] {
    this.cachedAll ??= [...this.byId.values()];
    return this.cachedAll;
  }

  find(predicate: (doc: T) => boolean): T | undefined {
    for (const doc of this.byId.values()) if (predicate(doc)) return doc;
    return undefined;
  }

  filter(predicate: (doc: T) => boolean): T[] {
    const out: T[] = [];
    for (const doc of this.byId.values()) if (predicate(doc)) out.push(doc);
    return out;
  }

  /** Inserts or replaces a document; the change is written when the request commits. */
  put(doc: T): T {
    const id = this.idOf(doc);
    const previous = this.byId.get(id);
    this.set(id, doc);
    this.journal.record(this.kind, id, doc, () => this.set(id, previous));
    return doc;
  }

  delete(id: string): boolean {
    const previous = this.byId.get(id);
    if (previous === undefined) return false;
    this.set(id, undefined);
    this.journal.record(this.kind, id, null, () => this.set(id, previous));
    return true;
  }

  /** Loads a row read from SQLite, without journaling it. */
  load(json: string): void {
    const doc = this.schema.parse(JSON.parse(json));
    this.set(this.idOf(doc), doc);
  }

  private set(id: string, doc: T | undefined): void {
    const previous = this.byId.get(id);
    if (previous !== undefined && this.keyOf) this.byKey.delete(this.keyOf(previous).toUpperCase());
    if (doc === undefined) this.byId.delete(id);
    else {
      this.byId.set(id, doc);
      if (this.keyOf) this.byKey.set(this.keyOf(doc).toUpperCase(), id);
    }
    this.cachedAll = null;
    this.version++;
  }
}
