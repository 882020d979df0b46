/**
 * Satisfaction scores as users expect them (the KPI formulas of the anchors): CSAT % is the share
 * of 4 and 5 answers on a 1-5 scale, NPS is the percentage of promoters (9-10) minus that of
 * detractors (0-6), CES is the mean effort (1-7). Answers are kept as distributions, so sums and
 * counts add up across months, customers and services without keeping each answer.
 */

/** The answer scales: a 1-5 rating, the 0-10 recommendation (NPS) and the 1-7 effort (CES). */
export const SCALES = {
  rating: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
} as const;
export type ScaleKind = keyof typeof SCALES;

/** Answers to one question: how many, their sum, and how many gave each value ('1'..'5', '0'..'10', '1'..'7'). */
export interface ScoreDistribution {
  count: number;
  sum: number;
  buckets: Record<string, number>;
}

export const emptyDistribution = (): ScoreDistribution => ({ count: 0, sum: 0, buckets: {} });

/** Whether `value` is an answer on the scale: a whole number from its minimum to its maximum. */
export const onScale = (scale: ScaleKind, value: number): boolean => Number.isInteger(value) && value >= SCALES[scale].min && value <= SCALES[scale].max;

/** The distribution with `times` more answers of `value` (negative `times` takes answers away); empty buckets are dropped. */
export function addAnswer(distribution: ScoreDistribution, value: number, times = 1): ScoreDistribution {
  const bucket = String(value);
  const buckets = { ...distribution.buckets, [bucket]: (distribution.buckets[bucket] ?? 0) + times };
  if (buckets[bucket] === 0) delete buckets[bucket];
  return { count: distribution.count + times, sum: distribution.sum + value * times, buckets };
}

/** `a` plus `sign` times `b`, bucket by bucket. */
export function combine(a: ScoreDistribution, b: ScoreDistribution, sign: 1 | -1 = 1): ScoreDistribution {
  const buckets: Record<string, number> = { ...a.buckets };
  for (const [bucket, n] of Object.entries(b.buckets)) {
    const next = (buckets[bucket] ?? 0) + sign * n;
    if (next === 0) delete buckets[bucket];
    else buckets[bucket] = next;
  }
  return { count: a.count + sign * b.count, sum: a.sum + sign * b.sum, buckets };
}

export const isEmptyDistribution = (d: ScoreDistribution): boolean => d.count === 0 && d.sum === 0 && Object.keys(d.buckets).length === 0;

const countWhere = (d: ScoreDistribution, keep: (value: number) => boolean): number =>
  Object.entries(d.buckets).reduce((total, [bucket, n]) => (keep(Number(bucket)) ? total + n : total), 0);

/** The mean answer, or null when there is none. */
export const mean = (d: ScoreDistribution): number | null => (d.count > 0 ? d.sum / d.count : null);

/** CSAT %: the share of 4 and 5 answers on the 1-5 scale, × 100; null without answers. */
export const csatPercent = (d: ScoreDistribution): number | null => (d.count > 0 ? (countWhere(d, (v) => v >= 4) / d.count) * 100 : null);

export const NPS_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

/** Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. */
export const npsCategory = (value: number): NpsCategory => (value >= 9 ? 'promoter' : value >= 7 ? 'passive' : 'detractor');

/** NPS: % promoters − % detractors, from −100 to +100; null without answers. */
export function netPromoterScore(d: ScoreDistribution): number | null {
  if (d.count === 0) return null;
  const promoters = countWhere(d, (v) => npsCategory(v) === 'promoter');
  const detractors = countWhere(d, (v) => npsCategory(v) === 'detractor');
  return ((promoters - detractors) / d.count) * 100;
}

/** CES: the mean effort answer (1-7); null without answers. */
export const customerEffortScore = mean;

/** The distribution of a list of answers. */
export const distributionOf = (values: readonly number[]): ScoreDistribution => values.reduce((d, v) => addAnswer(d, v), emptyDistribution());
