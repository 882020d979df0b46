import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense, useState } from 'react';
import type { ComplaintView } from '#register/contract';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { QuietButton } from '../shared/ui/QuietButton';
import { StatusLozenge } from '../shared/ui/StatusLozenge';
import type { Apply } from './ComplaintPanel';
import { shortDate } from './format';

const AnalysisForm = lazy(() => import('./AnalysisForm').then((m) => ({ default: m.AnalysisForm })));
const EscalateForm = lazy(() => import('./EscalateForm').then((m) => ({ default: m.EscalateForm })));

/** The complaint's root cause, the customer's response to the resolution, and its escalations. */
export function Analysis({ complaint, issueKey, apply }: { complaint: ComplaintView; issueKey: string; apply: Apply }) {
  const [editing, setEditing] = useState<'analysis' | 'escalate' | undefined>(undefined);
  const { record } = complaint;
  const name = (accountId: string | null): string =>
    accountId === null ? t('complaint.escalation.nobody') : accountId === 'app' ? t('complaint.app') : (complaint.people[accountId] ?? accountId);
  return (
    <Stack space="space.150" testId="complaint-analysis">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Text size="small" weight="semibold" color="color.text.subtle" as="strong">
          {t('complaint.analysis')}
        </Text>
        {complaint.canEdit && editing !== 'analysis' ? (
          <QuietButton onClick={() => setEditing('analysis')} testId="analysis-edit">
            {t('complaint.rootCause.edit')}
          </QuietButton>
        ) : null}
      </Inline>
      {editing === 'analysis' ? (
        <Suspense fallback={<Loading />}>
          <AnalysisForm complaint={complaint} apply={apply} onDone={() => setEditing(undefined)} />
        </Suspense>
      ) : (
        <Stack space="space.100">
          <Stack space="space.025">
            <Text size="small" color="color.text.subtle">
              {t('complaint.rootCause')}
            </Text>
            <Text testId="complaint-root-cause">{record.rootCause ?? t('complaint.rootCause.none')}</Text>
          </Stack>
          <Stack space="space.025">
            <Text size="small" color="color.text.subtle">
              {t('complaint.response')}
            </Text>
            <Inline>
              <StatusLozenge
                appearance={record.response === 'disputed' ? 'removed' : record.response === 'accepted' ? 'success' : 'default'}
                testId="complaint-response"
              >
                {t(`complaint.response.${record.response}`)}
              </StatusLozenge>
            </Inline>
          </Stack>
        </Stack>
      )}
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Text size="small" color="color.text.subtle">
            {t('complaint.escalations')}
          </Text>
          {complaint.canEdit && editing !== 'escalate' ? (
            <QuietButton onClick={() => setEditing('escalate')} testId="escalate">
              {t('complaint.escalate')}
            </QuietButton>
          ) : null}
        </Inline>
        {editing === 'escalate' ? (
          <Suspense fallback={<Loading />}>
            <EscalateForm issueKey={issueKey} apply={apply} onDone={() => setEditing(undefined)} />
          </Suspense>
        ) : null}
        {record.escalations.length === 0 ? <Text>{t('complaint.escalations.none')}</Text> : null}
        {record.escalations.map((e) => (
          <Text key={e.id} size="small">
            {t(`complaint.escalation.${e.kind}`, { name: name(e.toAccountId), by: name(e.by), date: shortDate(e.at) })}
            {e.note ? ` — ${e.note}` : ''}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
