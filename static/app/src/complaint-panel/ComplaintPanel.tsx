import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense, useCallback, useState } from 'react';
import type { ComplaintOperationInput, ComplaintView } from '#register/contract';
import type { CallError, CallResult } from '#kernel/contract';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { useIssueChanged } from '../shared/issue-events';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { QuietButton } from '../shared/ui/QuietButton';
import { StatusLozenge } from '../shared/ui/StatusLozenge';
import { Analysis } from './Analysis';
import { complaintClient } from './client';
import { MeasureList } from './MeasureList';

/** The forms load when someone is about to change something, not with the panel. */
const MeasureForm = lazy(() => import('./MeasureForm').then((m) => ({ default: m.MeasureForm })));

export type ChangeResult = CallResult<{ complaint: ComplaintView; saved: boolean }>;
export type Apply = (operation: ComplaintOperationInput) => Promise<ChangeResult>;

/** The newer of two views of the complaint (a change's answer, or a reload). */
const newer = (a: ComplaintView | undefined, b: ComplaintView | undefined): ComplaintView | undefined =>
  !a ? b : !b ? a : b.record.revision > a.record.revision ? b : a;

/**
 * "Complaint measures" on a Complaint: the rule on resolving it, its measures (add, edit, close,
 * cancel, reopen), its root cause, the customer's response and its escalations. Every change is
 * one operation the backend applies to the complaint as it is now; when someone else's change
 * collides with it, the panel says so and shows the complaint as it is.
 */
export function ComplaintPanel({ issueKey }: { issueKey: string }) {
  const state = useCall(complaintClient, 'getComplaint', { issueKey });
  const [latest, setLatest] = useState<ComplaintView | undefined>(undefined);
  const [conflict, setConflict] = useState<CallError | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  useIssueChanged(state.reload);
  const complaint = newer(state.data, latest);

  const apply: Apply = useCallback(
    async (operation) => {
      const result = await complaintClient.call('changeComplaint', { issueKey, operation });
      if (result.ok) {
        // The property shows nowhere else on the issue view, so the view itself need not refresh.
        setLatest(result.data.complaint);
        setConflict(undefined);
      } else if (result.error.code === 'CONFLICT') {
        setConflict(result.error);
        state.reload();
      }
      return result;
    },
    [issueKey, state],
  );

  if (!complaint) return state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : <Loading />;
  if (!complaint.isComplaint) {
    return (
      <Box padding="space.100" testId="complaint-not-complaint">
        <Text color="color.text.subtle">{t('complaint.notComplaint')}</Text>
      </Box>
    );
  }
  const { record } = complaint;
  const overdue = complaint.overdueMeasureIds.length;
  return (
    <Stack space="space.200" testId="complaint-panel">
      {conflict ? (
        <div role="alert" data-testid="complaint-conflict">
          <Stack space="space.050">
            <Text weight="semibold">{t('complaint.conflict.title')}</Text>
            <Text>{conflict.message}</Text>
          </Stack>
        </div>
      ) : null}
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="medium" testId="complaint-summary">
          {record.measures.length === 0 ? t('complaint.summary.none') : t('complaint.summary', { open: record.openMeasures, total: record.measures.length })}
        </Text>
        {overdue > 0 ? <StatusLozenge appearance="removed">{t('complaint.overdueCount', { count: overdue })}</StatusLozenge> : null}
      </Inline>
      <ResolutionRule complaint={complaint} />
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Text size="small" weight="semibold" color="color.text.subtle" as="strong">
            {t('complaint.measures')}
          </Text>
          {complaint.canEdit && !adding ? (
            <QuietButton onClick={() => setAdding(true)} testId="add-measure">
              {t('complaint.addMeasure')}
            </QuietButton>
          ) : null}
        </Inline>
        {adding ? (
          <Suspense fallback={<Loading />}>
            <MeasureForm issueKey={issueKey} complaint={complaint} apply={apply} onDone={() => setAdding(false)} />
          </Suspense>
        ) : null}
        <MeasureList complaint={complaint} issueKey={issueKey} apply={apply} />
      </Stack>
      <Analysis complaint={complaint} issueKey={issueKey} apply={apply} />
    </Stack>
  );
}

function ResolutionRule({ complaint }: { complaint: ComplaintView }) {
  const { resolution } = complaint;
  if (complaint.resolved) return null;
  const text = !resolution.ruleOn
    ? t('complaint.rule.off')
    : resolution.allowed
      ? t('complaint.rule.allowed')
      : resolution.reason === 'corrective-measure-open'
        ? t('complaint.rule.corrective-measure-open', { count: resolution.openCorrective })
        : t('complaint.rule.no-corrective-measure');
  return (
    <Inline space="space.100" alignBlock="center" testId="complaint-rule">
      <StatusLozenge appearance={!resolution.ruleOn || resolution.allowed ? 'success' : 'moved'}>
        {resolution.allowed || !resolution.ruleOn ? '✓' : '!'}
      </StatusLozenge>
      <Text size="small">{text}</Text>
    </Inline>
  );
}
