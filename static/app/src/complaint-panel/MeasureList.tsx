import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense, useState } from 'react';
import type { ComplaintView } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { QuietButton } from '../shared/ui/QuietButton';
import { StatusLozenge, type LozengeAppearance } from '../shared/ui/StatusLozenge';
import type { Apply } from './ComplaintPanel';
import { shortDate } from './format';

const MeasureForm = lazy(() => import('./MeasureForm').then((m) => ({ default: m.MeasureForm })));

type Measure = ComplaintView['record']['measures'][number];

const STATUS_LOOK: Record<Measure['status'], LozengeAppearance> = { open: 'inprogress', done: 'success', cancelled: 'default' };

/** The complaint's measures, open ones first by due date, each with what may be done with it. */
export function MeasureList({ complaint, issueKey, apply }: { complaint: ComplaintView; issueKey: string; apply: Apply }) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ measureId: string; error: CallError } | undefined>(undefined);
  const measures = [...complaint.record.measures].sort((a, b) =>
    (a.status === 'open') !== (b.status === 'open') ? (a.status === 'open' ? -1 : 1) : a.dueDate.localeCompare(b.dueDate),
  );
  const name = (accountId: string | undefined): string =>
    accountId === undefined ? '' : accountId === 'app' ? t('complaint.app') : (complaint.people[accountId] ?? accountId);

  const act = async (measure: Measure, operation: Parameters<Apply>[0]) => {
    setBusy(measure.id);
    setError(undefined);
    const result = await apply(operation);
    setBusy(undefined);
    if (!result.ok && result.error.code !== 'CONFLICT') setError({ measureId: measure.id, error: result.error });
  };

  return (
    <Stack space="space.100">
      {measures.map((measure) => {
        const overdue = complaint.overdueMeasureIds.includes(measure.id);
        if (editing === measure.id) {
          return (
            <Suspense key={measure.id} fallback={<Loading />}>
              <MeasureForm issueKey={issueKey} complaint={complaint} apply={apply} measure={measure} onDone={() => setEditing(undefined)} />
            </Suspense>
          );
        }
        const label = { description: measure.description };
        return (
          <div
            key={measure.id}
            data-testid={`measure-${measure.id}`}
            style={{ borderTop: '1px solid var(--ds-border, #0b120e24)', paddingTop: 'var(--ds-space-100, 8px)' }}
          >
            <Stack space="space.050">
              <Inline space="space.075" alignBlock="center" shouldWrap>
                <StatusLozenge appearance={measure.type === 'corrective' ? 'new' : 'default'}>{t(`complaint.type.${measure.type}`)}</StatusLozenge>
                <StatusLozenge appearance={STATUS_LOOK[measure.status]} testId={`measure-status-${measure.id}`}>
                  {t(`complaint.status.${measure.status}`)}
                </StatusLozenge>
                {overdue ? <StatusLozenge appearance="removed">{t('complaint.overdue')}</StatusLozenge> : null}
              </Inline>
              <Text>{measure.description}</Text>
              <Text size="small" color="color.text.subtle">
                {[t('complaint.owner', { name: name(measure.ownerAccountId) }), t('complaint.due', { date: shortDate(measure.dueDate) })].join(' · ')}
              </Text>
              {measure.status !== 'open' && measure.closedBy ? (
                <Text size="small" color="color.text.subtlest">
                  {t('complaint.closedBy', {
                    status: t(`complaint.status.${measure.status}`),
                    name: name(measure.closedBy),
                    date: shortDate(measure.closedAt),
                  })}
                </Text>
              ) : null}
              {complaint.canEdit ? (
                <Inline space="space.050" shouldWrap>
                  {measure.status === 'open' ? (
                    <>
                      <QuietButton
                        disabled={busy !== undefined}
                        onClick={() => void act(measure, { kind: 'closeMeasure', measureId: measure.id, revision: measure.revision, outcome: 'done' })}
                        aria-label={t('complaint.markDoneLabel', label)}
                        testId={`measure-done-${measure.id}`}
                      >
                        {t('complaint.markDone')}
                      </QuietButton>
                      <QuietButton
                        disabled={busy !== undefined}
                        onClick={() => setEditing(measure.id)}
                        aria-label={t('complaint.editLabel', label)}
                        testId={`measure-edit-${measure.id}`}
                      >
                        {t('complaint.edit')}
                      </QuietButton>
                      <QuietButton
                        disabled={busy !== undefined}
                        onClick={() => void act(measure, { kind: 'closeMeasure', measureId: measure.id, revision: measure.revision, outcome: 'cancelled' })}
                        aria-label={t('complaint.cancelMeasureLabel', label)}
                        testId={`measure-cancel-${measure.id}`}
                      >
                        {t('complaint.cancelMeasure')}
                      </QuietButton>
                    </>
                  ) : (
                    <QuietButton
                      disabled={busy !== undefined}
                      onClick={() => void act(measure, { kind: 'reopenMeasure', measureId: measure.id, revision: measure.revision })}
                      aria-label={t('complaint.reopenLabel', label)}
                      testId={`measure-reopen-${measure.id}`}
                    >
                      {t('complaint.reopen')}
                    </QuietButton>
                  )}
                </Inline>
              ) : null}
              {error?.measureId === measure.id ? (
                <Text color="color.text.danger" as="p">
                  <span role="alert">{error.error.message}</span>
                </Text>
              ) : null}
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
}
