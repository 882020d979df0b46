/**
 * The design-token themes of the app, by kind, as Atlaskit names them (`@atlaskit/tokens`): the
 * colours of both modes, motion, shape, spacing and typography. scripts/build-static.ts bundles
 * each theme's CSS into the app's stylesheet (`virtual:brm/token-themes.css`), so a frame has every
 * token at first paint and switches between light and dark without loading anything.
 */
export const TOKEN_THEMES = { dark: 'dark', light: 'light', motion: 'motion', shape: 'shape', spacing: 'spacing', typography: 'typography' } as const;

/** The stylesheet the build makes of TOKEN_THEMES. */
export const TOKEN_THEMES_CSS = 'virtual:brm/token-themes.css';

/**
 * The `data-theme` value of `<html>` (`kind:id` pairs, as Atlaskit writes it) with every kind of
 * TOKEN_THEMES the current value does not choose added; the kinds it chooses stay as they are.
 */
export function withAppThemes(current: string | null): string {
  const pairs = (current ?? '').split(/\s+/).filter((pair) => /^[\w-]+:[\w-]+$/.test(pair));
  const chosen = new Set(pairs.map((pair) => pair.slice(0, pair.indexOf(':'))));
  const added = Object.entries(TOKEN_THEMES)
    .filter(([kind]) => !chosen.has(kind))
    .map(([kind, id]) => `${kind}:${id}`);
  return [...pairs, ...added].join(' ');
}
