import { token } from '@atlaskit/tokens';
import { t } from '../../../shared/i18n';

interface MonthResult {
  month: string;
  answered: number;
  csat: number | null;
}

const HEIGHT = 140;
const BAR = 28;
const GAP = 12;
const TOP = 16;
const BOTTOM = 28;

/** CSAT by month as plain SVG bars (0–100 %), with the number of answers above each bar. */
export function CsatChart({ months }: { months: readonly MonthResult[] }) {
  const width = months.length * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg role="img" aria-label={t('surveys.results.chart')} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} data-testid="survey-csat-chart">
      <line x1={0} x2={width} y1={TOP + plot} y2={TOP + plot} stroke={token('color.border')} />
      {months.map((m, i) => {
        const x = GAP + i * (BAR + GAP);
        const h = m.csat === null ? 0 : (m.csat / 100) * plot;
        return (
          <g key={m.month}>
            <title>
              {t('surveys.results.chartMonth', {
                month: m.month,
                csat: m.csat === null ? t('surveys.results.none') : `${Math.round(m.csat)} %`,
                answered: m.answered,
              })}
            </title>
            <rect x={x} y={TOP + plot - h} width={BAR} height={h} rx={2} fill={token('color.chart.brand')} />
            <text x={x + BAR / 2} y={TOP + plot - h - 3} textAnchor="middle" fontSize={10} fill={token('color.text.subtle')}>
              {m.answered > 0 ? m.answered : ''}
            </text>
            <text x={x + BAR / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={10} fill={token('color.text.subtle')}>
              {m.month.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
