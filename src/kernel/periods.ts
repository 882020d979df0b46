import { z } from 'zod';

/**
 * Periods of time for reports and KPIs, in UTC. A period is a half-open span `[start, end)` of UTC
 * milliseconds, so that adjacent periods share a boundary and every instant falls in exactly one of
 * them. Months, quarters and years are UTC calendar months; "rolling N days" are the last N whole
 * UTC days, today included. Pure: the current time is always passed in.
 */

export const DAY_MS = 86_400_000;

/** The named periods a person picks from. */
export const PERIOD_PRESETS = ['this-month', 'last-month', 'this-quarter', 'last-quarter', 'this-year', 'last-year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The longest rolling window, and the longest custom period, in days. */
export const ROLLING_DAYS_MAX = 730;
export const CUSTOM_DAYS_MAX = 3_660;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a UTC day written `YYYY-MM-DD`, or undefined when it is no such day. */
export function parseIsoDay(text: string): number | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms : undefined;
}

/** `YYYY-MM-DD` of the UTC day an instant falls on. */
export const isoDayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM` of the UTC month an instant falls on. */
export const isoMonthOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

export const isoDay = z.string().refine((text) => parseIsoDay(text) !== undefined, { message: 'must be a date written YYYY-MM-DD' });

/** What a person chooses: a named period, the last N days, or two days (both included). */
export const periodSpec = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.enum(PERIOD_PRESETS) }),
    z.object({ kind: z.literal('rolling-days'), days: z.number().int().min(1).max(ROLLING_DAYS_MAX) }),
    z.object({ kind: z.literal('custom'), from: isoDay, to: isoDay }).superRefine(({ from, to }, ctx) => {
      const [start, end] = [parseIsoDay(from), parseIsoDay(to)];
      if (start === undefined || end === undefined) return;
      if (end < start) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      else if ((end - start) / DAY_MS >= CUSTOM_DAYS_MAX)
        ctx.addIssue({ code: 'custom', path: ['to'], message: `must be less than ${CUSTOM_DAYS_MAX} days after from` });
    }),
  ],
  { error: `must be one of ${PERIOD_PRESETS.join(', ')}, rolling-days or custom` },
);
export type PeriodSpec = z.infer<typeof periodSpec>;

/** A span of time `[start, end)`, in UTC milliseconds. `start === end` is an empty period. */
export interface Period {
  start: number;
  end: number;
}

/** How a period steps to its neighbours: by calendar months, or by a fixed number of days. */
export type Cadence = { unit: 'month'; months: number } | { unit: 'day'; days: number };

/** A period together with the step that gives the one before it (and the sparkline's points). */
export interface SteppedPeriod extends Period {
  cadence: Cadence;
}

const startOfUtcDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** The first instant of the UTC month `months` months after the month of `ms`. */
function monthStart(ms: number, months = 0): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
}

function stepped(start: number, cadence: Cadence): SteppedPeriod {
  return { start, end: advance(start, cadence, 1), cadence };
}

/** `start` moved by `count` steps of the cadence (backwards when negative). */
function advance(start: number, cadence: Cadence, count: number): number {
  return cadence.unit === 'month' ? monthStart(start, cadence.months * count) : start + cadence.days * count * DAY_MS;
}

/** Whether a span covers whole UTC months exactly, and how many. */
function wholeMonths(period: Period): number | undefined {
  if (period.end <= period.start || monthStart(period.start) !== period.start) return undefined;
  for (let months = 1; months <= 12 * 50; months++) {
    const end = monthStart(period.start, months);
    if (end === period.end) return months;
    if (end > period.end) return undefined;
  }
  return undefined;
}

/** The period a spec names at the instant `now`. */
export function resolvePeriod(spec: PeriodSpec, now: number): SteppedPeriod {
  const month = monthStart(now);
  const quarter = Date.UTC(new Date(now).getUTCFullYear(), Math.floor(new Date(now).getUTCMonth() / 3) * 3, 1);
  const year = Date.UTC(new Date(now).getUTCFullYear(), 0, 1);
  switch (spec.kind) {
    case 'this-month':
      return stepped(month, { unit: 'month', months: 1 });
    case 'last-month':
      return stepped(monthStart(month, -1), { unit: 'month', months: 1 });
    case 'this-quarter':
      return stepped(quarter, { unit: 'month', months: 3 });
    case 'last-quarter':
      return stepped(monthStart(quarter, -3), { unit: 'month', months: 3 });
    case 'this-year':
      return stepped(year, { unit: 'month', months: 12 });
    case 'last-year':
      return stepped(monthStart(year, -12), { unit: 'month', months: 12 });
    case 'rolling-days': {
      const end = startOfUtcDay(now) + DAY_MS;
      return { start: end - spec.days * DAY_MS, end, cadence: { unit: 'day', days: spec.days } };
    }
    case 'custom': {
      const start = parseIsoDay(spec.from) ?? 0;
      const end = (parseIsoDay(spec.to) ?? start) + DAY_MS;
      const months = wholeMonths({ start, end });
      return { start, end, cadence: months === undefined ? { unit: 'day', days: (end - start) / DAY_MS } : { unit: 'month', months } };
    }
  }
}

/** The period `count` steps before (negative: after) this one, of the same cadence. */
export function shiftPeriod(period: SteppedPeriod, count: number): SteppedPeriod {
  return stepped(advance(period.start, period.cadence, -count), period.cadence);
}

/** The period just before this one: the previous month, quarter or year, or as many days before. */
export const previousPeriod = (period: SteppedPeriod): SteppedPeriod => shiftPeriod(period, 1);

/** `count` consecutive periods ending with this one, oldest first (a sparkline's points). */
export function periodHistory(period: SteppedPeriod, count: number): SteppedPeriod[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftPeriod(period, count - 1 - i));
}

/** Whether the instant falls in the period. */
export const containsInstant = (period: Period, ms: number): boolean => ms >= period.start && ms < period.end;

/** Whether the period has ended at `now`: nothing that happens later changes what falls in it. */
export const isClosed = (period: Period, now: number): boolean => now >= period.end;

/** The period's length in days (fractional for spans that are not whole days). */
export const lengthInDays = (period: Period): number => Math.max(0, period.end - period.start) / DAY_MS;

/** The two periods either side of `at`, which must lie within the period (bounds included). */
export function splitPeriod(period: Period, at: number): [Period, Period] {
  if (at < period.start || at > period.end) throw new RangeError(`Cannot split [${period.start}, ${period.end}) at ${at}.`);
  return [
    { start: period.start, end: at },
    { start: at, end: period.end },
  ];
}

/** The one period two adjacent ones make (`first.end === second.start`). */
export function combinePeriods(first: Period, second: Period): Period {
  if (first.end !== second.start) throw new RangeError(`[${first.start}, ${first.end}) and [${second.start}, ${second.end}) are not adjacent.`);
  return { start: first.start, end: second.end };
}

/** Every UTC month (`YYYY-MM`) the period overlaps, oldest first. */
export function monthsOverlapping(period: Period): string[] {
  const months: string[] = [];
  if (period.end <= period.start) return months;
  for (let month = monthStart(period.start); month < period.end; month = monthStart(month, 1)) months.push(isoMonthOf(month));
  return months;
}

/** Whether the period is made of whole UTC months, so that monthly figures add up to it exactly. */
export const isWholeMonths = (period: Period): boolean => wholeMonths(period) !== undefined;

/** A short stable name of the span, usable in storage keys: `<start>-<end>` in milliseconds. */
export const periodKey = (period: Period): string => `${period.start}-${period.end}`;

/** The span as ISO instants, for answers that leave the backend. */
export const periodBounds = (period: Period): { start: string; end: string } => ({
  start: new Date(period.start).toISOString(),
  end: new Date(period.end).toISOString(),
});
