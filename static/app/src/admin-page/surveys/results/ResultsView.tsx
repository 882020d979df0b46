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
import { currentLocale, t } from '../../../shared/i18n';
import { formatMonth, formatNumber } from '../../../shared/i18n/format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { day, Panel, percent } from '../controls';
import { cellStyle, SurveyTable } from '../SurveyTable';
import { CsatChart } from './CsatChart';

const noInput = emptyInput.parse({});
const none = () => t('surveys.results.none');
const fixed = (value: number | null, digits = 1): string =>
  value === null ? none() : formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const whole = (value: number | null): string => (value === null ? none() : formatNumber(Math.round(value)));

/** Twelve months of results (sent, answered, response rate, CSAT, NPS, CES), by month, and the rebuild of the numbers. */
export function ResultsView() {
  const overview = useCall(surveyAdminClient, 'getSurveyOverview', { locale: currentLocale() });
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
    { id: 'sent', label: t('surveys.results.sent'), value: whole(totals.sent), help: '' },
    { id: 'answered', label: t('surveys.results.answered'), value: whole(totals.answered), help: '' },
    { id: 'response-rate', label: t('surveys.results.responseRate'), value: percent(totals.responseRate) ?? none(), help: '' },
    {
      id: 'csat',
      label: t('surveys.results.csat'),
      value: percent(totals.csat) ?? none(),
      help: t('surveys.results.csatHelp', { mean: fixed(totals.overallMean) }),
    },
    { id: 'nps', label: t('surveys.results.nps'), value: whole(totals.nps), help: t('surveys.results.npsHelp') },
    { id: 'ces', label: t('surveys.results.ces'), value: fixed(totals.ces), help: t('surveys.results.cesHelp') },
  ];
  return (
    <Stack space="space.300" testId="survey-results">
      <Text>{t('surveys.results.intro')}</Text>
      <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: token('space.200'), margin: 0 }}>
        {stats.map((s) => (
          <div key={s.id} style={{ border: `1px solid ${token('color.border')}`, borderRadius: 6, padding: token('space.150') }}>
            <dt style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{s.label}</dt>
            <dd style={{ margin: 0, font: token('font.heading.medium'), color: token('color.text') }} data-testid={`survey-stat-${s.id}`}>
              {s.value}
            </dd>
            {s.help ? <dd style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') }}>{s.help}</dd> : null}
          </div>
        ))}
      </dl>
      <CsatChart months={byMonth} />
      <SurveyTable
        columns={[
          t('surveys.results.table.month'),
          t('surveys.results.sent'),
          t('surveys.results.answered'),
          t('surveys.results.csat'),
          t('surveys.results.nps'),
          t('surveys.results.ces'),
        ]}
        spacing="figures"
        small
        testId="survey-months"
      >
        {byMonth.map((m) => (
          <tr key={m.month}>
            {[formatMonth(m.month), whole(m.sent), whole(m.answered), percent(m.csat) ?? none(), whole(m.nps), fixed(m.ces)].map((value, i) => (
              <td key={i} style={cellStyle('figures')}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </SurveyTable>
      <Panel testId="survey-rebuild">
        <Stack space="space.150">
          <Heading size="xsmall" as="h3">
            {t('surveys.results.rebuild.title')}
          </Heading>
          <Text>{t('surveys.results.rebuild.about')}</Text>
          {running && last ? (
            <Stack space="space.075">
              <Text>{t('surveys.results.rebuild.running', { count: last.progress.done })}</Text>
              <ProgressBar ariaLabel={t('surveys.results.rebuild.running', { count: last.progress.done })} isIndeterminate />
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
