import '../shared/i18n/admin';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { lazy, Suspense, useState } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { useCall } from '../shared/bridge-client';
import { useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { CatalogueTab } from './catalogue/CatalogueTab';
import { PortfolioTab } from './portfolio/PortfolioTab';
import { adminClient } from './client';
import { SetupTab } from './provisioning/SetupTab';
import { SiteUrl } from './SettingsLink';
import { Tabs } from './Tabs';

const noInput = emptyInput.parse({});

/** The Surveys tab loads its code (and its strings) when an admin first opens it. */
const SurveysTab = lazy(() => import('./surveys/SurveysTab').then((m) => ({ default: m.SurveysTab })));

type TabKey = 'setup' | 'catalogue' | 'portfolio' | 'surveys';

/**
 * The app's admin page in Jira settings: setting BRM up in service projects, and the service
 * catalogue. Only Jira admins get past the first call; anyone else reads why.
 */
export function App() {
  const overview = useCall(adminClient, 'getOverview', noInput);
  const { context } = useForgeContext();
  const [tab, setTab] = useState<TabKey>('setup');

  const content = (() => {
    if (!overview.data) return overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : <Loading />;
    return (
      <Tabs
        label={t('admin.tabs')}
        tabs={[
          {
            key: 'setup',
            label: t('admin.tab.setup'),
            panel: <SetupTab overview={overview.data} loading={overview.loading} error={overview.error} reload={overview.reload} />,
          },
          { key: 'catalogue', label: t('admin.tab.catalogue'), panel: <CatalogueTab /> },
          { key: 'portfolio', label: t('portfolio.admin.tab'), panel: <PortfolioTab /> },
          {
            key: 'surveys',
            label: t('admin.tab.surveys'),
            panel: (
              <Suspense fallback={<Loading />}>
                <SurveysTab />
              </Suspense>
            ),
          },
        ]}
        selected={tab}
        onSelect={setTab}
      />
    );
  })();

  return (
    <SiteUrl.Provider value={context?.siteUrl}>
      <Box padding="space.300">
        <Stack space="space.300">
          <Heading size="large" as="h1">
            {t('admin.title')}
          </Heading>
          {content}
        </Stack>
      </Box>
    </SiteUrl.Provider>
  );
}
