/**
 * Dashboard gadgets: "Edit" swaps a gadget's frame for its edit resource in place; the edit
 * frame's `view.submit(config)` saves the configuration for that gadget and reloads the page.
 * Refreshing follows the `jira:dashboardGadget` reference: a gadget that is `refreshable` (the
 * default) is reloaded; one with `refreshable: false` stays and every such gadget gets the
 * `JIRA_DASHBOARD_GADGET_REFRESH` event (`{ origin: 'dashboard' }` for the dashboard's Refresh,
 * `{ origin: 'gadget', gadgetId }` for one gadget's). A configuration's `refresh` (minutes) makes
 * the dashboard refresh that gadget on its own.
 */
import { showFlag } from './flags';
import { frames, send } from './frames';

export const GADGET_REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

export function editGadget(frame: HTMLIFrameElement): void {
  const src = frame.dataset.editSrc;
  if (!src) return;
  frame.dataset.role = 'gadget-edit';
  frame.src = src;
}

/** Ends a gadget edit: with a submitted configuration, saves it first; a cancel just reloads. */
export async function finishGadgetEdit(frame: HTMLIFrameElement, config: unknown): Promise<void> {
  if (config !== undefined) {
    const response = await fetch('/__sandbox/gadget-config', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dashboardId: frame.dataset.dashboardId, gadgetId: frame.dataset.gadgetId, config }),
    });
    if (!response.ok) {
      showFlag({ id: 'gadget-save', title: 'The gadget settings were not saved', description: await response.text(), type: 'error' });
      return;
    }
  }
  window.location.reload();
}

const gadgetFrames = (): HTMLIFrameElement[] => frames().filter((f) => f.dataset.gadgetId !== undefined && f.dataset.role !== 'gadget-edit');

function reload(frame: HTMLIFrameElement): void {
  const src = frame.src;
  frame.src = 'about:blank';
  frame.src = src;
}

/** Tells the gadgets that handle their own refresh; reloads the others `only` names (all when absent). */
function refresh(payload: { origin: 'dashboard' } | { origin: 'gadget'; gadgetId: string }, only?: HTMLIFrameElement): void {
  for (const frame of gadgetFrames()) {
    if (frame.dataset.refreshable === 'false') send(frame, { type: 'event', event: GADGET_REFRESH_EVENT, payload });
    else if (!only || frame === only) reload(frame);
  }
}

export function refreshDashboard(): void {
  refresh({ origin: 'dashboard' });
}

export function refreshGadget(frame: HTMLIFrameElement): void {
  if (frame.dataset.gadgetId) refresh({ origin: 'gadget', gadgetId: frame.dataset.gadgetId }, frame);
}

/** Refreshes each gadget whose configuration asks for it every `refresh` minutes. */
export function startAutoRefresh(): void {
  for (const frame of gadgetFrames()) {
    const minutes = Number(frame.dataset.refreshMinutes);
    if (Number.isInteger(minutes) && minutes > 0) window.setInterval(() => refreshGadget(frame), minutes * 60_000);
  }
}
