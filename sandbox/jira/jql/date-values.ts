import { addMonths, daysInMonth, instantOf, wallClockAt, weekdayOf, type WallClock } from './zoned-time';
import { isFiniteNumber, isNaNNumber, parseDate } from './natives';

/** What a date operand is read against: the query's clock, time zone and first day of the week. */
export interface DateContext {
  now: number;
  timeZone: string;
  weekStartsOn: 0 | 1;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * Units of a relative date value such as "-5d" or "4w 2d": weeks, days, hours and minutes, each a
 * fixed length of time (a day is 24 hours), counted from now. Months and years are not units here,
 * as in Jira; they exist only in the increments of startOfMonth() and the like.
 */
const PERIOD_UNITS: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };

/** Absolute formats Jira accepts: yyyy/MM/dd HH:mm, yyyy-MM-dd HH:mm, yyyy/MM/dd, yyyy-MM-dd. */
const ABSOLUTE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const INVALID_DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

/** Reads a date literal or a relative period as an instant; null when it is neither. */
export function parseDateValue(text: string, ctx: DateContext): number | null {
  const value = text.trim();
  const absolute = ABSOLUTE.exec(value);
  if (absolute) {
    const year = Number(absolute[1]);
    const month = Number(absolute[3]);
    const day = Number(absolute[4]);
    const hour = Number(absolute[5] ?? 0);
    const minute = Number(absolute[6] ?? 0);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
    return instantOf({ year, month, day, hour, minute, second: 0, millisecond: 0 }, ctx.timeZone);
  }
  const period = PERIOD.exec(value);
  if (period?.[2] !== undefined) {
    let offset = 0;
    for (const [, amount, unit] of period[2].matchAll(/(\d+)\s*([wdhm])/g)) {
      offset += Number(amount) * (PERIOD_UNITS[unit ?? ''] ?? 0);
    }
    return ctx.now + (period[1] === '-' ? -offset : offset);
  }
  return null;
}

type Period = 'day' | 'week' | 'month' | 'year';
type CalendarUnit = 'y' | 'M' | 'w' | 'd';
type IncrementUnit = CalendarUnit | 'h' | 'm';

const NATURAL_UNIT: Record<Period, CalendarUnit> = { day: 'd', week: 'w', month: 'M', year: 'y' };

interface DateFunction {
  name: string;
  /** null for now(); otherwise the period and which end of it. */
  period: Period | null;
  edge: 'start' | 'end';
}

const DATE_FUNCTION_LIST: readonly DateFunction[] = [
  { name: 'now', period: null, edge: 'start' },
  { name: 'startOfDay', period: 'day', edge: 'start' },
  { name: 'endOfDay', period: 'day', edge: 'end' },
  { name: 'startOfWeek', period: 'week', edge: 'start' },
  { name: 'endOfWeek', period: 'week', edge: 'end' },
  { name: 'startOfMonth', period: 'month', edge: 'start' },
  { name: 'endOfMonth', period: 'month', edge: 'end' },
  { name: 'startOfYear', period: 'year', edge: 'start' },
  { name: 'endOfYear', period: 'year', edge: 'end' },
];

/** Date functions by lower-cased name: JQL function names are case-insensitive. */
const DATE_FUNCTIONS: ReadonlyMap<string, DateFunction> = new Map(DATE_FUNCTION_LIST.map((fn) => [fn.name.toLowerCase(), fn]));

/** Whether a function name (any case, as in Jira) is one of the date functions. */
export function isDateFunction(name: string): boolean {
  return DATE_FUNCTIONS.has(name.toLowerCase());
}

/** The canonical spelling of a JQL function name, for messages. */
export function dateFunctionName(name: string): string {
  return DATE_FUNCTIONS.get(name.toLowerCase())?.name ?? name;
}

interface Increment {
  amount: number;
  unit: IncrementUnit;
}

function parseIncrement(text: string, period: Period): Increment | null {
  const match = /^([-+])?(\d+)([yMwdhm])?$/.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const unitText = match[3];
  const unit: IncrementUnit =
    unitText === 'y' || unitText === 'M' || unitText === 'w' || unitText === 'd' || unitText === 'h' || unitText === 'm' ? unitText : NATURAL_UNIT[period];
  return { amount, unit };
}

/** Calendar shift of a wall clock (y, M, w, d); hours and minutes are shifted on the instant. */
function shiftWall(w: WallClock, amount: number, unit: CalendarUnit): WallClock {
  switch (unit) {
    case 'y':
      return addMonths(w, 12 * amount);
    case 'M':
      return addMonths(w, amount);
    case 'w':
      return { ...w, day: w.day + 7 * amount };
    case 'd':
      return { ...w, day: w.day + amount };
  }
}

function startOfPeriod(w: WallClock, period: Period, weekStartsOn: 0 | 1): WallClock {
  const midnight = { ...w, hour: 0, minute: 0, second: 0, millisecond: 0 };
  switch (period) {
    case 'day':
      return midnight;
    case 'week':
      return { ...midnight, day: w.day - ((weekdayOf(w) - weekStartsOn + 7) % 7) };
    case 'month':
      return { ...midnight, day: 1 };
    case 'year':
      return { ...midnight, month: 1, day: 1 };
  }
}

function applyIncrement(instant: number, increment: Increment, timeZone: string): number {
  if (increment.unit === 'h') return instant + increment.amount * HOUR;
  if (increment.unit === 'm') return instant + increment.amount * MINUTE;
  return instantOf(shiftWall(wallClockAt(instant, timeZone), increment.amount, increment.unit), timeZone);
}

export type DateFunctionResult = { instant: number } | { error: string };

/**
 * Evaluates now(), startOfDay/Week/Month/Year and endOfDay/Week/Month/Year. The optional
 * increment is `(+/-)nn(y|M|w|d|h|m)`; without a unit it counts the function's own period
 * (endOfMonth(-1) is the end of last month). An increment in the function's own unit picks another
 * period; any other unit is added to the start or end of the current one (startOfMonth("+14d")
 * is the 15th of this month). An end is the period's last millisecond.
 */
export function evaluateDateFunction(name: string, args: readonly string[], ctx: DateContext): DateFunctionResult {
  const fn = DATE_FUNCTIONS.get(name.toLowerCase());
  if (!fn) return { error: `Unable to find JQL function '${name}()'.` };
  if (fn.period === null) {
    if (args.length > 0) return { error: `Function '${fn.name}' expected '0' arguments but received '${args.length}'.` };
    return { instant: ctx.now };
  }
  if (args.length > 1) return { error: `Function '${fn.name}' expected between '0' and '1' arguments but received '${args.length}'.` };
  const period = fn.period;
  const increment: Increment | null = args[0] === undefined ? { amount: 0, unit: NATURAL_UNIT[period] } : parseIncrement(args[0], period);
  if (!increment) {
    return { error: `Duration format '${args[0] ?? ''}' for function '${fn.name}' is invalid. Valid formats are '(+/-)nn(y|M|w|d|h|m)'.` };
  }
  const nowWall = wallClockAt(ctx.now, ctx.timeZone);
  const naturalUnit = NATURAL_UNIT[period];
  const ownUnit = increment.unit === naturalUnit;
  const anchor = ownUnit ? shiftWall(nowWall, increment.amount, naturalUnit) : nowWall;
  const start = startOfPeriod(anchor, period, ctx.weekStartsOn);
  const edge = fn.edge === 'start' ? instantOf(start, ctx.timeZone) : instantOf(shiftWall(start, 1, naturalUnit), ctx.timeZone) - 1;
  return ownUnit ? { instant: edge } : { instant: applyIncrement(edge, increment, ctx.timeZone) };
}

/**
 * A reader of stored date values: ISO date-times as their instant, and date-only values
 * ("2026-01-31") as the start of that day in the searcher's time zone, so that
 * `duedate = "2026-01-31"` finds the day. Each distinct date-only value is converted once.
 */
export function storedDateReader(timeZone: string): (value: unknown) => number | null {
  const days = new Map<string, number | null>();
  return (value) => {
    if (typeof value === 'number') return isFiniteNumber(value) ? value : null;
    if (typeof value !== 'string') return null;
    const day = DATE_ONLY.exec(value);
    if (!day) {
      const instant = parseDate(value);
      return isNaNNumber(instant) ? null : instant;
    }
    let instant = days.get(value);
    if (instant === undefined) {
      instant = instantOf({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
      days.set(value, instant);
    }
    return instant;
  };
}
