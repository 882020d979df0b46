import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { emptyInput } from '../../../../src/contract/common';
import { useCall } from '../../../shared/bridge-client';
import { t } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { adminClient } from '../client';
import { LastRun } from './LastRun';
import { ProjectTable } from './ProjectTable';
import { ProvidedItems } from './ProvidedItems';

const noInput = emptyInput.parse({});

/** The admin overview: which service projects have BRM, and what setting it up adds. */
export function Overview() {
  const overview = useCall(adminClient, 'getOverview', noInput);
  if (overview.loading && !overview.data) return <Loading />;
  if (!overview.data) return overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : <Loading />;
  const { projects, issueTypes, requestTypes, fields, lastRun } = overview.data;
  const provisioned = projects.filter((p) => p.provisioned).length;
  return (
    <Stack space="space.300" testId="admin-overview">
      {overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : null}
      <Text as="p">{t('admin.overview.intro')}</Text>
      <Stack space="space.100">
        <Heading size="medium">{t('admin.overview.projects')}</Heading>
        {projects.length > 0 ? <Text as="p">{t('admin.overview.summary', { provisioned, total: projects.length })}</Text> : null}
        <ProjectTable projects={projects} loading={overview.loading} />
      </Stack>
      <LastRun run={lastRun} />
      <ProvidedItems issueTypes={issueTypes} requestTypes={requestTypes} fields={fields} />
    </Stack>
  );
}
