import EmptyState from '@atlaskit/empty-state';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing in it: what is missing and what to do about it. */
export function EmptyView({ header, description, action }: { header: string; description: string; action?: ReactNode }) {
  return <EmptyState header={header} description={description} headingLevel={3} primaryAction={action} testId="empty-view" />;
}
