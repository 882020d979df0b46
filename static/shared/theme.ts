import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

type ColorMode = 'light' | 'dark';

const hostColorMode = (): ColorMode => (document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light');

/**
 * Makes the page follow the host's light or dark theme. `view.theme.enable()` asks the host to
 * mark this document's `<html>` with its colour mode (and to keep it in step when the user
 * switches); the design tokens' CSS for that mode is loaded here, and again on every switch.
 */
export async function followHostTheme(initial?: string | null): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Hosts without theming keep the light theme.
  }
  let applied: ColorMode = hostColorMode() === 'dark' || initial === 'dark' ? 'dark' : 'light';
  await setGlobalTheme({ colorMode: applied, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
  new MutationObserver(() => {
    const wanted = hostColorMode();
    if (wanted === applied) return;
    applied = wanted;
    void setGlobalTheme({ colorMode: wanted, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
}
