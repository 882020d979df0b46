/**
 * Puts Atlaskit's stylesheets into CSS cascade layers, so that their rules apply in the order
 * they were written for, whichever file of the app's build a frame loads first.
 *
 * Atlaskit's components are styled with Compiled: atomic rules, one class per declaration, in
 * `*.compiled.css` files. A component combines classes that can touch the same property, a
 * shorthand and one of its longhands (`font` for the text size and `font-weight`), a base and a
 * `:hover` state, and Compiled relies on a sorted stylesheet: shorthands before longhands,
 * pseudo-classes in link-visited-focus-hover-active order, at-rules last. The app's build splits
 * its CSS by chunk and a frame loads a lazy surface's stylesheet after the shell's; the same class
 * can then come again in a later file, after a rule it should precede, and win. A layer's place
 * in the order fixed by the first `@layer` statement decides instead of the file's place, so each
 * Compiled rule goes into the layer of its kind, and each file starts with the full order.
 *
 * The CSS reset goes into the lowest layer: unlayered rules beat layered ones, and the reset's
 * element rules must stay below the components' classes as they were before.
 */

/** The layers, lowest first. */
export const LAYERS = [
  'brm-reset',
  'brm-compiled-shorthand',
  'brm-compiled-sub-shorthand',
  'brm-compiled-longhand',
  'brm-compiled-link',
  'brm-compiled-visited',
  'brm-compiled-focus-within',
  'brm-compiled-focus',
  'brm-compiled-focus-visible',
  'brm-compiled-hover',
  'brm-compiled-active',
  'brm-compiled-at-rule',
] as const;
export type Layer = (typeof LAYERS)[number];

/** The statement that fixes the layers' order; the first one a page reads decides it. */
export const LAYER_ORDER = `@layer ${LAYERS.join(', ')};`;

/** Shorthands that set other shorthands' properties (`border` sets `border-color`). */
const SHORTHANDS = new Set([
  'all',
  'animation',
  'background',
  'border',
  'border-image',
  'border-radius',
  'columns',
  'flex',
  'font',
  'gap',
  'grid',
  'inset',
  'list-style',
  'margin',
  'mask',
  'outline',
  'overflow',
  'padding',
  'place-content',
  'place-items',
  'place-self',
  'scroll-margin',
  'scroll-padding',
  'text-decoration',
  'transition',
]);

/** Shorthands of longhands only, which the shorthands above may also set. */
const SUB_SHORTHANDS = new Set([
  'border-block',
  'border-block-end',
  'border-block-start',
  'border-bottom',
  'border-color',
  'border-inline',
  'border-inline-end',
  'border-inline-start',
  'border-left',
  'border-right',
  'border-style',
  'border-top',
  'border-width',
  'column-rule',
  'flex-flow',
  'font-variant',
  'grid-area',
  'grid-column',
  'grid-row',
  'grid-template',
  'inset-block',
  'inset-inline',
  'margin-block',
  'margin-inline',
  'overscroll-behavior',
  'padding-block',
  'padding-inline',
  'scroll-margin-block',
  'scroll-margin-inline',
  'scroll-padding-block',
  'scroll-padding-inline',
  'text-emphasis',
]);

/** Pseudo-classes in the order their states must override each other, each with the layer it goes to. */
const PSEUDO_CLASSES: readonly [RegExp, Layer][] = [
  [/:link(?![\w-])/, 'brm-compiled-link'],
  [/:visited(?![\w-])/, 'brm-compiled-visited'],
  [/:focus-within(?![\w-])/, 'brm-compiled-focus-within'],
  [/:focus(?![\w-])/, 'brm-compiled-focus'],
  [/:focus-visible(?![\w-])/, 'brm-compiled-focus-visible'],
  [/:hover(?![\w-])/, 'brm-compiled-hover'],
  [/:active(?![\w-])/, 'brm-compiled-active'],
];

/** The top-level rules and at-rules of a stylesheet, as written (comments dropped). */
export function topLevelRules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth += 1;
    else if (char === ';' && depth === 0) {
      // A statement at-rule (`@import …;`, `@layer a, b;`).
      const rule = text.slice(start, i + 1).trim();
      if (rule) rules.push(rule);
      start = i + 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        const rule = text.slice(start, i + 1).trim();
        if (rule) rules.push(rule);
        start = i + 1;
      }
    }
  }
  const rest = text.slice(start).trim();
  if (rest) rules.push(rest);
  return rules;
}

/** The layer a Compiled rule belongs in, or `undefined` for rules outside the ordering (`@keyframes`, `@font-face`). */
export function layerOf(rule: string): Layer | undefined {
  if (rule.startsWith('@')) return /^@(media|supports|container)\b/.test(rule) ? 'brm-compiled-at-rule' : undefined;
  const brace = rule.indexOf('{');
  const selector = rule.slice(0, brace);
  let pseudo: Layer | undefined;
  for (const [pattern, layer] of PSEUDO_CLASSES) if (pattern.test(selector)) pseudo = layer;
  if (pseudo) return pseudo;
  const property =
    rule
      .slice(brace + 1)
      .trim()
      .split(':')[0]
      ?.trim()
      .toLowerCase() ?? '';
  if (SHORTHANDS.has(property)) return 'brm-compiled-shorthand';
  if (SUB_SHORTHANDS.has(property)) return 'brm-compiled-sub-shorthand';
  return 'brm-compiled-longhand';
}

/** A `*.compiled.css` stylesheet with each rule in its layer, after the layers' order. */
export function layerCompiledCss(css: string): string {
  const byLayer = new Map<Layer, string[]>();
  const unlayered: string[] = [];
  for (const rule of topLevelRules(css)) {
    const layer = layerOf(rule);
    if (!layer) {
      unlayered.push(rule);
      continue;
    }
    const rules = byLayer.get(layer) ?? [];
    rules.push(rule);
    byLayer.set(layer, rules);
  }
  const layered = LAYERS.flatMap((layer) => {
    const rules = byLayer.get(layer);
    return rules ? [`@layer ${layer}{\n${rules.join('\n')}\n}`] : [];
  });
  return [LAYER_ORDER, ...unlayered, ...layered].join('\n') + '\n';
}

/** The CSS reset, in the lowest layer, after the layers' order. */
export function layerResetCss(css: string): string {
  return `${LAYER_ORDER}\n@layer brm-reset{\n${css}\n}\n`;
}
