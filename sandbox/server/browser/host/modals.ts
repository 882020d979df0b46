/**
 * Modal dialogs holding an app frame: those an app opens with `new Modal()` (its result goes back
 * to the opener), and issue actions opened from the "…" menu. Open modals form a stack; Escape
 * closes the top one.
 */
import type { ModalRequest } from '../protocol';
import { isRecord, text } from '../values';
import { extensionOf, frameUrl, send, type FrameRole } from './frames';

export interface OpenModal {
  overlay: HTMLElement;
  frame: HTMLIFrameElement;
  /** The frame that opened it with `new Modal()`, to get the result back. */
  opener?: { frame: HTMLIFrameElement; id: string };
  role: FrameRole;
  closeOnEscape: boolean;
  /** Where keyboard focus goes back to when the modal closes. */
  returnFocus?: HTMLElement;
}

export interface ModalOptions {
  src: string;
  title: string;
  size: ModalRequest['size'];
  role: FrameRole;
  closeOnEscape: boolean;
  closeOnOverlayClick: boolean;
  opener?: OpenModal['opener'];
  moduleKey: string;
  extension: Record<string, unknown>;
  resourceKey: string;
  returnFocus?: HTMLElement;
}

const modals: OpenModal[] = [];

const modalWidths: Record<string, string> = {
  small: '400px',
  medium: '600px',
  large: '800px',
  xlarge: '968px',
  max: 'calc(100vw - 120px)',
  fullscreen: '100vw',
};

export function openModal(options: ModalOptions): void {
  const overlay = document.createElement('div');
  overlay.className = 'modal-overlay';
  const dialog = document.createElement('div');
  dialog.className = 'modal-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.style.width = typeof options.size === 'string' ? (modalWidths[options.size] ?? modalWidths.medium ?? '600px') : options.size.width;
  const header = document.createElement('div');
  header.className = 'modal-header';
  const heading = document.createElement('h2');
  heading.id = `modal-title-${modals.length}`;
  heading.textContent = options.title;
  dialog.setAttribute('aria-labelledby', heading.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'modal-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  header.append(heading, close);
  const frame = document.createElement('iframe');
  frame.className = 'forge-frame';
  frame.title = options.title;
  frame.dataset.moduleKey = options.moduleKey;
  frame.dataset.resourceKey = options.resourceKey;
  frame.dataset.extension = JSON.stringify(options.extension);
  frame.dataset.role = options.role;
  frame.src = options.src;
  dialog.append(header, frame);
  overlay.append(dialog);
  document.body.append(overlay);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const modal: OpenModal = {
    overlay,
    frame,
    opener: options.opener,
    role: options.role,
    closeOnEscape: options.closeOnEscape,
    returnFocus: options.returnFocus ?? focused,
  };
  modals.push(modal);
  close.addEventListener('click', () => closeModal(modal, undefined, false));
  if (options.closeOnOverlayClick) overlay.addEventListener('click', (event) => event.target === overlay && closeModal(modal, undefined, false));
  close.focus();
}

/** `new Modal(...).open()` from an app frame: the opener's resource (or the one named) in a modal. */
export function openRequestedModal(opener: HTMLIFrameElement, request: Record<string, unknown>): void {
  const resourceKey = typeof request.resource === 'string' ? request.resource : (opener.dataset.resourceKey ?? '');
  const moduleKey = opener.dataset.moduleKey ?? '';
  const extension = { ...extensionOf(opener), modal: isRecord(request.context) ? request.context : {} };
  const size = request.size;
  openModal({
    src: frameUrl(resourceKey, moduleKey, extension, true),
    title: text(request.title),
    size: typeof size === 'string' ? size : isRecord(size) && typeof size.width === 'string' ? { width: size.width } : 'medium',
    role: 'app-modal',
    closeOnEscape: request.closeOnEscape !== false,
    closeOnOverlayClick: request.closeOnOverlayClick !== false,
    opener: { frame: opener, id: text(request.id) },
    moduleKey,
    resourceKey,
    extension,
  });
}

/**
 * Closes a modal (with the frame's `submit`/`close` payload, if any) and hands the payload to the
 * frame that opened it.
 */
export function closeModal(modal: OpenModal, payload: unknown, submitted: boolean): void {
  const index = modals.indexOf(modal);
  if (index >= 0) modals.splice(index, 1);
  modal.overlay.remove();
  if (modal.opener) send(modal.opener.frame, { type: 'modalClosed', id: modal.opener.id, payload });
  modal.returnFocus?.focus();
  // An issue action changes the issue; show the result as Jira does, by refreshing the view.
  if (submitted && modal.role === 'action') window.location.reload();
}

/** The open modal holding this frame, if it sits in one. */
export function modalOf(frame: HTMLIFrameElement): OpenModal | undefined {
  return modals.find((modal) => modal.frame === frame);
}

/** Escape closes the top modal, unless it was opened with `closeOnEscape: false`. */
export function closeTopModalOnEscape(): void {
  const top = modals[modals.length - 1];
  if (top?.closeOnEscape) closeModal(top, undefined, false);
}
