import { RAG_STATUSES } from './constants';
import type { AmberBand } from './definition';

/**
 * A KPI's red/amber/green status against its target, and its trend against the previous period.
 */

export { RAG_STATUSES };
export type RagStatus = (typeof RAG_STATUSES)[number];

/** The width of the amber band for a target: a share of it, or a fixed amount. */
export const bandWidth = (band: AmberBand, target: number): number => (band.kind === 'relative' ? Math.abs(target) * band.fraction : band.amount);

/**
 * Green when the value meets the target (at or above it when up is good, at or below it when down
 * is good), amber when it misses by no more than the band, red beyond. No status without a value,
 * a target, or a direction that is good.
 */
export function ragStatus(value: number | null, target: number | null, upIsGood: boolean | null, band: AmberBand): RagStatus | null {
  if (value === null || target === null || upIsGood === null) return null;
  const shortfall = upIsGood ? target - value : value - target;
  if (shortfall <= 0) return 'green';
  return shortfall <= bandWidth(band, target) ? 'amber' : 'red';
}

export type TrendDirection = 'up' | 'down' | 'flat';

export interface Trend {
  /** value − previous. */
  delta: number;
  /** The change relative to the previous value in percent; null when the previous value is 0. */
  percent: number | null;
  direction: TrendDirection;
  /** Whether the change is for the better; null when neither way is better or nothing changed. */
  good: boolean | null;
}

/** Changes smaller than this are "flat": rounding noise of means and ratios. */
const FLAT = 1e-9;

export function trendOf(value: number | null, previous: number | null, upIsGood: boolean | null): Trend | null {
  if (value === null || previous === null) return null;
  const delta = value - previous;
  const direction: TrendDirection = Math.abs(delta) < FLAT ? 'flat' : delta > 0 ? 'up' : 'down';
  const good = direction === 'flat' || upIsGood === null ? null : (direction === 'up') === upIsGood;
  return { delta, percent: previous !== 0 ? (delta / Math.abs(previous)) * 100 : null, direction, good };
}
