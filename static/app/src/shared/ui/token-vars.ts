/**
 * Design tokens as the CSS custom properties the app's token themes define (token-themes.ts), with
 * the light theme's value as the fallback: what `token()` of `@atlaskit/tokens` would give, without
 * the table of every token's name it bundles (38 KB, 4.9 KB gzipped). For inline styles and SVG
 * attributes; both colour modes apply, as the stylesheet switches the properties' values.
 */
export const TOKEN_VARS = {
  'color.text': 'var(--ds-text, #292A2E)',
  'color.text.subtle': 'var(--ds-text-subtle, #505258)',
  'color.background.neutral': 'var(--ds-background-neutral, #0515240F)',
  'color.chart.danger.bold': 'var(--ds-chart-danger-bold, #872821)',
  'color.chart.warning.bold': 'var(--ds-chart-warning-bold, #BD5B00)',
  'color.chart.success.bold': 'var(--ds-chart-success-bold, #5B7F24)',
} as const;
