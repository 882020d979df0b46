import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ReactNode } from 'react';
import type { IssueItem } from '#portfolio/contract';
import { IssueLink } from '../shared/ui/IssueLink';
import { StatusLozenge } from '../shared/ui/StatusLozenge';

const appearance = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;

/** A short list of tickets: key (a link), summary, status, and what else a section says of each. */
export function IssueList<T extends IssueItem>({
  items,
  empty,
  label,
  extra,
  testId,
}: {
  items: readonly T[];
  empty: string;
  label: string;
  extra?: (item: T) => ReactNode;
  testId?: string;
}) {
  if (items.length === 0) return <Text color="color.text.subtle">{empty}</Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} style={{ padding: '2px 0' }}>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <IssueLink issueKey={item.key} />
            <Text>{item.summary}</Text>
            <StatusLozenge appearance={appearance[item.statusCategory]}>{item.status}</StatusLozenge>
            {extra?.(item)}
          </Inline>
        </li>
      ))}
    </ul>
  );
}
