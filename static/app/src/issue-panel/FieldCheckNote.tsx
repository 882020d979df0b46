import { Text } from '@atlaskit/primitives/compiled/text';
import type { FieldCheckView } from '#ticket-fields/contract';
import { t } from '../shared/i18n';

const dateOf = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
};

/** Why the app changed the ticket's Customer or Service, under the field, while the field holds what the app left. */
export function FieldCheckNote({ field, check }: { field: 'customer' | 'service'; check: FieldCheckView | null }) {
  if (!check) return null;
  return (
    <Text size="small" color="color.text.subtle" testId={`${field}-check`}>
      {t(check.value === null ? `issue.panel.check.cleared.${field}` : `issue.panel.check.changed.${field}`, { date: dateOf(check.at), reason: check.reason })}
    </Text>
  );
}
