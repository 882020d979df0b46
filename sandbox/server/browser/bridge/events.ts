/**
 * Forge events in a frame: `events.on` subscriptions, and delivery of the events the host page
 * passes on (emitted by any frame on the page, or raised by the page itself).
 */
import { isCallback, isRecord, stringOr } from '../values';

type Listener = (payload: unknown) => unknown;

export class FrameEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** `events.on(event, callback)`: the bridge hands over `{ event, callback }`. */
  subscribe(payload: unknown): { unsubscribe: () => void } {
    const request = isRecord(payload) ? payload : {};
    const event = stringOr(request.event, '');
    const callback = request.callback;
    if (!isCallback(callback)) throw new Error('events.on needs a callback.');
    const handler: Listener = (value) => callback(value);
    const set = this.listeners.get(event) ?? new Set();
    set.add(handler);
    this.listeners.set(event, set);
    return { unsubscribe: () => set.delete(handler) };
  }

  deliver(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) void listener(payload);
  }
}
