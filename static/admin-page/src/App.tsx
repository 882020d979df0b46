import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import { t } from '../../shared/i18n';
import { Overview } from './overview/Overview';

/** The app's admin page in Jira settings. */
export function App() {
  return (
    <Box padding="space.300">
      <Stack space="space.300">
        <Heading size="large">{t('admin.title')}</Heading>
        <section aria-label={t('admin.tab.overview')}>
          <Overview />
        </section>
      </Stack>
    </Box>
  );
}
