import type { Clock, TimerHandle } from '../clock';
import type { DeliveryRow, DeliveryStore } from './delivery-store';

/** How one delivery is handled; it removes or reschedules its own row when it ends. */
export type DeliveryHandler = (row: DeliveryRow) => Promise<void>;

/**
 * Starts the deliveries that are due, each once at a time, honouring each async event's
 * concurrency key and limit (Async events API, "Controlling processing concurrency"). In the
 * background (the HTTP server) a timer on the sandbox's clock wakes it when the next one falls due;
 * tests call {@link DeliveryScheduler.drain} instead.
 */
export class DeliveryScheduler {
  private readonly running = new Map<string, Promise<void>>();
  private readonly perKey = new Map<string, number>();
  private timer: TimerHandle | undefined;
  private background = false;
  private closed = false;

  constructor(
    private readonly store: DeliveryStore,
    private readonly clock: Clock,
    private readonly handle: DeliveryHandler,
    private readonly concurrencyOf: (row: DeliveryRow) => { key: string; limit: number } | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  isRunning(id: string): boolean {
    return this.running.has(id);
  }

  /** Starts every due delivery that may start now. */
  pump(): void {
    if (this.closed) return;
    for (const row of this.store.due(this.clock.now())) {
      if (this.running.has(row.id)) continue;
      const concurrency = this.concurrencyOf(row);
      if (concurrency && (this.perKey.get(concurrency.key) ?? 0) >= concurrency.limit) continue;
      this.start(row, concurrency?.key);
    }
    this.arm();
  }

  /** Resolves once nothing is due and nothing runs. */
  async drain(): Promise<void> {
    for (;;) {
      this.pump();
      if (this.running.size === 0) return;
      await Promise.all([...this.running.values()]);
    }
  }

  /** Delivers due work as time passes, without anyone asking (the HTTP server). */
  startBackground(): void {
    this.background = true;
    this.pump();
  }

  close(): void {
    this.closed = true;
    this.timer?.cancel();
    this.timer = undefined;
  }

  private start(row: DeliveryRow, key: string | undefined): void {
    if (key) this.perKey.set(key, (this.perKey.get(key) ?? 0) + 1);
    const work = this.handle(row)
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running.delete(row.id);
        if (key) this.perKey.set(key, (this.perKey.get(key) ?? 1) - 1);
        this.pump();
      });
    this.running.set(row.id, work);
  }

  private arm(): void {
    this.timer?.cancel();
    this.timer = undefined;
    if (!this.background || this.closed) return;
    // Deliveries due now that could not start (running, or held by a concurrency limit) start when a
    // running one ends; the timer waits for the first one due later.
    const now = this.clock.now();
    const next = this.store.nextDueAfter(now);
    if (next === undefined) return;
    this.timer = this.clock.setTimer(next - now, () => this.pump());
  }
}
