/**
 * Wall-clock arithmetic in an IANA time zone, with nothing but Intl: what a JQL user means by
 * "2026-01-31" or startOfDay() depends on their time zone.
 */

/** A local date and time; month is 1-12. Fields may overflow before `normalise` (Date.UTC rules). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at an instant (epoch milliseconds). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  if (timeZone === 'UTC') {
    const d = new Date(instant);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

function wallClockAsUtc(w: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(w.year, w.month - 1, w.day);
  date.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAsUtc(wallClockAt(instant, timeZone)) - instant;
}

const DAY = 86_400_000;

/**
 * The instant a wall clock denotes in `timeZone`. Overflowing fields roll over (day 32 is the
 * 1st of the next month). As java.time does: a time that occurs twice (clocks turned back) is
 * its earlier instant; a time that does not occur (clocks turned forward) is moved forward by
 * the length of the gap (02:30 becomes 03:30).
 */
export function instantOf(w: WallClock, timeZone: string): number {
  const asUtc = wallClockAsUtc(w);
  if (timeZone === 'UTC') return asUtc;
  // Zones change offset at most once in a day: the offsets a day before and after bracket it.
  const offsetBefore = offsetAt(asUtc - DAY, timeZone);
  const offsetAfter = offsetAt(asUtc + DAY, timeZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter((instant) => wallClockAsUtc(wallClockAt(instant, timeZone)) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - offsetBefore;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1M = Feb 28). */
export function addMonths(w: WallClock, months: number): WallClock {
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
}

/** Day of the week of a wall-clock date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(w: WallClock): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}
