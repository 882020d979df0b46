import type { CSSProperties, ReactNode } from 'react';

/** The lozenge appearances the app uses, by their Atlaskit names. */
export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

/** Each appearance's semantic colour in the design tokens. */
const semantic: Record<LozengeAppearance, 'neutral' | 'success' | 'danger' | 'information' | 'discovery' | 'warning'> = {
  default: 'neutral',
  success: 'success',
  removed: 'danger',
  inprogress: 'information',
  new: 'discovery',
  moved: 'warning',
};

/** Fallback colours for a frame without the token stylesheet (light mode). */
const fallback = {
  neutral: { background: '#0515240f', text: '#292a2e', border: '#0b120e24' },
  success: { background: '#d3f1a7', text: '#37471f', border: '#b3df72' },
  danger: { background: '#ffd5d2', text: '#5d1f1a', border: '#fd9891' },
  information: { background: '#cfe1fd', text: '#123263', border: '#8fb8f6' },
  discovery: { background: '#eed7fc', text: '#48245d', border: '#d8a0f7' },
  warning: { background: '#fce4a6', text: '#693200', border: '#fbc828' },
} as const;

function colours(appearance: LozengeAppearance): CSSProperties {
  const name = semantic[appearance];
  const colour = fallback[name];
  if (name === 'neutral') {
    return {
      backgroundColor: `var(--ds-background-neutral, ${colour.background})`,
      color: `var(--ds-text, ${colour.text})`,
      borderColor: `var(--ds-border, ${colour.border})`,
    };
  }
  return {
    backgroundColor: `var(--ds-background-${name}-subtler, ${colour.background})`,
    color: `var(--ds-text-${name}-bolder, ${colour.text})`,
    borderColor: `var(--ds-border-${name}-subtle, ${colour.border})`,
  };
}

const box: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  height: '1.25rem',
  maxWidth: '100%',
  paddingBlock: 'var(--ds-space-025, 2px)',
  paddingInline: 'var(--ds-space-050, 4px)',
  borderRadius: 'var(--ds-radius-small, 4px)',
  borderWidth: 'var(--ds-border-width, 1px)',
  borderStyle: 'solid',
  overflow: 'hidden',
};

const text: CSSProperties = {
  font: 'var(--ds-font-body-small, normal 400 12px/16px "Atlassian Sans", ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif)',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

/**
 * A status lozenge with the look of Atlaskit's Lozenge (design tokens for its colours, in both
 * modes), in a few lines of markup: Atlaskit's own brings an interactive variant's code (pressable,
 * badge, spinner, icons, motion) into every frame that shows a status.
 */
export function StatusLozenge({ appearance = 'default', testId, children }: { appearance?: LozengeAppearance; testId?: string; children: ReactNode }) {
  return (
    <span style={{ ...box, ...colours(appearance) }} data-testid={testId}>
      <span style={text}>{children}</span>
    </span>
  );
}
