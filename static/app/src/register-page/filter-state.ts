import type { RegisterFilter, RegisterSort } from '#register/contract';

/** What the filter form edits: the register's filter, with the period chosen by a preset or between dates. */
export const PERIOD_PRESETS = ['any', '30', '90', '365', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type FilterDraft = Omit<RegisterFilter, 'createdFrom' | 'createdTo'> & { period: PeriodPreset; createdFrom?: string; createdTo?: string };

export const EMPTY_FILTER: FilterDraft = { status: 'all', measures: 'any', response: 'any', period: 'any' };
export const DEFAULT_SORT: RegisterSort = { key: 'created', direction: 'desc' };

const DAY_MS = 86_400_000;
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The filter the backend is asked for: a preset period becomes "created on or after" that many days ago. */
export function filterOf(draft: FilterDraft, now: number = Date.now()): RegisterFilter {
  const { period, createdFrom, createdTo, ...rest } = draft;
  if (period === 'any') return rest;
  if (period === 'custom') return { ...rest, ...(createdFrom ? { createdFrom } : {}), ...(createdTo ? { createdTo } : {}) };
  return { ...rest, createdFrom: dateOf(now - Number(period) * DAY_MS) };
}
