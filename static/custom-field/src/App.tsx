import { Text } from '@atlaskit/primitives';
import { z } from 'zod';
import { extensionOf, useForgeContext } from '../../shared/context';
import { t } from '../../shared/i18n';
import { Loading } from '../../shared/ui/Loading';

/** What Jira hands a custom field's view: its current value, if any. */
const fieldExtension = z.object({ fieldValue: z.union([z.string(), z.number(), z.null()]).optional() });

/** The BRM custom fields' view on the issue: the stored value, or "None" as Jira shows empty fields. */
export function App() {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const value = extensionOf(context, fieldExtension)?.fieldValue;
  return <Text testId="field-value">{value === undefined || value === null || value === '' ? t('common.none') : String(value)}</Text>;
}
