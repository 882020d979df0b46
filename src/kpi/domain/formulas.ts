import { DAY_MS, type Period } from '#kernel/periods';

/**
 * How counts combine into values. Every function answers null where the value is undefined (no
 * answers, nothing to divide by), never NaN or Infinity.
 */

/** `numerator ÷ denominator × scale`; null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number, scale: number): number | null {
  return denominator > 0 ? (numerator / denominator) * scale : null;
}

/** Answers to one question: how many, their sum, and how many gave each answer (`'1'`..`'5'`, `'0'`..`'10'`). */
export interface Distribution {
  count: number;
  sum: number;
  buckets: Record<string, number>;
}

export const EMPTY_DISTRIBUTION: Distribution = { count: 0, sum: 0, buckets: {} };

/** Two distributions as one (answers of two months, services or customers). */
export function mergeDistributions(a: Distribution, b: Distribution): Distribution {
  const buckets: Record<string, number> = { ...a.buckets };
  for (const [answer, n] of Object.entries(b.buckets)) buckets[answer] = (buckets[answer] ?? 0) + n;
  return { count: a.count + b.count, sum: a.sum + b.sum, buckets };
}

/** The mean answer. */
export const mean = (d: Distribution): number | null => (d.count > 0 ? d.sum / d.count : null);

/** How many answers lie in `[min, max]`, by their bucket. */
function answersBetween(d: Distribution, min: number, max: number): number {
  let n = 0;
  for (const [answer, count] of Object.entries(d.buckets)) {
    const score = Number(answer);
    if (Number.isFinite(score) && score >= min && score <= max) n += count;
  }
  return n;
}

/** The share of answers at or above `atLeast`, in percent (CSAT %: 4 and 5 on a 1-5 scale). */
export const share = (d: Distribution, atLeast: number): number | null => ratio(answersBetween(d, atLeast, Number.POSITIVE_INFINITY), d.count, 100);

/** Net Promoter Score: % promoters (9-10) − % detractors (0-6), from -100 to +100. */
export function nps(d: Distribution): number | null {
  if (d.count <= 0) return null;
  return ((answersBetween(d, 9, 10) - answersBetween(d, 0, 6)) / d.count) * 100;
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export const average = (values: readonly number[]): number | null => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Resolution times of issues, in days; issues missing a date (or resolved before created) are left out. */
export function resolutionDays(issues: readonly { created: number | null; resolved: number | null }[]): number[] {
  const days: number[] = [];
  for (const { created, resolved } of issues) if (created !== null && resolved !== null && resolved >= created) days.push((resolved - created) / DAY_MS);
  return days;
}

/** A complaint as recurrence needs it: when, for whom, about what. */
export interface ComplaintFacts {
  created: number;
  customerId: string | null;
  category: string | null;
}

/**
 * Complaints created in `period` that follow an earlier complaint of the same customer and
 * category created at most `windowDays` before them, and how many complaints were created in the
 * period. Complaints without a customer or a category never recur. `complaints` may start
 * `windowDays` before the period (the earlier ones only serve as predecessors).
 */
export function recurrence(complaints: readonly ComplaintFacts[], period: Period, windowDays: number): { complaints: number; recurring: number } {
  const sorted = [...complaints].sort((a, b) => a.created - b.created);
  const lastSeen = new Map<string, number>();
  let inPeriod = 0;
  let recurring = 0;
  for (const c of sorted) {
    const key = c.customerId !== null && c.category !== null ? JSON.stringify([c.customerId, c.category]) : undefined;
    const previous = key === undefined ? undefined : lastSeen.get(key);
    if (c.created >= period.start && c.created < period.end) {
      inPeriod++;
      if (previous !== undefined && c.created - previous <= windowDays * DAY_MS) recurring++;
    }
    if (key !== undefined) lastSeen.set(key, c.created);
  }
  return { complaints: inPeriod, recurring };
}

/** A Business Case's costs; either may be missing. */
export interface CaseCosts {
  planned: number | null;
  actual: number | null;
}

/**
 * Cases whose actual cost exceeds the planned cost, and by how much in total. A case without a
 * planned or an actual cost cannot be said to overrun, so it is not counted.
 */
export function overruns(cases: readonly CaseCosts[]): { overruns: number; sum: number } {
  let count = 0;
  let sum = 0;
  for (const { planned, actual } of cases) {
    if (planned === null || actual === null || actual <= planned) continue;
    count++;
    sum += actual - planned;
  }
  return { overruns: count, sum };
}
