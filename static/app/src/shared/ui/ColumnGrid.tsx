import type { ReactNode } from 'react';

/** The `space.200` design token, as `token('space.200')` writes it (without the token-name table). */
const GAP = 'var(--ds-space-200, 16px)';

/**
 * Columns at least `minWidth` wide that wrap onto the next row when the frame is narrow. (The
 * compiled primitives' Grid takes no column template.)
 */
export function ColumnGrid({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fit, minmax(${minWidth}px, 1fr))`, gap: GAP }}>{children}</div>;
}
