import type { CSSProperties } from 'react';
import type { HealthReasonView } from '#portfolio/contract';
import { t } from '../i18n';
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

/** The sentence of a health reason, from its code and the values it rests on. */
export const reasonText = (reason: HealthReasonView): string => t(`portfolio.reason.${reason.code}`, reason.values);

/** A date `YYYY-MM-DD` or an ISO moment, as the user's locale writes a day. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return t('portfolio.none');
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatMoment(value: string | null | undefined): string {
  if (!value) return t('portfolio.none');
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A `YYYY-MM` month, short. */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : date.toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });
}

export const percent = (value: number | null): string => (value === null ? t('portfolio.none') : t('portfolio.percent', { value }));

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
