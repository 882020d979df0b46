import { Text } from '@atlaskit/primitives/compiled/text';
import type { RefFieldValue } from '#kernel/ref-field-value';
import { t } from '../shared/i18n';

/**
 * The Customer or Service field on the issue view and on the customer's portal request: the name
 * the field's value carries (`{ id, name }`), so the frame shows it at once, with no call, to
 * whoever may see the issue; "None" when the field is empty.
 */
export function FieldView({ value }: { value: RefFieldValue | null }) {
  if (value === null) {
    return (
      <Text color="color.text.subtlest" testId="field-value">
        {t('common.none')}
      </Text>
    );
  }
  return <Text testId="field-value">{value.name}</Text>;
}
