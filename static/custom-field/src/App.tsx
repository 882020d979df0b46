import { Text } from '@atlaskit/primitives';
import { useForgeContext } from '../../shared/context';
import { t } from '../../shared/i18n';
import { Loading } from '../../shared/ui/Loading';
import { fieldContextOf } from './field-context';
import { FieldEdit } from './FieldEdit';
import { FieldView } from './FieldView';

/** The app's Customer and Service fields: the name for the stored id, and a choice by name when edited. */
export function App() {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const field = fieldContextOf(context);
  if (!field.key) {
    return (
      <Text color="color.text.subtle" testId="field-value">
        {t('issue.field.notAppField')}
      </Text>
    );
  }
  return field.mode === 'edit' ? <FieldEdit fieldKey={field.key} value={field.value} issueKey={field.issueKey} /> : <FieldView fieldKey={field.key} value={field.value} />;
}
