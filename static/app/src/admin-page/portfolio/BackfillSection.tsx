import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useCallback } from 'react';
import { SKIP_REASONS, type BackfillRunView } from '#portfolio/contract';
import { useAction, useCall } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { formatList } from '../../shared/portfolio/labels';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { portfolioAdminClient } from './client';
import { JobProgress } from './JobProgress';
import { isRunning, usePolledJob } from './usePolledJob';

/** Filling Customer on existing tickets: start, follow, and the report of what was filled and what was skipped, and why. */
export function BackfillSection() {
  const last = useCall(portfolioAdminClient, 'getCustomerBackfill', { jobId: null });
  const poll = useCallback((jobId: string) => portfolioAdminClient.call('getCustomerBackfill', { jobId }), []);
  const [run, setRun] = usePolledJob<BackfillRunView>(last.data?.run ?? null, poll);
  const starting = useAction(portfolioAdminClient, 'startCustomerBackfill');
  const cancelling = useAction(portfolioAdminClient, 'cancelCustomerBackfill');
  const start = async () => {
    const result = await starting.run({ projectIds: [] });
    if (result.ok) setRun(result.data.run);
  };
  const stop = async () => {
    if (!run) return;
    const result = await cancelling.run({ jobId: run.jobId });
    if (result.ok) setRun(result.data.run);
  };
  const result = run?.result;
  return (
    <Stack space="space.100" testId="portfolio-backfill">
      <Heading size="small" as="h3">
        {t('portfolio.admin.backfill')}
      </Heading>
      <Text color="color.text.subtle">{t('portfolio.admin.backfillIntro')}</Text>
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void start()} isDisabled={isRunning(run)} isLoading={starting.pending} testId="start-backfill">
          {t('portfolio.admin.backfillStart')}
        </Button>
        {isRunning(run) && <Button onClick={() => void stop()}>{t('portfolio.admin.backfillCancel')}</Button>}
      </Inline>
      {starting.error && <ErrorMessage error={starting.error} />}
      {run && (
        <JobProgress
          run={run}
          label={t('portfolio.admin.backfill')}
          status={t('portfolio.admin.backfillProgress', {
            scanned: run.result?.scanned ?? run.progress.done,
            filled: run.result?.filled ?? 0,
            skipped: SKIP_REASONS.reduce((sum, r) => sum + (run.result?.skipped[r] ?? 0), 0),
          })}
        />
      )}
      {result && (
        <Stack space="space.050" testId="backfill-report">
          <Text>{t('portfolio.admin.backfillReport', { filled: result.filled, scanned: result.scanned })}</Text>
          <ul style={{ margin: 0 }} aria-label={t('portfolio.admin.skipped')}>
            {SKIP_REASONS.filter((r) => result.skipped[r] > 0).map((r) => (
              <li key={r}>
                <Text>{t('portfolio.admin.skipCount', { reason: t(`portfolio.admin.skip.${r}`), count: result.skipped[r] })}</Text>
              </li>
            ))}
          </ul>
          {result.examples.length > 0 && (
            <details>
              <summary>{t('portfolio.admin.examples')}</summary>
              <ul>
                {result.examples.map((e) => (
                  <li key={e.key}>
                    <Text size="small">
                      {e.organizations.length > 0
                        ? t('portfolio.admin.exampleOrganizations', {
                            key: e.key,
                            reason: t(`portfolio.admin.skip.${e.reason}`),
                            organizations: formatList(e.organizations),
                          })
                        : t('portfolio.admin.example', { key: e.key, reason: t(`portfolio.admin.skip.${e.reason}`) })}
                    </Text>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Stack>
      )}
    </Stack>
  );
}
