import type { CsatByService } from '#kpi/contract';
import { t } from '../shared/i18n';
import { formatValue } from './format';

const WIDTH = 200;
const HEIGHT = 14;

/** CSAT per service as horizontal bars (plain SVG), coloured by status, with the target as a line. */
export function CsatBars({ data, locale }: { data: CsatByService; locale: string }) {
  const withAnswers = data.services.filter((s) => s.responses > 0);
  if (withAnswers.length === 0) return <p className="kpi-message">{t('kpi.csat.empty')}</p>;
  const x = (percent: number) => (Math.max(0, Math.min(100, percent)) / 100) * WIDTH;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="kpi-visually-hidden">{t('kpi.csat.chart')}</figcaption>
      <ul className="kpi-bars" data-testid="csat-bars">
        {data.services.map((s) => (
          <li key={s.id} className="kpi-bar-row" data-testid={`csat-${s.id}`}>
            <span className="kpi-bar-name" title={s.name}>
              {s.name}
            </span>
            <svg width="100%" height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
              <rect className="kpi-bar-track" x={0} y={0} width={WIDTH} height={HEIGHT} rx={2} />
              {s.value !== null ? <rect className={`kpi-bar-fill-${s.status ?? 'none'}`} x={0} y={0} width={x(s.value)} height={HEIGHT} rx={2} /> : null}
              {data.target !== null ? <line className="kpi-bar-target" x1={x(data.target)} x2={x(data.target)} y1={0} y2={HEIGHT} /> : null}
            </svg>
            <span>
              {s.value === null ? t('kpi.csat.none') : formatValue(s.value, 'percent', locale)}
              <span className="kpi-message"> · {t('kpi.csat.responses', { count: s.responses })}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
