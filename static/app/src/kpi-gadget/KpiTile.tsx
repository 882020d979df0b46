import type { KpiResult } from '#kpi/contract';
import { t } from '../shared/i18n';
import { DrillLink } from './DrillLink';
import { formatValue } from './format';
import { FormulaTip, Status, Trend } from './Indicators';
import { Sparkline } from './Sparkline';

export interface TileContext {
  locale: string;
  siteUrl: string;
  compare: boolean;
}

/** Why a KPI has no value, in words, with Jira's own where it gave some. */
export function ReasonText({ kpi }: { kpi: KpiResult }) {
  if (!kpi.reason) return null;
  return (
    <p className="kpi-message" data-testid={`reason-${kpi.id}`} data-reason={kpi.reason}>
      {t(`kpi.reason.${kpi.reason}`)}
      {kpi.detail && kpi.reason === 'jira-refused' ? <span className="kpi-visually-hidden"> {t('kpi.reason.detail', { detail: kpi.detail })}</span> : null}
    </p>
  );
}

export const sparklineLabel = (kpi: KpiResult, locale: string): string =>
  t('kpi.sparkline', { label: kpi.label, count: kpi.history.length, values: kpi.history.map((h) => formatValue(h.value, kpi.unit, locale)).join(', ') });

/** One KPI as a tile: value (linked to its issues), trend, status, target, sparkline, formula. */
export function KpiTile({ kpi, context }: { kpi: KpiResult; context: TileContext }) {
  const value = formatValue(kpi.value, kpi.unit, context.locale);
  return (
    <li className="kpi-tile" data-testid={`kpi-${kpi.id}`} data-state={kpi.state}>
      <h3 className="kpi-label">
        <span>{kpi.label}</span>
        <FormulaTip formula={kpi.formula} />
      </h3>
      {kpi.state === 'ok' ? (
        <>
          {kpi.drillDownJql ? (
            <DrillLink jql={kpi.drillDownJql} siteUrl={context.siteUrl} className="kpi-value" label={kpi.label}>
              <span data-testid={`value-${kpi.id}`}>{value}</span>
            </DrillLink>
          ) : (
            <p className="kpi-value" data-testid={`value-${kpi.id}`}>
              {value}
            </p>
          )}
          {kpi.value === null ? <p className="kpi-message">{t('kpi.noData')}</p> : null}
          <div className="kpi-row">
            {context.compare ? <Trend kpi={kpi} locale={context.locale} /> : null}
            <Status status={kpi.status} />
          </div>
          <div className="kpi-row">
            <span>{kpi.target === null ? t('kpi.noTarget') : t('kpi.target', { value: formatValue(kpi.target, kpi.unit, context.locale) })}</span>
            {kpi.sample ? <span>{t(kpi.sample.capped ? 'kpi.sampleCapped' : 'kpi.sample', { size: kpi.sample.size })}</span> : null}
          </div>
          <Sparkline values={kpi.history.map((h) => h.value)} label={sparklineLabel(kpi, context.locale)} />
          {kpi.notes.map((note) => (
            <p key={note} className="kpi-message">
              {t(`kpi.note.${note}`)}
            </p>
          ))}
          {kpi.stale ? <p className="kpi-message kpi-stale">{t('kpi.stale')}</p> : null}
        </>
      ) : (
        <>
          <p className="kpi-value" aria-hidden="true">
            {t('kpi.noValue')}
          </p>
          <ReasonText kpi={kpi} />
        </>
      )}
    </li>
  );
}
