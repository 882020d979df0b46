import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ProvisioningReport } from '#provisioning/contract';
import { t } from '../../shared/i18n';

/** When the app was last set up, by whom, and how it went; its report one click away. */
export function LastRun({ run, onShow }: { run: ProvisioningReport | null; onShow?: () => void }) {
  return (
    <Stack space="space.100" testId="last-run">
      <Heading size="small">{t('admin.overview.lastRun')}</Heading>
      <Text as="p" color="color.text.subtle">
        {run
          ? t('admin.overview.lastRun.summary', {
              finishedAt: new Date(run.finishedAt).toLocaleString(),
              startedBy: run.startedBy,
              done: run.counts.done,
              skipped: run.counts.skipped,
              failed: run.counts.failed,
              needsAdmin: run.counts.needsAdmin,
            })
          : t('admin.overview.lastRun.none')}
      </Text>
      {run && onShow ? (
        <Inline>
          <Button onClick={onShow} testId="last-run-show">
            {t('admin.overview.lastRun.show')}
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}
