import { Text } from '@atlaskit/primitives/compiled/text';
import type { ReactNode } from 'react';
import { useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { fieldContextOf, type AppFieldKey, type FieldContext } from './field-context';

/**
 * The frame of the app's Customer and Service fields: waits for the host's context and hands the
 * field to `children`, or says plainly that the frame shows none of the app's fields.
 */
export function FieldShell({ children }: { children: (field: FieldContext & { key: AppFieldKey }) => ReactNode }) {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const field = fieldContextOf(context);
  const { key } = field;
  if (!key) {
    return (
      <Text color="color.text.subtle" testId="field-value">
        {t('issue.field.notAppField')}
      </Text>
    );
  }
  return <>{children({ ...field, key })}</>;
}
