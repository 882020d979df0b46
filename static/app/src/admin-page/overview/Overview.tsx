import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { AdminOverview, ProvisioningRunView } from '#provisioning/contract';
import type { CallError } from '#kernel/contract';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Attention } from './Attention';
import { LastRun } from './LastRun';
import { NamesLanguage } from './NamesLanguage';
import { ProjectTable, type ProjectSelection } from './ProjectTable';
import { ProvidedItems } from './ProvidedItems';

/**
 * The admin overview: which service projects have BRM, a checkbox to choose the ones to set up,
 * the last set-up run and what setting up adds.
 */
export function Overview({
  overview,
  loading,
  error,
  reload,
  selection,
  onReview,
  onShowRun,
}: {
  overview: AdminOverview;
  loading: boolean;
  error?: CallError;
  reload: () => void;
  selection: ProjectSelection;
  onReview: () => void;
  /** Opens a run: the one going on, or the last one's report. */
  onShowRun: (run: ProvisioningRunView) => void;
}) {
  const { projects, issueTypes, requestTypes, fields, lastRun, run, namesLanguage } = overview;
  const running = run !== null && (run.status === 'queued' || run.status === 'running');
  const provisioned = projects.filter((p) => p.provisioned).length;
  const chosen = projects.filter((p) => selection.chosen.has(p.id)).length;
  return (
    <Stack space="space.300" testId="admin-overview">
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {running ? (
        <SectionMessage
          appearance="information"
          testId="overview-run-active"
          actions={[
            <SectionMessageAction key="show" onClick={() => onShowRun(run)}>
              {t('admin.overview.run.show')}
            </SectionMessageAction>,
          ]}
        >
          <Text as="p">{t('admin.overview.run.active', { done: run.progress.done, total: run.progress.total })}</Text>
        </SectionMessage>
      ) : null}
      <Text as="p">{t('admin.overview.intro')}</Text>
      <Stack space="space.100">
        <Heading size="medium" as="h2">
          {t('admin.overview.projects')}
        </Heading>
        {projects.length > 0 ? <Text as="p">{t('admin.overview.summary', { provisioned, total: projects.length })}</Text> : null}
        {projects.length > 0 ? (
          <Text as="p" color="color.text.subtle">
            {t('admin.choose.hint')}
          </Text>
        ) : null}
        <ProjectTable projects={projects} loading={loading} selection={selection} />
        {projects.length > 0 ? (
          <Inline space="space.150" alignBlock="center">
            <Button appearance="primary" isDisabled={chosen === 0} onClick={onReview} testId="review-plan">
              {t('admin.choose.review')}
            </Button>
            <Text color="color.text.subtle" testId="chosen-count">
              {t('admin.choose.selected', { count: chosen })}
            </Text>
          </Inline>
        ) : null}
      </Stack>
      <Attention projects={projects} />
      <LastRun run={lastRun} onShow={run !== null && !running ? () => onShowRun(run) : undefined} />
      <ProvidedItems issueTypes={issueTypes} requestTypes={requestTypes} fields={fields} />
      <NamesLanguage value={namesLanguage} onChanged={reload} />
    </Stack>
  );
}
