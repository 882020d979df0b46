import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { useEffect } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { useAction, useCall } from '../../../shared/bridge-client';
import { t } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { day, Panel, percent } from '../controls';
import { CsatChart } from './CsatChart';

const noInput = emptyInput.parse({});
const none = () => t('surveys.results.none');
const fixed = (value: number | null, digits = 1): string => (value === null ? none() : value.toFixed(digits));

/** Twelve months of results (sent, answered, response rate, CSAT, NPS, CES), by month, and the rebuild of the numbers. */
export function ResultsView() {
  const overview = useCall(surveyAdminClient, 'getSurveyOverview', noInput);
  const rebuild = useAction(surveyAdminClient, 'rebuildSurveyAggregates');
  const running = overview.data?.rebuild && (overview.data.rebuild.status === 'queued' || overview.data.rebuild.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(overview.reload, 2000);
    return () => clearTimeout(timer);
  }, [running, overview.data, overview.reload]);
  if (!overview.data) return overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : <Loading />;
  const { totals, byMonth } = overview.data;
  const last = overview.data.rebuild;
  const stats = [
    { label: t('surveys.results.sent'), value: String(totals.sent), help: '' },
    { label: t('surveys.results.answered'), value: String(totals.answered), help: '' },
    {
      label: t('surveys.results.responseRate'),
      value: percent(totals.responseRate) === null ? none() : t('surveys.results.percent', { value: percent(totals.responseRate) ?? '' }),
      help: '',
    },
    {
      label: t('surveys.results.csat'),
      value: percent(totals.csat) === null ? none() : t('surveys.results.percent', { value: percent(totals.csat) ?? '' }),
      help: t('surveys.results.csatHelp', { mean: fixed(totals.overallMean) }),
    },
    { label: t('surveys.results.nps'), value: totals.nps === null ? none() : String(Math.round(totals.nps)), help: t('surveys.results.npsHelp') },
    { label: t('surveys.results.ces'), value: fixed(totals.ces), help: t('surveys.results.cesHelp') },
  ];
  return (
    <Stack space="space.300" testId="survey-results">
      <Text>{t('surveys.results.intro')}</Text>
      <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: token('space.200'), margin: 0 }}>
        {stats.map((s) => (
          <div key={s.label} style={{ border: `1px solid ${token('color.border')}`, borderRadius: 6, padding: token('space.150') }}>
            <dt style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{s.label}</dt>
            <dd style={{ margin: 0, font: token('font.heading.medium'), color: token('color.text') }} data-testid={`survey-stat-${s.label}`}>
              {s.value}
            </dd>
            {s.help ? <dd style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') }}>{s.help}</dd> : null}
          </div>
        ))}
      </dl>
      <CsatChart months={byMonth} />
      <table style={{ borderCollapse: 'collapse', font: token('font.body.small') }} data-testid="survey-months">
        <thead>
          <tr>
            {[
              t('surveys.results.table.month'),
              t('surveys.results.sent'),
              t('surveys.results.answered'),
              t('surveys.results.csat'),
              t('surveys.results.nps'),
              t('surveys.results.ces'),
            ].map((h) => (
              <th
                key={h}
                scope="col"
                style={{
                  textAlign: 'left',
                  padding: `${token('space.050')} ${token('space.150')}`,
                  borderBottom: `1px solid ${token('color.border')}`,
                  color: token('color.text.subtle'),
                }}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byMonth.map((m) => (
            <tr key={m.month}>
              {[
                m.month,
                String(m.sent),
                String(m.answered),
                percent(m.csat) === null ? none() : `${percent(m.csat)} %`,
                m.nps === null ? none() : String(Math.round(m.nps)),
                fixed(m.ces),
              ].map((cell, i) => (
                <td key={i} style={{ padding: `${token('space.050')} ${token('space.150')}`, color: token('color.text') }}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Panel testId="survey-rebuild">
        <Stack space="space.150">
          <Heading size="xsmall" as="h3">
            {t('surveys.results.rebuild.title')}
          </Heading>
          <Text>{t('surveys.results.rebuild.about')}</Text>
          {running && last ? (
            <Stack space="space.075">
              <Text>{t('surveys.results.rebuild.running', { label: last.progress.label })}</Text>
              <ProgressBar ariaLabel={t('surveys.results.rebuild.running', { label: last.progress.label })} isIndeterminate />
            </Stack>
          ) : last?.status === 'done' ? (
            <Text color="color.text.subtle">{t('surveys.results.rebuild.done', { date: day(last.finishedAt) })}</Text>
          ) : last?.status === 'failed' ? (
            <Text color="color.text.danger">{t('surveys.results.rebuild.failed', { error: last.error ?? '' })}</Text>
          ) : null}
          {rebuild.error ? <ErrorMessage error={rebuild.error} /> : null}
          <Inline>
            <Button
              isDisabled={Boolean(running)}
              isLoading={rebuild.pending}
              onClick={() => void rebuild.run(noInput).then((result) => result.ok && overview.reload())}
              testId="survey-rebuild-start"
            >
              {t('surveys.results.rebuild.start')}
            </Button>
          </Inline>
        </Stack>
      </Panel>
    </Stack>
  );
}
