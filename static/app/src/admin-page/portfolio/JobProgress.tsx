import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import ProgressBar from '@atlaskit/progress-bar';
import { t } from '../../shared/i18n';

/**
 * A job's progress while it runs, or why it stopped. `status` says how far it is, in the viewer's
 * language (the section words it from the job's numbers); before the first step, it is starting.
 */
export function JobProgress({
  run,
  label,
  status,
}: {
  run: { status: string; progress: { done: number; total: number; label: string }; error: string | null };
  label: string;
  status: string;
}) {
  if (run.status === 'failed' && run.error) return <Text color="color.text.danger">{t('portfolio.admin.failed', { error: run.error })}</Text>;
  if (run.status !== 'queued' && run.status !== 'running') return null;
  const value = run.progress.total > 0 ? Math.min(1, run.progress.done / run.progress.total) : 0;
  return (
    <Stack space="space.050">
      <ProgressBar value={value} ariaLabel={label} isIndeterminate={run.progress.total === 0} />
      <Text size="small" color="color.text.subtle">
        {run.progress.done === 0 ? t('portfolio.admin.starting') : status}
      </Text>
    </Stack>
  );
}
