import 'virtual:brm/token-themes.css';
import '@atlaskit/css-reset';
import './frame.css';
import { view, type FullContext } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLocale } from './i18n';
import { followHostTheme } from './theme';

/**
 * Starts the app in its frame: reads the Forge context, loads the strings of the user's locale,
 * follows the host's theme, then renders what `render` makes of the context into `#root`. The host
 * answers `getContext` at once; if it cannot, the frame still renders (with no context) in
 * English and the light theme.
 */
export async function mount(render: (context: FullContext | undefined) => ReactNode): Promise<void> {
  const element = document.getElementById('root');
  if (!element) throw new Error('The app page has no #root element.');
  const context = await view.getContext().catch(() => undefined);
  await setLocale(context?.locale);
  const colorMode = context?.theme?.colorMode;
  void followHostTheme(typeof colorMode === 'string' ? colorMode : undefined);
  createRoot(element).render(<StrictMode>{render(context)}</StrictMode>);
}
