import type { PanelSurveyView } from '#surveys/issue-contract';
import { t } from '../../shared/i18n';
import { TOKEN_VARS } from '../../shared/ui/token-vars';

const ROW = 22;
const LABEL = 150;
const BAR = 150;
const MAX = 5;

/** Bar colour by rating: low in red, middle in yellow, high in green (design tokens, both modes). */
const colourOf = (value: number): string =>
  value <= 2 ? TOKEN_VARS['color.chart.danger.bold'] : value === 3 ? TOKEN_VARS['color.chart.warning.bold'] : TOKEN_VARS['color.chart.success.bold'];

/**
 * The ratings by dimension as a small plain-SVG bar chart: one bar per dimension, from 1 to 5, with
 * its label and value as text (also for screen readers, through the table-like title of each bar).
 */
export function DimensionBars({ dimensions }: { dimensions: PanelSurveyView['dimensions'] }) {
  const height = dimensions.length * ROW;
  return (
    <svg
      role="img"
      aria-label={t('survey.panel.dimensions.chart')}
      viewBox={`0 0 ${LABEL + BAR + 40} ${height}`}
      // As wide as the panel allows, never wider than its natural size: a narrow panel scales the chart down.
      style={{ width: '100%', maxWidth: LABEL + BAR + 40, height: 'auto' }}
      data-testid="survey-dimensions"
    >
      {dimensions.map((d, i) => {
        const y = i * ROW;
        const width = d.value === null ? 0 : (d.value / MAX) * BAR;
        const value = d.value === null ? t('survey.panel.notAnswered') : t('survey.panel.outOf', { value: d.value, max: MAX });
        return (
          <g key={d.id} data-testid={`survey-dimension-${d.id}`}>
            <title>
              {t('survey.panel.dimension', { label: d.label, kind: t(d.kind === 'hard' ? 'survey.panel.kind.hard' : 'survey.panel.kind.soft'), value })}
            </title>
            <text x={0} y={y + 15} fill={TOKEN_VARS['color.text.subtle']} fontSize={12}>
              {d.label}
            </text>
            <rect x={LABEL} y={y + 5} width={BAR} height={12} rx={2} fill={TOKEN_VARS['color.background.neutral']} />
            {d.value !== null ? <rect x={LABEL} y={y + 5} width={width} height={12} rx={2} fill={colourOf(d.value)} /> : null}
            <text x={LABEL + BAR + 6} y={y + 15} fill={TOKEN_VARS['color.text']} fontSize={12}>
              {d.value ?? '–'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
