import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ProvisioningReport } from '../../../../../src/contract/admin';
import { t } from '../../shared/i18n';

/** When the app was last set up, by whom, and how it went. */
export function LastRun({ run }: { run: ProvisioningReport | null }) {
  return (
    <Stack space="space.100">
      <Heading size="small">{t('admin.overview.lastRun')}</Heading>
      <Text as="p" color="color.text.subtle">
        {run
          ? t('admin.overview.lastRun.summary', {
              finishedAt: new Date(run.finishedAt).toLocaleString(),
              startedBy: run.startedBy,
              done: run.counts.done,
              skipped: run.counts.skipped,
              failed: run.counts.failed,
            })
          : t('admin.overview.lastRun.none')}
      </Text>
    </Stack>
  );
}
