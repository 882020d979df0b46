import { token } from '@atlaskit/tokens';
import type { TrendPoint } from '#portfolio/contract';
import { t } from '../i18n';
import { formatMonth, percent, visuallyHidden } from './labels';

/**
 * CSAT per month as a plain SVG line: one point per month with answers (a gap where there were
 * none), 0 to 100 %, the months along the bottom. Each point names its month, CSAT and answers
 * (a `<title>` for pointers, and a list for screen readers below the chart).
 */
export function TrendChart({ points, compact = false, testId }: { points: readonly TrendPoint[]; compact?: boolean; testId?: string }) {
  const width = compact ? 120 : 480;
  const height = compact ? 28 : 140;
  const pad = compact ? 3 : 24;
  const x = (i: number) => pad + (points.length <= 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (csat: number) => height - pad - (csat / 100) * (height - 2 * pad);
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.csat === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(p.csat).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const first = points[0]?.month ?? '';
  const last = points[points.length - 1]?.month ?? '';
  const label = t('portfolio.satisfaction.chart', { first: formatMonth(first), last: formatMonth(last) });
  const pointText = (p: TrendPoint) =>
    t('portfolio.satisfaction.point', {
      month: formatMonth(p.month),
      csat: p.csat === null ? t('portfolio.satisfaction.noAnswers') : percent(p.csat),
      answered: p.answered,
    });
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {!compact &&
          [0, 50, 100].map((v) => (
            <g key={v}>
              <line x1={pad} x2={width - pad} y1={y(v)} y2={y(v)} stroke={token('color.border')} strokeDasharray={v === 50 ? '3 3' : undefined} />
              <text x={2} y={y(v) + 4} fontSize="10" fill={token('color.text.subtlest')}>
                {v}
              </text>
            </g>
          ))}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={token('color.chart.brand')} strokeWidth={compact ? 1.5 : 2} />
        ))}
        {points.map((p, i) =>
          p.csat === null ? null : (
            <circle key={p.month} cx={x(i)} cy={y(p.csat)} r={compact ? 1.5 : 3} fill={token('color.chart.brand')}>
              <title>{pointText(p)}</title>
            </circle>
          ),
        )}
        {!compact &&
          points.map((p, i) =>
            i % 2 === 0 || i === points.length - 1 ? (
              <text key={p.month} x={x(i)} y={height - 6} fontSize="10" textAnchor="middle" fill={token('color.text.subtlest')}>
                {formatMonth(p.month)}
              </text>
            ) : null,
          )}
      </svg>
      {!compact && (
        <ul style={visuallyHidden}>
          {points.map((p) => (
            <li key={p.month}>{pointText(p)}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
