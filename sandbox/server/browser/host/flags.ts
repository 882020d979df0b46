/**
 * Flags: the notices in the page's corner that `showFlag` from an app frame (and the host page
 * itself) raises. Errors and warnings are alerts and stay until dismissed; the rest fade away.
 */
import type { FlagOptions } from '../protocol';
import { isRecord, text } from '../values';

export function showFlag(flag: FlagOptions): void {
  const container = document.getElementById('flags');
  if (!container) return;
  closeFlag(flag.id);
  const element = document.createElement('div');
  element.className = `flag flag-${flag.type ?? 'info'}`;
  element.dataset.flagId = flag.id;
  element.setAttribute('role', flag.type === 'error' || flag.type === 'warning' ? 'alert' : 'status');
  const title = document.createElement('strong');
  title.textContent = flag.title ?? '';
  const description = document.createElement('p');
  description.textContent = flag.description ?? '';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'flag-dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss');
  dismiss.textContent = '×';
  dismiss.addEventListener('click', () => element.remove());
  element.append(title, description, dismiss);
  container.append(element);
  if (flag.isAutoDismiss || flag.type === 'success' || flag.type === 'info') setTimeout(() => element.remove(), 8000);
}

export function closeFlag(id: string): void {
  document.querySelectorAll<HTMLElement>('#flags .flag').forEach((element) => {
    if (element.dataset.flagId === id) element.remove();
  });
}

/** The flag a frame's `flag` message describes, if it describes one. */
export function flagOf(value: unknown): FlagOptions | undefined {
  if (!isRecord(value)) return undefined;
  return {
    id: text(value.id),
    title: text(value.title),
    description: text(value.description),
    type: flagType(value.type),
    isAutoDismiss: value.isAutoDismiss === true,
  };
}

function flagType(value: unknown): FlagOptions['type'] {
  return value === 'success' || value === 'warning' || value === 'error' ? value : 'info';
}
