/**
 * The host pages' script: the user switcher and theme toggle, and the host side of the app frames
 * (sizing, modals, flags, navigation, events), as Jira's own frontend does for Forge modules.
 * Served transpiled and wrapped in a function; it must not import anything at run time.
 */
import type { ColorMode, FlagOptions, HostMessage, ModalRequest } from './protocol';

const TAG = 'forge-sandbox';
const THEME_COOKIE = 'brm_sandbox_theme';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What closing a frame means depends on where it sits. */
type FrameRole = 'inline' | 'action' | 'app-modal' | 'gadget-edit' | 'field-edit';

interface OpenModal {
  overlay: HTMLElement;
  frame: HTMLIFrameElement;
  /** The frame that opened it with `new Modal()`, to get the result back. */
  opener?: { frame: HTMLIFrameElement; id: string };
  role: FrameRole;
  closeOnEscape: boolean;
  /** Where keyboard focus goes back to when the modal closes. */
  returnFocus?: HTMLElement;
}

const modals: OpenModal[] = [];

function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe.forge-frame'));
}

function send(frame: HTMLIFrameElement, message: HostMessage): void {
  frame.contentWindow?.postMessage({ source: TAG, ...message }, window.location.origin);
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  return frames().find((frame) => frame.contentWindow === source);
}

/** The URL of an app frame, the same form the server writes into its pages. */
function frameUrl(resourceKey: string, moduleKey: string, extension: Record<string, unknown>, closable: boolean): string {
  const query = new URLSearchParams({ moduleKey, ext: JSON.stringify(extension) });
  if (closable) query.set('closable', '1');
  return `/__app/${encodeURIComponent(resourceKey)}/?${query.toString()}`;
}

function extensionOf(frame: HTMLIFrameElement): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(frame.dataset.extension ?? '{}');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

// ---- theme ---------------------------------------------------------------------------------

function currentColorMode(): ColorMode {
  return document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

function setColorMode(mode: ColorMode): void {
  document.documentElement.setAttribute('data-color-mode', mode);
  document.documentElement.style.colorScheme = mode;
  document.cookie = `${THEME_COOKIE}=${mode}; path=/; max-age=31536000; samesite=lax`;
  const toggle = document.getElementById('theme-toggle');
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(mode === 'dark'));
    toggle.textContent = mode === 'dark' ? '☀ Light' : '☾ Dark';
  }
  for (const frame of frames()) send(frame, { type: 'theme', colorMode: mode });
}

// ---- flags ---------------------------------------------------------------------------------

function showFlag(flag: FlagOptions): void {
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

function closeFlag(id: string): void {
  document.querySelectorAll<HTMLElement>('#flags .flag').forEach((element) => {
    if (element.dataset.flagId === id) element.remove();
  });
}

// ---- modals --------------------------------------------------------------------------------

const modalWidths: Record<string, string> = { small: '400px', medium: '600px', large: '800px', xlarge: '968px', max: 'calc(100vw - 120px)', fullscreen: '100vw' };

function openModal(options: {
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
}): void {
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
  const modal: OpenModal = { overlay, frame, opener: options.opener, role: options.role, closeOnEscape: options.closeOnEscape, returnFocus: options.returnFocus ?? focused };
  modals.push(modal);
  close.addEventListener('click', () => closeModal(modal, undefined, false));
  if (options.closeOnOverlayClick) overlay.addEventListener('click', (event) => event.target === overlay && closeModal(modal, undefined, false));
  close.focus();
}

function closeModal(modal: OpenModal, payload: unknown, submitted: boolean): void {
  const index = modals.indexOf(modal);
  if (index >= 0) modals.splice(index, 1);
  modal.overlay.remove();
  if (modal.opener) send(modal.opener.frame, { type: 'modalClosed', id: modal.opener.id, payload });
  modal.returnFocus?.focus();
  // An issue action changes the issue; show the result as Jira does, by refreshing the view.
  if (submitted && modal.role === 'action') window.location.reload();
}

function openActionMenuItem(button: HTMLElement): void {
  const src = button.dataset.frameSrc;
  if (!src) return;
  let extension: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(button.dataset.extension ?? '{}');
    if (isRecord(parsed)) extension = parsed;
  } catch {
    extension = {};
  }
  openModal({
    src,
    title: button.textContent?.trim() ?? '',
    size: 'medium',
    role: 'action',
    closeOnEscape: true,
    closeOnOverlayClick: false,
    moduleKey: button.dataset.moduleKey ?? '',
    resourceKey: button.dataset.resourceKey ?? '',
    extension,
    // The menu item is hidden once the menu closes; focus returns to the menu's button.
    returnFocus: button.closest('.actions-menu')?.querySelector<HTMLElement>('button[aria-haspopup]') ?? undefined,
  });
}

// ---- frame messages ------------------------------------------------------------------------

function onFrameMessage(event: MessageEvent<unknown>): void {
  if (event.origin !== window.location.origin || !isRecord(event.data) || event.data.source !== TAG) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const data = event.data;
  const modal = modals.find((m) => m.frame === frame);
  switch (data.type) {
    case 'resize': {
      const height = typeof data.height === 'number' ? data.height : 0;
      if (height > 0) frame.style.height = `${Math.min(height, 4000)}px`;
      break;
    }
    case 'submit':
    case 'close': {
      const submitted = data.type === 'submit';
      if (modal) closeModal(modal, data.payload, submitted);
      else if (frame.dataset.role === 'gadget-edit') void finishGadgetEdit(frame, submitted ? data.payload : undefined);
      else if (frame.dataset.role === 'field-edit') {
        const slot = fieldSlotOf(frame);
        if (slot && submitted) void saveField(slot, data.payload);
        else if (slot) endFieldEdit(slot);
      }
      break;
    }
    case 'flag':
      if (isRecord(data.flag)) showFlag({ id: text(data.flag.id), title: text(data.flag.title), description: text(data.flag.description), type: flagType(data.flag.type), isAutoDismiss: data.flag.isAutoDismiss === true });
      break;
    case 'closeFlag':
      closeFlag(text(data.id));
      break;
    case 'navigate': {
      const url = new URL(text(data.url), window.location.href);
      if (data.newTab === true) window.open(url.href, '_blank', 'noopener');
      else window.location.assign(url.href);
      break;
    }
    case 'reload':
    case 'refresh':
      window.location.reload();
      break;
    case 'history': {
      const base = frame.dataset.historyBase;
      if (!base) break;
      const url = `${base.replace(/\/$/, '')}${text(data.path).startsWith('/') ? '' : '/'}${text(data.path)}`;
      if (data.action === 'replace') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      break;
    }
    case 'emit':
      for (const target of frames()) send(target, { type: 'event', event: text(data.event), payload: data.payload });
      break;
    case 'title':
      document.title = text(data.title) || document.title;
      break;
    case 'openModal': {
      if (!isRecord(data.modal)) break;
      const request = data.modal;
      const resourceKey = typeof request.resource === 'string' ? request.resource : (frame.dataset.resourceKey ?? '');
      const moduleKey = frame.dataset.moduleKey ?? '';
      const extension = { ...extensionOf(frame), modal: isRecord(request.context) ? request.context : {} };
      const size = request.size;
      openModal({
        src: frameUrl(resourceKey, moduleKey, extension, true),
        title: text(request.title),
        size: typeof size === 'string' ? size : isRecord(size) && typeof size.width === 'string' ? { width: size.width } : 'medium',
        role: 'app-modal',
        closeOnEscape: request.closeOnEscape !== false,
        closeOnOverlayClick: request.closeOnOverlayClick !== false,
        opener: { frame, id: text(request.id) },
        moduleKey,
        resourceKey,
        extension,
      });
      break;
    }
    default:
      break;
  }
}

function flagType(value: unknown): FlagOptions['type'] {
  return value === 'success' || value === 'warning' || value === 'error' ? value : 'info';
}

// ---- dashboard gadgets ---------------------------------------------------------------------

function editGadget(frame: HTMLIFrameElement): void {
  const src = frame.dataset.editSrc;
  if (!src) return;
  frame.dataset.role = 'gadget-edit';
  frame.src = src;
}

async function finishGadgetEdit(frame: HTMLIFrameElement, config: unknown): Promise<void> {
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

// ---- custom fields on the issue view -------------------------------------------------------

/** One app field on the issue view: its frame (view or edit), its Edit button and its error line. */
interface FieldSlot {
  container: HTMLElement;
  frame: HTMLIFrameElement;
  button: HTMLButtonElement | null;
  error: HTMLElement | null;
}

function fieldSlotOf(element: Element): FieldSlot | undefined {
  const container = element.closest<HTMLElement>('[data-app-field]');
  const frame = container?.querySelector<HTMLIFrameElement>('iframe.forge-frame');
  if (!container || !frame) return undefined;
  return { container, frame, button: container.querySelector<HTMLButtonElement>('button[data-edit-field]'), error: container.querySelector<HTMLElement>('.field-error') };
}

function showFieldError(slot: FieldSlot, message: string): void {
  if (slot.error) slot.error.textContent = message;
}

/** Jira's message in a refused answer (`errorMessages` and `errors`), or its status. */
async function jiraMessage(response: Response): Promise<string> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const messages: string[] = [];
  if (isRecord(body)) {
    if (Array.isArray(body.errorMessages)) for (const m of body.errorMessages) if (typeof m === 'string') messages.push(m);
    if (isRecord(body.errors)) for (const m of Object.values(body.errors)) if (typeof m === 'string') messages.push(m);
  }
  return messages.length > 0 ? messages.join(' ') : `Jira answered ${response.status}.`;
}

/** A frame URL with the field's value in its extension replaced. */
function withFieldValue(src: string, value: unknown): { src: string; extension: Record<string, unknown> } {
  const url = new URL(src, window.location.href);
  let extension: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(url.searchParams.get('ext') ?? '{}');
    if (isRecord(parsed)) extension = parsed;
  } catch {
    extension = {};
  }
  extension = { ...extension, fieldValue: value ?? null };
  url.searchParams.set('ext', JSON.stringify(extension));
  return { src: `${url.pathname}${url.search}`, extension };
}

/** Jira's field: "Edit" swaps the view frame for the edit frame, in place. */
function startFieldEdit(slot: FieldSlot): void {
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
function endFieldEdit(slot: FieldSlot, saved?: { value: unknown }): void {
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

/**
 * `view.submit(value)` from a field's edit frame: Jira saves it as the signed-in user
 * (`PUT /rest/api/3/issue/{key}`). A refusal stays next to the field with the edit frame open, to
 * try again or cancel; a save shows the stored value and tells the other frames the issue changed.
 */
async function saveField(slot: FieldSlot, value: unknown): Promise<void> {
  const { issueKey, fieldId, issueId, projectId } = slot.container.dataset;
  if (!issueKey || !fieldId) return;
  const name = slot.container.dataset.fieldName ?? fieldId;
  const issuePath = `/rest/api/3/issue/${encodeURIComponent(issueKey)}`;
  slot.container.setAttribute('aria-busy', 'true');
  showFieldError(slot, '');
  let response: Response;
  try {
    response = await fetch(issuePath, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ fields: { [fieldId]: value ?? null } }),
    });
  } catch {
    slot.container.removeAttribute('aria-busy');
    showFieldError(slot, `${name} was not saved: the site could not be reached.`);
    return;
  }
  if (!response.ok) {
    slot.container.removeAttribute('aria-busy');
    showFieldError(slot, `${name} was not saved: ${await jiraMessage(response)}`);
    return;
  }
  endFieldEdit(slot, { value: await storedValue(issuePath, fieldId, value) });
  const changed = { issueId: issueId ?? '', projectId: projectId ?? '', changes: [{ changeType: 'updated', atlassianId: fieldId }] };
  for (const target of frames()) if (target !== slot.frame) send(target, { type: 'event', event: 'JIRA_ISSUE_CHANGED', payload: changed });
}

/** What Jira holds after a save (it may have normalised the value); the sent value if it cannot say. */
async function storedValue(issuePath: string, fieldId: string, sent: unknown): Promise<unknown> {
  try {
    const response = await fetch(`${issuePath}?fields=${encodeURIComponent(fieldId)}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    const body: unknown = response.ok ? await response.json() : undefined;
    if (isRecord(body) && isRecord(body.fields)) return body.fields[fieldId] ?? null;
  } catch {
    // Fall through to the value the edit frame sent.
  }
  return sent ?? null;
}

// ---- start ---------------------------------------------------------------------------------

function closeMenus(except?: Element): void {
  document.querySelectorAll<HTMLElement>('.actions-menu').forEach((menu) => {
    if (menu === except) return;
    menu.querySelector('[role="menu"]')?.setAttribute('hidden', '');
    menu.querySelector('button[aria-haspopup]')?.setAttribute('aria-expanded', 'false');
  });
}

function start(): void {
  window.addEventListener('message', onFrameMessage);

  document.getElementById('theme-toggle')?.addEventListener('click', () => setColorMode(currentColorMode() === 'dark' ? 'light' : 'dark'));

  const switcher = document.getElementById('user-switcher');
  if (switcher instanceof HTMLSelectElement) switcher.addEventListener('change', () => switcher.form?.submit());

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest<HTMLElement>('.actions-menu > button[aria-haspopup]');
    if (toggle) {
      const menu = toggle.parentElement;
      const list = menu?.querySelector<HTMLElement>('[role="menu"]');
      const open = list?.hasAttribute('hidden') ?? false;
      closeMenus(menu ?? undefined);
      if (list) {
        if (open) list.removeAttribute('hidden');
        else list.setAttribute('hidden', '');
        toggle.setAttribute('aria-expanded', String(open));
        if (open) list.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
      }
      return;
    }
    const item = target?.closest<HTMLElement>('[role="menuitem"][data-frame-src]');
    if (item) {
      closeMenus();
      openActionMenuItem(item);
      return;
    }
    const fieldEdit = target?.closest<HTMLElement>('button[data-edit-field]');
    if (fieldEdit) {
      const slot = fieldSlotOf(fieldEdit);
      if (slot) startFieldEdit(slot);
      return;
    }
    const edit = target?.closest<HTMLElement>('[data-edit-gadget]');
    if (edit) {
      const frame = document.getElementById(edit.dataset.editGadget ?? '');
      if (frame instanceof HTMLIFrameElement) editGadget(frame);
      return;
    }
    if (!target?.closest('.actions-menu')) closeMenus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      const top = modals[modals.length - 1];
      if (top?.closeOnEscape) closeModal(top, undefined, false);
      closeMenus();
      return;
    }
    const item = event.target instanceof HTMLElement ? event.target.closest('[role="menu"]') : null;
    if (item && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const items = Array.from(item.querySelectorAll<HTMLElement>('[role="menuitem"]'));
      const index = items.indexOf(event.target instanceof HTMLElement ? event.target : items[0] ?? document.body);
      const next = items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
      event.preventDefault();
    }
  });

  // Context items load their app only when first opened, as Jira does.
  document.querySelectorAll<HTMLDetailsElement>('details.context-item').forEach((details) => {
    const load = (): void => {
      const frame = details.querySelector<HTMLIFrameElement>('iframe[data-lazy-src]');
      if (frame && details.open && !frame.src) frame.src = frame.dataset.lazySrc ?? '';
    };
    details.addEventListener('toggle', load);
    load();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

export type { HostMessage };
