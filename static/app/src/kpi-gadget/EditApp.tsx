import '../shared/i18n/kpi';
import './gadget.css';
import { Box } from '@atlaskit/primitives/compiled/box';
import { useCall } from '../shared/bridge-client';
import { extensionOf, gadgetExtension, useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { kpiClient } from './client';
import { draftOf } from './edit-draft';
import { EditForm } from './EditForm';

/** The KPI gadget's edit view: the form, filled from the saved configuration (or the defaults of a new gadget). */
export function EditApp() {
  const { context, failed } = useForgeContext();
  const options = useCall(kpiClient, 'getGadgetOptions', {});
  if ((!context && !failed) || (!options.data && !options.error)) return <Loading label={t('kpi.loading')} />;
  if (!options.data) return options.error ? <ErrorMessage error={options.error} onRetry={options.reload} /> : null;
  const stored = extensionOf(context, gadgetExtension)?.gadgetConfiguration ?? {};
  return (
    <Box padding="space.100">
      <EditForm options={options.data} initial={draftOf(stored, options.data.catalogue)} />
    </Box>
  );
}
