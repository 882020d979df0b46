import type { CSSProperties } from 'react';
import type { HealthReasonView } from '#portfolio/contract';
import { currentLocale, t } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { StatusLozenge, type LozengeAppearance } from '../ui/StatusLozenge';

/** Health statuses and their lozenge colours. */
const HEALTH_APPEARANCE: Record<'healthy' | 'watch' | 'at-risk', LozengeAppearance> = { healthy: 'success', watch: 'moved', 'at-risk': 'removed' };

export function HealthLozenge({ status, testId }: { status: 'healthy' | 'watch' | 'at-risk' | null; testId?: string }) {
  if (status === null) return <StatusLozenge appearance="default">{t('portfolio.health.none')}</StatusLozenge>;
  return (
    <span data-testid={testId} data-status={status}>
      <StatusLozenge appearance={HEALTH_APPEARANCE[status]}>{t(`portfolio.health.${status}`)}</StatusLozenge>
    </span>
  );
}

const numberOf = (value: string | number | undefined): number => (typeof value === 'number' ? value : Number(value));
const textOf = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/*
 * Numbers, percentages and months as the viewer's locale writes them, with Intl and currentLocale()
 * here rather than format.ts's: the issue view's frames share format.ts's chunk, which these would
 * make heavier for frames that never show a portfolio. Days and moments are format.ts's.
 */

/** A number as the viewer's locale writes it (`1.234`, `1,234`). */
export const formatCount = (value: number, options?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(currentLocale(), options).format(value);

/** A whole percentage (82) as the viewer's locale writes it: `82%`, `82 %`; the none sign for no value. */
export const percent = (value: number | null): string => (value === null ? t('portfolio.none') : formatCount(value / 100, { style: 'percent' }));

/** A change in whole percent with its sign: `+50%`, `-30 %`. */
const signedPercent = (value: number): string => formatCount(value / 100, { style: 'percent', signDisplay: 'exceptZero' });

/** A `YYYY-MM` month as a sentence names it (`Nov 2026`, `Nov. 2026`, `2026年11月`). */
function formatLongMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The sentence of a health reason, from its code and the values it rests on, in the viewer's
 * language: percentages, months and dates as their locale writes them, counts as plurals.
 */
export function reasonText(reason: HealthReasonView): string {
  const v = reason.values;
  switch (reason.code) {
    case 'csat-fell':
      return t('portfolio.reason.csat-fell', {
        from: percent(numberOf(v.from)),
        to: percent(numberOf(v.to)),
        fromMonth: formatLongMonth(textOf(v.fromMonth)),
        toMonth: formatLongMonth(textOf(v.toMonth)),
      });
    case 'csat-low':
      return t('portfolio.reason.csat-low', {
        csat: percent(numberOf(v.csat)),
        month: formatLongMonth(textOf(v.month)),
        answered: numberOf(v.answered),
        threshold: percent(numberOf(v.threshold)),
      });
    case 'agreement-ending':
      return t('portfolio.reason.agreement-ending', { name: textOf(v.name), endDate: formatDate(textOf(v.endDate)), days: numberOf(v.days) });
    case 'volume-changed':
      return t('portfolio.reason.volume-changed', {
        change: signedPercent(numberOf(v.change)),
        days: numberOf(v.days),
        previous: numberOf(v.previous),
        recent: numberOf(v.recent),
      });
    default:
      return t(`portfolio.reason.${reason.code}`, v);
  }
}

/** A date `YYYY-MM-DD` or an ISO moment, as the viewer's locale writes a day. */
export function formatDay(value: string | null | undefined): string {
  return value ? formatDate(value.length === 10 ? value : value.slice(0, 10)) : t('portfolio.none');
}

/** A moment as the viewer's locale writes a day and a time. */
export function formatMoment(value: string | null | undefined): string {
  return value ? formatDateTime(value) : t('portfolio.none');
}

/** A `YYYY-MM` month, short, for a chart's axis (`Nov 26`, `26年11月`). */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date);
}

/** Names listed as the viewer's language separates them (`a, b`; `甲、乙`). */
export const formatList = (names: readonly string[]): string => names.join(t('portfolio.list.separator'));

/** Read by screen readers, not shown. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
