import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';

/** How much room a table's cells take: `list` for a list of things to open, `figures` for rows of numbers. */
export type TableSpacing = 'list' | 'figures';

const padding = (spacing: TableSpacing): string => (spacing === 'list' ? token('space.075') : `${token('space.050')} ${token('space.150')}`);

/** The style of a body cell of a `SurveyTable` with that spacing. */
export const cellStyle = (spacing: TableSpacing): CSSProperties => ({ padding: padding(spacing), color: token('color.text') });

/**
 * A table of the surveys tab: a header row naming each column (`scope="col"`), then `children`, the
 * body's rows. `small` sets it in the small body font.
 */
export function SurveyTable({
  columns,
  spacing,
  small = false,
  testId,
  children,
}: {
  columns: readonly string[];
  spacing: TableSpacing;
  small?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table style={{ borderCollapse: 'collapse', font: small ? token('font.body.small') : token('font.body') }} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((h) => (
            <th
              key={h}
              scope="col"
              style={{
                textAlign: 'left',
                padding: padding(spacing),
                borderBottom: `1px solid ${token('color.border')}`,
                color: token('color.text.subtle'),
              }}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The first cell of a list's row: the item's name, a button that opens it; `label` names the action for screen readers. */
export function OpenItemCell({ name, label, onOpen, testId }: { name: string; label: string; onOpen: () => void; testId: string }) {
  return (
    <td style={cellStyle('list')}>
      <Button appearance="subtle" onClick={onOpen} aria-label={label} testId={testId}>
        {name}
      </Button>
    </td>
  );
}
