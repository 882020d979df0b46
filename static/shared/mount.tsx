import '@atlaskit/css-reset';
import './frame.css';
import { view } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLocale } from './i18n';
import { followHostTheme } from './theme';

/**
 * Starts a surface: picks the strings for the user's locale, follows the host's theme, then renders
 * `app` into `#root`. The host answers `getContext` at once; if it cannot, the surface still renders
 * in English and the light theme.
 */
export async function mount(app: ReactNode): Promise<void> {
  const element = document.getElementById('root');
  if (!element) throw new Error('The surface page has no #root element.');
  const context = await view.getContext().catch(() => undefined);
  setLocale(context?.locale);
  const colorMode = context?.theme?.colorMode;
  void followHostTheme(typeof colorMode === 'string' ? colorMode : undefined);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
