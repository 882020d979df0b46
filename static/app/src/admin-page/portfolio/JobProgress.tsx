import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import ProgressBar from '@atlaskit/progress-bar';
import { t } from '../../shared/i18n';

/** A job's progress while it runs, or why it stopped. */
export function JobProgress({
  run,
  label,
}: {
  run: { status: string; progress: { done: number; total: number; label: string }; error: string | null };
  label: string;
}) {
  if (run.status === 'failed' && run.error) return <Text color="color.text.danger">{t('portfolio.admin.failed', { error: run.error })}</Text>;
  if (run.status !== 'queued' && run.status !== 'running') return null;
  const value = run.progress.total > 0 ? Math.min(1, run.progress.done / run.progress.total) : 0;
  return (
    <Stack space="space.050">
      <ProgressBar value={value} ariaLabel={label} isIndeterminate={run.progress.total === 0} />
      <Text size="small" color="color.text.subtle">
        {t('portfolio.admin.jobStatus', { label: run.progress.label })}
      </Text>
    </Stack>
  );
}
