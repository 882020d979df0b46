/**
 * App custom fields on the issue view, as Jira shows them: "Edit" swaps the field's view frame for
 * its edit frame in place, and ending the edit swaps it back. Saving is in field-save.ts.
 */
import { parseExtension } from './frames';

/** One app field on the issue view: its frame (view or edit), its Edit button and its error line. */
export interface FieldSlot {
  container: HTMLElement;
  frame: HTMLIFrameElement;
  button: HTMLButtonElement | null;
  error: HTMLElement | null;
}

/** The app field an element (its Edit button, its frame) belongs to. */
export function fieldSlotOf(element: Element): FieldSlot | undefined {
  const container = element.closest<HTMLElement>('[data-app-field]');
  const frame = container?.querySelector<HTMLIFrameElement>('iframe.forge-frame');
  if (!container || !frame) return undefined;
  return {
    container,
    frame,
    button: container.querySelector<HTMLButtonElement>('button[data-edit-field]'),
    error: container.querySelector<HTMLElement>('.field-error'),
  };
}

export function showFieldError(slot: FieldSlot, message: string): void {
  if (slot.error) slot.error.textContent = message;
}

/** A frame URL with the field's value in its extension replaced. */
function withFieldValue(src: string, value: unknown): { src: string; extension: Record<string, unknown> } {
  const url = new URL(src, window.location.href);
  const extension = { ...parseExtension(url.searchParams.get('ext')), fieldValue: value ?? null };
  url.searchParams.set('ext', JSON.stringify(extension));
  return { src: `${url.pathname}${url.search}`, extension };
}

/** Jira's field: "Edit" swaps the view frame for the edit frame, in place. */
export function startFieldEdit(slot: FieldSlot): void {
  const editSrc = slot.frame.dataset.editSrc;
  if (!editSrc) return;
  slot.frame.dataset.viewSrc ??= slot.frame.getAttribute('src') ?? '';
  showFieldError(slot, '');
  slot.frame.dataset.role = 'field-edit';
  slot.container.classList.add('editing');
  if (slot.button) slot.button.hidden = true;
  slot.frame.src = editSrc;
  // The edit frame's own first control takes focus once it renders inside the frame.
  slot.frame.focus();
}

/** Back to the view frame; with a saved value, the frames show and edit that value from now on. */
export function endFieldEdit(slot: FieldSlot, saved?: { value: unknown }): void {
  const frame = slot.frame;
  let viewSrc = frame.dataset.viewSrc ?? frame.getAttribute('src') ?? '';
  if (saved) {
    const view = withFieldValue(viewSrc, saved.value);
    viewSrc = view.src;
    frame.dataset.viewSrc = view.src;
    frame.dataset.extension = JSON.stringify(view.extension);
    if (frame.dataset.editSrc) frame.dataset.editSrc = withFieldValue(frame.dataset.editSrc, saved.value).src;
  }
  frame.dataset.role = 'inline';
  slot.container.classList.remove('editing');
  slot.container.removeAttribute('aria-busy');
  frame.src = viewSrc;
  if (slot.button) {
    slot.button.hidden = false;
    slot.button.focus();
  }
}
