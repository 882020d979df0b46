/**
 * Dashboard gadgets: "Edit" swaps a gadget's frame for its edit resource in place; the edit
 * frame's `view.submit(config)` saves the configuration for that dashboard and reloads the page.
 */
import { showFlag } from './flags';

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
      body: JSON.stringify({ dashboardId: frame.dataset.dashboardId, moduleKey: frame.dataset.moduleKey, config }),
    });
    if (!response.ok) {
      showFlag({ id: 'gadget-save', title: 'The gadget settings were not saved', description: await response.text(), type: 'error' });
      return;
    }
  }
  window.location.reload();
}
