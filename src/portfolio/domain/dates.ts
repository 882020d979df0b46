import { z } from 'zod';

/**
 * Calendar dates as the portfolio keeps them: `YYYY-MM-DD`, in UTC. Small helpers until the
 * kernel's period arithmetic (kernel/periods.ts) is shared by every feature.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DATE_MESSAGE = 'must be a date written YYYY-MM-DD';

/** A calendar date `YYYY-MM-DD`; anything else "must be a date written YYYY-MM-DD". */
export const isoDate = z.string({ error: DATE_MESSAGE }).trim().refine(isIsoDate, { error: DATE_MESSAGE });

/** The UTC calendar date of a moment. */
export const dateOf = (moment: Date): string => moment.toISOString().slice(0, 10);

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** `date` moved by `days` (negative: earlier). */
export const addDays = (date: string, days: number): string => dateOf(new Date(toUtc(date) + days * 86_400_000));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / 86_400_000);

/** The first day of the quarter `date` is in. */
export function quarterStart(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The first day of the quarter before the one `date` is in. */
export function previousQuarterStart(date: string): string {
  return quarterStart(addDays(quarterStart(date), -1));
}

/** The `count` UTC months that end with the month of `date`, oldest first, as `YYYY-MM`. */
export function monthsEndingAt(date: string, count: number): string[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const at = new Date(Date.UTC(year, month - back, 1));
    months.push(`${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The first day of a `YYYY-MM` month, and of the month after it. */
export const monthStart = (month: string): string => `${month}-01`;
export const nextMonthStart = (month: string): string => {
  const at = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  return dateOf(at);
};
