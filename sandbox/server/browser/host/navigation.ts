/**
 * Navigation an app frame asks of its host page: `router.navigate`/`open` (this tab or a new
 * one), `router.reload`/`view.refresh`, and a full-page module's `view.createHistory()` moves,
 * which change the page's own address under the frame's base path.
 */
import { text } from '../values';

export function navigateTo(url: unknown, newTab: boolean): void {
  const target = new URL(text(url), window.location.href);
  if (newTab) window.open(target.href, '_blank', 'noopener');
  else window.location.assign(target.href);
}

export function reloadPage(): void {
  window.location.reload();
}

/** Pushes or replaces the page's address with `path` under the frame's `data-history-base`. */
export function moveHistory(frame: HTMLIFrameElement, action: unknown, path: unknown): void {
  const base = frame.dataset.historyBase;
  if (!base) return;
  const url = `${base.replace(/\/$/, '')}${text(path).startsWith('/') ? '' : '/'}${text(path)}`;
  if (action === 'replace') window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}
