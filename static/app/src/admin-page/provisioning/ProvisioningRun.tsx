import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminOverview, ProvisioningReport } from '../../../../../src/contract/admin';
import { useAction } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { adminClient } from '../client';
import { StepHeading } from '../StepHeading';
import { projectList } from './areas';
import { ReportItems } from './ItemList';

/**
 * Runs provisioning once when shown, then reports item by item what was done, what was already in
 * place, what failed and what was not attempted. An unfinished run offers "Run again", which
 * continues where the last run stopped.
 */
export function ProvisioningRun({
  projectIds,
  projectKeys,
  issueTypes,
  onBack,
}: {
  projectIds: readonly string[];
  projectKeys: readonly string[];
  issueTypes: AdminOverview['issueTypes'];
  onBack: () => void;
}) {
  const action = useAction(adminClient, 'runProvisioning');
  const [report, setReport] = useState<ProvisioningReport | undefined>(undefined);
  const started = useRef(false);
  const names = projectList(projectKeys, t('admin.list.and'));

  const run = useCallback(async () => {
    setReport(undefined);
    const result = await action.run({ projectIds: [...projectIds] });
    if (result.ok) setReport(result.data);
  }, [action.run, projectIds]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run();
  }, [run]);

  const again = () => void run();

  const body = (() => {
    if (action.pending || (!report && !action.error)) return <Loading label={t('admin.run.running', { projects: names })} />;
    if (!report) {
      return (
        <Stack space="space.200">
          {action.error ? <ErrorMessage error={action.error} /> : null}
          <Inline space="space.100">
            <Button onClick={onBack}>{t('admin.run.back')}</Button>
            <Button appearance="primary" onClick={again} testId="run-again">
              {t('admin.run.again')}
            </Button>
          </Inline>
        </Stack>
      );
    }
    const { counts } = report;
    return (
      <Stack space="space.300">
        {report.complete ? (
          <SectionMessage appearance="success" title={t('admin.run.complete.title', { projects: names })} testId="run-complete">
            <Text as="p">{t('admin.run.complete.body', { done: counts.done, skipped: counts.skipped, writes: report.writes })}</Text>
          </SectionMessage>
        ) : (
          <SectionMessage
            appearance="warning"
            title={t('admin.run.incomplete.title')}
            testId="run-incomplete"
            actions={[
              <SectionMessageAction key="again" onClick={again}>
                {t('admin.run.again')}
              </SectionMessageAction>,
            ]}
          >
            <Text as="p">{t('admin.run.incomplete.body', { done: counts.done, skipped: counts.skipped, failed: counts.failed, notAttempted: counts.notAttempted })}</Text>
          </SectionMessage>
        )}
        <ReportItems items={report.items} issueTypes={issueTypes} />
        <Inline space="space.100">
          <Button appearance={report.complete ? 'primary' : 'default'} onClick={onBack} testId="run-back">
            {t('admin.run.back')}
          </Button>
          {report.complete ? null : (
            <Button appearance="primary" onClick={again} testId="run-again">
              {t('admin.run.again')}
            </Button>
          )}
        </Inline>
      </Stack>
    );
  })();

  return (
    <Stack space="space.200" testId="provisioning-run">
      <StepHeading>{t('admin.run.title')}</StepHeading>
      <div aria-live="polite">{body}</div>
    </Stack>
  );
}
