import { view } from '@forge/bridge';
import { withAppThemes } from './token-themes';

const COLOR_MODE = 'data-color-mode';
const THEME = 'data-theme';

/**
 * Makes the frame follow the host's light or dark theme. The design tokens of both modes are in
 * the app's stylesheet (token-themes.ts); which one applies is chosen by `<html>`'s
 * `data-color-mode`, and `data-theme` names the themes. The frame starts in the mode the context
 * names; `view.theme.enable()` then asks the host to set both attributes and keep them in step
 * when the user switches, and the themes the host leaves out are kept in `data-theme`.
 */
export async function followHostTheme(initial?: string | null): Promise<void> {
  const root = document.documentElement;
  if (!root.hasAttribute(COLOR_MODE)) root.setAttribute(COLOR_MODE, initial === 'dark' ? 'dark' : 'light');
  const keepThemes = () => {
    const wanted = withAppThemes(root.getAttribute(THEME));
    if (root.getAttribute(THEME) !== wanted) root.setAttribute(THEME, wanted);
  };
  keepThemes();
  new MutationObserver(keepThemes).observe(root, { attributes: true, attributeFilter: [THEME] });
  try {
    await view.theme.enable();
  } catch {
    // Hosts without theming keep the mode the frame started in.
  }
}
