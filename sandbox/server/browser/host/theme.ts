/**
 * The light/dark toggle in the host page's header: switches the page, remembers the choice in a
 * cookie the server reads for the next page, and tells every app frame (`view.theme`).
 */
import type { ColorMode } from '../protocol';
import { broadcast } from './frames';

/** The cookie the server reads to render pages and frames in the chosen mode (session.ts). */
const THEME_COOKIE = 'brm_sandbox_theme';

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
  broadcast({ type: 'theme', colorMode: mode });
}

export function watchThemeToggle(): void {
  document.getElementById('theme-toggle')?.addEventListener('click', () => setColorMode(currentColorMode() === 'dark' ? 'light' : 'dark'));
}
