import type { KpiResult } from '#kpi/contract';
import { t } from '../shared/i18n';

/** How the gadget writes a KPI's value, change and period, in the user's locale. */

type Unit = KpiResult['unit'];

const number = (locale: string, digits: number, signed = false) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });

const DIGITS: Record<Unit, number> = { count: 0, percent: 1, days: 1, nps: 0, 'score-5': 2, 'score-7': 2, ratio: 2, amount: 0 };

/** A value with its unit: "12", "84.5%", "3.2 d", "+31", "4.21", "1.50 : 1". */
export function formatValue(value: number | null, unit: Unit, locale: string): string {
  if (value === null) return t('kpi.noValue');
  const text = number(locale, DIGITS[unit], unit === 'nps').format(value);
  switch (unit) {
    case 'percent':
      return t('kpi.unit.percent', { value: text });
    case 'days':
      return t('kpi.unit.days', { value: text });
    case 'ratio':
      return t('kpi.unit.ratio', { value: text });
    default:
      return text;
  }
}

/** A change against the previous period, signed: "+3", "−1.5 d", "+2.0 pts" (percentages change by points). */
export function formatDelta(delta: number, unit: Unit, locale: string): string {
  const text = number(locale, DIGITS[unit], true).format(delta);
  switch (unit) {
    case 'percent':
      return t('kpi.unit.points', { value: text });
    case 'days':
      return t('kpi.unit.days', { value: text });
    default:
      return text;
  }
}

const DAY = 86_400_000;

/**
 * A period's name: "November 2026", "Q4 2026", "2026", or "17 Oct – 15 Nov 2026" for any other
 * span. Periods are UTC, so they are written in UTC.
 */
export function periodLabel(period: { start: string; end: string }, locale: string): string {
  const start = new Date(period.start);
  const end = new Date(period.end);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const monthAligned = start.getUTCDate() === 1 && end.getUTCDate() === 1 && start.getUTCHours() === 0 && end.getUTCHours() === 0;
  if (monthAligned && months === 1) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
  if (monthAligned && months === 3 && start.getUTCMonth() % 3 === 0) return `Q${start.getUTCMonth() / 3 + 1} ${start.getUTCFullYear()}`;
  if (monthAligned && months === 12 && start.getUTCMonth() === 0) return String(start.getUTCFullYear());
  const last = new Date(end.getTime() - DAY);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange ? format.formatRange(start, last) : `${format.format(start)} – ${format.format(last)}`;
}

/** When the numbers were computed, as a time of day (or a date for an older one). */
export function formatComputedAt(iso: string, locale: string, now: number = Date.now()): string {
  const at = new Date(iso);
  const sameDay = Math.abs(now - at.getTime()) < DAY;
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  ).format(at);
}
