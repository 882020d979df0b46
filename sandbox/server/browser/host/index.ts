/**
 * The host pages' script, served as `host.js`: the user switcher and theme toggle, and the host
 * side of the app frames (sizing, modals, flags, navigation, events, gadget and field editing), as
 * Jira's own frontend does for Forge modules. Bundled into one classic script by browser-assets.ts.
 * This entry only wires the page's events to the modules beside it.
 */
import { closeMenus, moveMenuFocus, openActionMenuItem, toggleMenu } from './actions-menu';
import { fieldSlotOf, startFieldEdit } from './field-edit';
import { onFrameMessage } from './frame-messages';
import { editGadget, refreshDashboard, refreshGadget, startAutoRefresh } from './gadgets';
import { closeTopModalOnEscape } from './modals';
import { watchThemeToggle } from './theme';

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const toggle = target?.closest<HTMLElement>('.actions-menu > button[aria-haspopup]');
  if (toggle) return toggleMenu(toggle);
  const item = target?.closest<HTMLElement>('[role="menuitem"][data-frame-src]');
  if (item) {
    closeMenus();
    return openActionMenuItem(item);
  }
  const fieldEdit = target?.closest<HTMLElement>('button[data-edit-field]');
  if (fieldEdit) {
    const slot = fieldSlotOf(fieldEdit);
    if (slot) startFieldEdit(slot);
    return;
  }
  if (target?.closest('[data-refresh-dashboard]')) return refreshDashboard();
  const refreshOne = target?.closest<HTMLElement>('[data-refresh-gadget]');
  if (refreshOne) {
    const frame = document.getElementById(refreshOne.dataset.refreshGadget ?? '');
    if (frame instanceof HTMLIFrameElement) refreshGadget(frame);
    return;
  }
  const edit = target?.closest<HTMLElement>('[data-edit-gadget]');
  if (edit) {
    const frame = document.getElementById(edit.dataset.editGadget ?? '');
    if (frame instanceof HTMLIFrameElement) editGadget(frame);
    return;
  }
  if (!target?.closest('.actions-menu')) closeMenus();
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    closeTopModalOnEscape();
    closeMenus();
    return;
  }
  moveMenuFocus(event);
}

/** Context items load their app only when first opened, as Jira does. */
function loadContextItemsWhenOpened(): void {
  document.querySelectorAll<HTMLDetailsElement>('details.context-item').forEach((details) => {
    const load = (): void => {
      const frame = details.querySelector<HTMLIFrameElement>('iframe[data-lazy-src]');
      if (frame && details.open && !frame.src) frame.src = frame.dataset.lazySrc ?? '';
    };
    details.addEventListener('toggle', load);
    load();
  });
}

function start(): void {
  window.addEventListener('message', onFrameMessage);
  watchThemeToggle();
  const switcher = document.getElementById('user-switcher');
  if (switcher instanceof HTMLSelectElement) switcher.addEventListener('change', () => switcher.form?.submit());
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeydown);
  loadContextItemsWhenOpened();
  startAutoRefresh();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
