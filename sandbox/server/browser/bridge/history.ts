/**
 * `view.createHistory()` for full-page modules: a history object in the shape @forge/bridge (and
 * React Router) expect. Moves change the host page's address under the module's base path; every
 * history object in the frame shares one location and one set of listeners.
 */
import { isRecord, stringOr } from '../values';
import { postToHost } from './host-channel';

interface HistoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

function locationOf(href: string): HistoryLocation {
  const url = new URL(href || '/', 'http://history.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key: Math.random().toString(36).slice(2, 10) };
}

function hrefOf(location: Record<string, unknown>): string {
  return `${stringOr(location.pathname, '/')}${stringOr(location.search, '')}${stringOr(location.hash, '')}`;
}

export class FrameHistory {
  private location: HistoryLocation;
  private readonly listeners = new Set<(location: HistoryLocation) => void>();

  /** `initialPath`: where the module starts, below its base path (FrameConfig.historyPath). */
  constructor(initialPath: string) {
    this.location = locationOf(initialPath);
  }

  create(): unknown {
    const current = (): HistoryLocation => this.location;
    const listeners = this.listeners;
    const history = {
      get location(): HistoryLocation {
        return current();
      },
      set location(_next: HistoryLocation) {
        // @forge/bridge assigns the location it is told about; it is already current here.
      },
      action: 'POP',
      push(path: unknown, state?: unknown) {
        move('push', path, state);
      },
      replace(path: unknown, state?: unknown) {
        move('replace', path, state);
      },
      go(delta: number) {
        window.parent.history.go(delta);
      },
      back() {
        window.parent.history.back();
      },
      forward() {
        window.parent.history.forward();
      },
      listen(listener: (location: HistoryLocation) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      block() {
        return () => undefined;
      },
      createHref(location: unknown) {
        return typeof location === 'string' ? location : hrefOf(isRecord(location) ? location : {});
      },
    };
    const move = (action: 'push' | 'replace', path: unknown, state: unknown): void => {
      const href = typeof path === 'string' ? path : hrefOf(isRecord(path) ? path : {});
      this.location = { ...locationOf(href), state: state ?? null };
      history.action = action === 'push' ? 'PUSH' : 'REPLACE';
      postToHost({ type: 'history', action, path: href });
      for (const listener of this.listeners) listener(this.location);
    };
    return history;
  }
}
