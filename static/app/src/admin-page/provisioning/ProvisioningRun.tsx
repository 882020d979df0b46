import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminOverview, ProvisioningRunView } from '#provisioning/contract';
import { useAction } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Checklist } from '../checklist/Checklist';
import { adminClient } from '../client';
import { StepHeading } from '../StepHeading';
import { projectList } from './areas';
import { ReportItems } from './ItemList';

/** How often the page asks how a run is going. */
const POLL_MS = 1000;

const isActive = (run: ProvisioningRunView): boolean => run.status === 'queued' || run.status === 'running';

/** What the run view starts from: projects to provision now, or a run already under way or ended. */
export type RunStart = { projectIds: readonly string[]; projectKeys: readonly string[] } | { run: ProvisioningRunView };

/**
 * A provisioning run: started when shown (or one already going on), polled while it runs with a
 * progress bar, then reported item by item: what was done, what was in place, what failed, what
 * was not attempted and what waits for an admin (with a link to the page where they do it). An
 * unfinished run offers "Run again", which plans again from what is in place.
 */
export function ProvisioningRun({
  start,
  issueTypes,
  teamManagedIds,
  onBack,
}: {
  start: RunStart;
  issueTypes: AdminOverview['issueTypes'];
  /** The team-managed projects of the run, whose manual steps are listed under the report. */
  teamManagedIds: readonly string[];
  onBack: () => void;
}) {
  const starting = useAction(adminClient, 'runProvisioning');
  const cancelling = useAction(adminClient, 'cancelProvisioning');
  const [run, setRun] = useState<ProvisioningRunView | undefined>('run' in start ? start.run : undefined);
  const [pollError, setPollError] = useState<string | undefined>(undefined);
  const started = useRef('run' in start);
  // "Run again" provisions the same projects, planned again from what is in place.
  const projectIds = 'projectIds' in start ? start.projectIds : start.run.projectIds;
  const names = projectList(run?.projectKeys ?? ('projectKeys' in start ? start.projectKeys : []), t('admin.list.and'));

  const startRun = starting.run;
  const begin = useCallback(async () => {
    if (projectIds.length === 0) return;
    setRun(undefined);
    const result = await startRun({ projectIds: [...projectIds] });
    if (result.ok) setRun(result.data);
  }, [startRun, projectIds]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void begin();
  }, [begin]);

  // While the run goes on, ask how it is going.
  const jobId = run?.jobId ?? null;
  const active = run !== undefined && isActive(run);
  useEffect(() => {
    if (!active || jobId === null) return;
    let live = true;
    const timer = setTimeout(() => {
      void adminClient.call('getProvisioningRun', { jobId }).then((result) => {
        if (!live) return;
        if (result.ok) {
          setRun(result.data);
          setPollError(undefined);
        } else {
          setPollError(result.error.message);
          setRun((current) => (current ? { ...current } : current));
        }
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, jobId, run]);

  const cancel = async () => {
    if (jobId === null) return;
    const result = await cancelling.run({ jobId });
    if (result.ok) setRun(result.data);
  };

  const body = (() => {
    if (!run) {
      if (starting.error) {
        return (
          <Stack space="space.200">
            <ErrorMessage error={starting.error} />
            <Inline space="space.100">
              <Button onClick={onBack}>{t('admin.run.back')}</Button>
              <Button appearance="primary" onClick={() => void begin()} testId="run-again">
                {t('admin.run.again')}
              </Button>
            </Inline>
          </Stack>
        );
      }
      return <Loading label={t('admin.run.starting', { projects: names })} />;
    }
    if (isActive(run)) return <RunProgress run={run} projects={names} pollError={pollError} cancelling={cancelling.pending} onCancel={() => void cancel()} />;
    return (
      <RunReport
        run={run}
        projects={names}
        issueTypes={issueTypes}
        teamManagedIds={teamManagedIds}
        onBack={onBack}
        onAgain={projectIds.length > 0 ? () => void begin() : undefined}
      />
    );
  })();

  return (
    <Stack space="space.200" testId="provisioning-run">
      <StepHeading>{run && !isActive(run) ? t('admin.run.title') : t('admin.run.titleRunning', { projects: names })}</StepHeading>
      {body}
    </Stack>
  );
}

function RunProgress({
  run,
  projects,
  pollError,
  cancelling,
  onCancel,
}: {
  run: ProvisioningRunView;
  projects: string;
  pollError?: string;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { done, total, label } = run.progress;
  return (
    <Stack space="space.200" testId="run-progress">
      {run.alreadyRunning ? (
        <SectionMessage appearance="information" testId="run-already">
          <Text as="p">{t('admin.run.alreadyRunning', { startedBy: run.startedBy, startedAt: new Date(run.startedAt).toLocaleString(), projects })}</Text>
        </SectionMessage>
      ) : null}
      <Stack space="space.075">
        <Text weight="medium" testId="run-progress-count">
          {run.status === 'queued' && done === 0 ? t('admin.run.queued') : t('admin.run.progress', { done, total })}
        </Text>
        <ProgressBar
          value={total > 0 ? done / total : 0}
          isIndeterminate={run.status === 'queued' && done === 0}
          ariaLabel={t('admin.run.progressLabel', { done, total })}
          testId="run-progress-bar"
        />
        {/* A polite live region: screen readers hear what the run is doing as it moves on. */}
        <div role="status" aria-live="polite" data-testid="run-progress-now">
          <Text size="small" color="color.text.subtle">
            {t('admin.run.now', { label })}
          </Text>
        </div>
      </Stack>
      <Text as="p" size="small" color="color.text.subtlest">
        {t('admin.run.background')}
      </Text>
      {pollError ? (
        <Text as="p" size="small" color="color.text.danger">
          {pollError}
        </Text>
      ) : null}
      <Inline>
        <Button onClick={onCancel} isDisabled={run.cancelRequested || cancelling} testId="run-cancel">
          {run.cancelRequested ? t('admin.run.cancelling') : t('admin.run.cancel')}
        </Button>
      </Inline>
    </Stack>
  );
}

function RunReport({
  run,
  projects,
  issueTypes,
  teamManagedIds,
  onBack,
  onAgain,
}: {
  run: ProvisioningRunView;
  projects: string;
  issueTypes: AdminOverview['issueTypes'];
  teamManagedIds: readonly string[];
  onBack: () => void;
  onAgain?: () => void;
}) {
  const { report } = run;
  if (!report) return <Text as="p">{t('admin.run.ended')}</Text>;
  const { counts } = report;
  const finished = run.status === 'done';
  const again = onAgain
    ? [
        <SectionMessageAction key="again" onClick={onAgain}>
          {t('admin.run.again')}
        </SectionMessageAction>,
      ]
    : [];
  return (
    <Stack space="space.300" testId="run-report">
      <div role="status" aria-live="polite">
        {finished ? (
          <SectionMessage appearance="success" title={t('admin.run.complete.title', { projects })} testId="run-complete">
            <Text as="p">
              {run.jobId === null
                ? t('admin.run.nothingToWrite')
                : t('admin.run.complete.body', { done: counts.done, skipped: counts.skipped, writes: report.writes })}
            </Text>
          </SectionMessage>
        ) : run.status === 'cancelled' ? (
          <SectionMessage appearance="information" title={t('admin.run.cancelled.title')} testId="run-cancelled" actions={again}>
            <Text as="p">{t('admin.run.cancelled.body', { done: counts.done })}</Text>
          </SectionMessage>
        ) : (
          <SectionMessage appearance="warning" title={t('admin.run.incomplete.title')} testId="run-incomplete" actions={again}>
            <Stack space="space.100">
              <Text as="p">
                {t('admin.run.incomplete.body', { done: counts.done, skipped: counts.skipped, failed: counts.failed, notAttempted: counts.notAttempted })}
              </Text>
              {run.error ? <Text as="p">{t('admin.run.failed', { error: run.error })}</Text> : null}
            </Stack>
          </SectionMessage>
        )}
      </div>
      {counts.needsAdmin > 0 ? (
        <SectionMessage appearance="warning" title={t('admin.run.needsAdmin.title', { count: counts.needsAdmin })} testId="run-needs-admin">
          <Text as="p">{t('admin.run.needsAdmin.body')}</Text>
        </SectionMessage>
      ) : null}
      <ReportItems items={report.items} issueTypes={issueTypes} />
      {teamManagedIds.length > 0 ? <Checklist projectIds={teamManagedIds} /> : null}
      <Inline space="space.100">
        <Button appearance={finished ? 'primary' : 'default'} onClick={onBack} testId="run-back">
          {t('admin.run.back')}
        </Button>
        {finished || !onAgain ? null : (
          <Button appearance="primary" onClick={onAgain} testId="run-again">
            {t('admin.run.again')}
          </Button>
        )}
      </Inline>
    </Stack>
  );
}
