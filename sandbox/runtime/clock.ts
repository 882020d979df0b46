/** A timer set on a {@link Clock}; `cancel` stops it from firing. */
export interface TimerHandle {
  cancel(): void;
}

/**
 * The sandbox's time: what "now" is, and timers that fire on that time. Invocation limits, delayed
 * async events and retries all run on it, so tests swap in a {@link ManualClock} and move time by
 * hand instead of waiting 25 seconds.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` once `ms` milliseconds have passed on this clock. */
  setTimer(ms: number, fn: () => void): TimerHandle;
}

/** Wall-clock time. Its timers do not keep the process alive on their own. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const timer = setTimeout(fn, Math.max(0, ms));
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};

interface ManualTimer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets pending promise callbacks run, so that work a timer started gets to its next await. */
const flushMicrotasks = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A clock that moves only when a test moves it. Due timers fire in time order as it passes them. */
export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly timers = new Set<ManualTimer>();

  constructor(start: Date | number = Date.UTC(2026, 10, 20, 12, 0, 0)) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer: ManualTimer = { at: this.current + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.add(timer);
    return { cancel: () => this.timers.delete(timer) };
  }

  /** Moves time forward by `ms`, firing each timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.current + ms);
  }

  async advanceTo(target: number): Promise<void> {
    for (;;) {
      await flushMicrotasks();
      const next = [...this.timers].filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.timers.delete(next);
      this.current = Math.max(this.current, next.at);
      next.fn();
    }
    this.current = Math.max(this.current, target);
    await flushMicrotasks();
  }
}
