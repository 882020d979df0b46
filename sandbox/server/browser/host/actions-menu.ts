/**
 * The issue view's "…" actions menu: opening and closing it, arrow keys between its items, and
 * an item opening its issue action (`jira:issueAction`) in a modal.
 */
import { parseExtension } from './frames';
import { openModal } from './modals';

/** Closes every actions menu on the page but `except`. */
export function closeMenus(except?: Element): void {
  document.querySelectorAll<HTMLElement>('.actions-menu').forEach((menu) => {
    if (menu === except) return;
    menu.querySelector('[role="menu"]')?.setAttribute('hidden', '');
    menu.querySelector('button[aria-haspopup]')?.setAttribute('aria-expanded', 'false');
  });
}

/** The menu's button: opens its menu (focusing the first item) or closes it, and closes the others. */
export function toggleMenu(toggle: HTMLElement): void {
  const menu = toggle.parentElement;
  const list = menu?.querySelector<HTMLElement>('[role="menu"]');
  const open = list?.hasAttribute('hidden') ?? false;
  closeMenus(menu ?? undefined);
  if (!list) return;
  if (open) list.removeAttribute('hidden');
  else list.setAttribute('hidden', '');
  toggle.setAttribute('aria-expanded', String(open));
  if (open) list.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
}

/** Up and down arrows move between a menu's items, wrapping around. */
export function moveMenuFocus(event: KeyboardEvent): void {
  const menu = event.target instanceof HTMLElement ? event.target.closest('[role="menu"]') : null;
  if (!menu || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const items = Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  const index = items.indexOf(event.target instanceof HTMLElement ? event.target : (items[0] ?? document.body));
  const next = items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
  next?.focus();
  event.preventDefault();
}

/** A menu item opens its issue action's frame in a modal; submitting it refreshes the issue. */
export function openActionMenuItem(item: HTMLElement): void {
  const src = item.dataset.frameSrc;
  if (!src) return;
  openModal({
    src,
    title: item.textContent?.trim() ?? '',
    size: 'medium',
    role: 'action',
    closeOnEscape: true,
    closeOnOverlayClick: false,
    moduleKey: item.dataset.moduleKey ?? '',
    resourceKey: item.dataset.resourceKey ?? '',
    extension: parseExtension(item.dataset.extension),
    // The menu item is hidden once the menu closes; focus returns to the menu's button.
    returnFocus: item.closest('.actions-menu')?.querySelector<HTMLElement>('button[aria-haspopup]') ?? undefined,
  });
}
