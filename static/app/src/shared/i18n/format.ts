import { currentLocale } from './index';

/**
 * Numbers, percentages, money and dates in the viewer's language (Intl), so that a German agent
 * reads `1.234,5` and `30.11.2026` and a Chinese one `2026/11/30`. An unreadable date is shown as it
 * came rather than as "Invalid Date".
 */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(currentLocale(), options).format(value);

/** A share (0.42) as a percentage in the locale (`42 %` in German, `42%` in English). */
export const formatPercent = (share: number, fractionDigits = 0): string =>
  new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);

export const formatCurrency = (value: number, currency: string): string =>
  new Intl.NumberFormat(currentLocale(), { style: 'currency', currency }).format(value);

/** Names listed one after the other in the locale (`Strategic, Key`), without "and". */
export const formatList = (items: readonly string[]): string => new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(items);

function dateOf(value: string | number | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A calendar day (`30 Nov 2026`, `30.11.2026`); a bare ISO day (`2026-11-30`) stays that day in every time zone. */
export function formatDate(value: string | number | Date): string {
  const date = dateOf(value);
  if (!date) return String(value);
  const bareDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', ...(bareDay ? { timeZone: 'UTC' } : {}) }).format(date);
}

export function formatDateTime(value: string | number | Date): string {
  const date = dateOf(value);
  return date ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date) : String(value);
}

export function formatTime(value: string | number | Date): string {
  const date = dateOf(value);
  return date ? new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(date) : String(value);
}

/** A month (`2026-11`) as `Nov 2026`, `Nov. 2026`, `2026年11月`. */
export function formatMonth(month: string): string {
  const date = dateOf(`${month}-01T00:00:00Z`);
  return date ? new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date) : month;
}
