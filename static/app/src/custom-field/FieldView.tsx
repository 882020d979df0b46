import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Text } from '@atlaskit/primitives/compiled/text';
import Spinner from '@atlaskit/spinner';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { issueClient } from '../shared/issue-client';
import type { AppFieldKey } from './field-context';

/**
 * The Customer or Service field on the issue: the organization's or service's name for the id
 * the field stores; "None" when it is empty, and the raw id when the name cannot be found.
 */
export function FieldView({ fieldKey, value }: { fieldKey: AppFieldKey; value: string | null }) {
  const display = useCall(issueClient, 'getFieldDisplay', { fieldKey, value }, { skip: value === null });
  if (value === null) return <None />;
  if (!display.data) {
    if (display.error) {
      return (
        <Text color="color.text.subtle" testId="field-value">
          <span title={display.error.message}>{t(`issue.field.unknown.${fieldKey}`, { value })}</span>
        </Text>
      );
    }
    return (
      <Inline space="space.050" alignBlock="center">
        <Spinner size="xsmall" label={t('common.loading')} />
      </Inline>
    );
  }
  const { label, status } = display.data;
  if (status === 'empty' || label === null) {
    return status === 'empty' ? (
      <None />
    ) : (
      <Text color="color.text.subtlest" testId="field-value">
        {t(`issue.field.unknown.${fieldKey}`, { value })}
      </Text>
    );
  }
  return <Text testId="field-value">{status === 'archived' ? t('issue.field.archived', { name: label }) : label}</Text>;
}

function None() {
  return (
    <Text color="color.text.subtlest" testId="field-value">
      {t('common.none')}
    </Text>
  );
}
