import { useId } from 'react';
import type { KpiResult } from '#kpi/contract';
import { t } from '../shared/i18n';
import { formatDelta } from './format';

/** The change against the previous period: an arrow and the signed change, green when it is for the better, red when for the worse. */
export function Trend({ kpi, locale }: { kpi: KpiResult; locale: string }) {
  const trend = kpi.trend;
  if (!trend) return kpi.value === null ? null : <span className="kpi-message">{t('kpi.trend.none')}</span>;
  const tone = trend.good === null ? 'neutral' : trend.good ? 'good' : 'bad';
  const delta = formatDelta(trend.delta, kpi.unit, locale);
  const says = trend.direction === 'flat' ? t('kpi.trend.flat') : t(trend.direction === 'up' ? 'kpi.trend.up' : 'kpi.trend.down', { delta });
  return (
    <span
      className={`kpi-trend kpi-trend-${tone}`}
      title={says}
      data-testid={`trend-${kpi.id}`}
      data-direction={trend.direction}
      data-good={String(trend.good)}
    >
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
        {trend.direction === 'flat' ? (
          <rect x="1" y="4" width="8" height="2" fill="currentColor" />
        ) : (
          <path d={trend.direction === 'up' ? 'M5 1 L9 8 L1 8 Z' : 'M5 9 L9 2 L1 2 Z'} fill="currentColor" />
        )}
      </svg>
      <span className="kpi-visually-hidden">{says}</span>
      <span aria-hidden="true">{trend.direction === 'flat' ? '' : delta}</span>
    </span>
  );
}

/** The red/amber/green status against the target, as a dot and words. */
export function Status({ status }: { status: KpiResult['status'] }) {
  if (!status) return null;
  return (
    <span className="kpi-status" data-testid="status" data-status={status}>
      <span className={`kpi-dot kpi-dot-${status}`} aria-hidden="true" />
      {t(`kpi.status.${status}`)}
    </span>
  );
}

/** An "i" that shows how the KPI is computed, on hover and on keyboard focus. */
export function FormulaTip({ formula }: { formula: string }) {
  const id = useId();
  return (
    <span className="kpi-tip">
      <button type="button" className="kpi-tip-button" aria-label={t('kpi.formula')} aria-describedby={id}>
        i
      </button>
      <span role="tooltip" id={id} className="kpi-tip-text">
        {formula}
      </span>
    </span>
  );
}
