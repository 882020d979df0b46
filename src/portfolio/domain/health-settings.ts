import { z } from 'zod';
import { numberValue } from '#kernel/input-schemas';

/**
 * The thresholds of the health rule, set on the admin page. Each has its bounds here, once; the
 * contract and the admin form take them from this table.
 */
export const HEALTH_SETTING_BOUNDS = {
  /** CSAT (% of 4s and 5s) fell by at least this many points over the trend window: watch / at risk. */
  csatDropWatch: { min: 1, max: 100, default: 10 },
  csatDropRisk: { min: 1, max: 100, default: 20 },
  /** CSAT below this %: watch / at risk. */
  csatFloorWatch: { min: 0, max: 100, default: 75 },
  csatFloorRisk: { min: 0, max: 100, default: 60 },
  /** Complete months the CSAT trend looks back over (the current month is added). */
  trendMonths: { min: 1, max: 11, default: 3 },
  /** NPS below this: watch / at risk. */
  npsWatch: { min: -100, max: 100, default: 20 },
  npsRisk: { min: -100, max: 100, default: 0 },
  /** Fewest survey answers a month (or the window, for NPS) needs before it counts. */
  minResponses: { min: 1, max: 1000, default: 5 },
  /** Open complaints: watch / at risk at this many or more. */
  openComplaintsWatch: { min: 1, max: 1000, default: 2 },
  openComplaintsRisk: { min: 1, max: 1000, default: 5 },
  /** Escalated open complaints: at risk at this many or more. */
  escalatedRisk: { min: 1, max: 1000, default: 1 },
  /** Complaints with an overdue measure: watch / at risk at this many or more. */
  overdueWatch: { min: 1, max: 1000, default: 1 },
  overdueRisk: { min: 1, max: 1000, default: 3 },
  /** An agreement ending within this many days: watch / at risk. */
  agreementWatchDays: { min: 1, max: 365, default: 90 },
  agreementRiskDays: { min: 0, max: 365, default: 30 },
  /** Tickets of the last N days against the N days before. */
  volumeWindowDays: { min: 7, max: 180, default: 30 },
  /** Change of ticket volume, in % either way: watch / at risk. */
  volumeChangeWatch: { min: 1, max: 10_000, default: 50 },
  volumeChangeRisk: { min: 1, max: 10_000, default: 100 },
  /** Fewest tickets in the earlier window for a change to count. */
  volumeMinTickets: { min: 1, max: 100_000, default: 10 },
} as const;

export type HealthSettingKey = keyof typeof HEALTH_SETTING_BOUNDS;
export type HealthSettings = Record<HealthSettingKey, number>;

const isSettingKey = (key: string): key is HealthSettingKey => Object.hasOwn(HEALTH_SETTING_BOUNDS, key);
export const HEALTH_SETTING_KEYS: readonly HealthSettingKey[] = Object.keys(HEALTH_SETTING_BOUNDS).filter(isSettingKey);

/** One value per setting, made by `make`. */
function perSetting<T>(make: (key: HealthSettingKey) => T): Record<HealthSettingKey, T> {
  const entries = HEALTH_SETTING_KEYS.map((key) => [key, make(key)] as const);
  return Object.fromEntries(entries) as Record<HealthSettingKey, T>;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = perSetting((key) => HEALTH_SETTING_BOUNDS[key].default);

const bounded = (key: HealthSettingKey) => {
  const { min, max } = HEALTH_SETTING_BOUNDS[key];
  return z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
};

/** Pairs where the at-risk threshold must be at least as severe as the watch one. */
const ORDERED_PAIRS: readonly { watch: HealthSettingKey; risk: HealthSettingKey; riskIs: 'higher' | 'lower' }[] = [
  { watch: 'csatDropWatch', risk: 'csatDropRisk', riskIs: 'higher' },
  { watch: 'csatFloorWatch', risk: 'csatFloorRisk', riskIs: 'lower' },
  { watch: 'npsWatch', risk: 'npsRisk', riskIs: 'lower' },
  { watch: 'openComplaintsWatch', risk: 'openComplaintsRisk', riskIs: 'higher' },
  { watch: 'overdueWatch', risk: 'overdueRisk', riskIs: 'higher' },
  { watch: 'agreementWatchDays', risk: 'agreementRiskDays', riskIs: 'lower' },
  { watch: 'volumeChangeWatch', risk: 'volumeChangeRisk', riskIs: 'higher' },
];

/** What is wrong with one threshold: out of its bounds, or less severe than its watch threshold. */
export type HealthSettingProblem =
  | { key: HealthSettingKey; kind: 'below-min'; min: number }
  | { key: HealthSettingKey; kind: 'above-max'; max: number }
  | { key: HealthSettingKey; kind: 'below-watch' | 'above-watch'; watch: number };

/**
 * The problems of whole-number thresholds: each one out of its bounds; when all are within them,
 * each at-risk threshold that is less severe than its watch threshold. None: they can be saved.
 */
export function healthSettingProblems(settings: HealthSettings): HealthSettingProblem[] {
  const outOfBounds = HEALTH_SETTING_KEYS.flatMap((key): HealthSettingProblem[] => {
    const { min, max } = HEALTH_SETTING_BOUNDS[key];
    const value = settings[key];
    return value < min ? [{ key, kind: 'below-min', min }] : value > max ? [{ key, kind: 'above-max', max }] : [];
  });
  if (outOfBounds.length > 0) return outOfBounds;
  return ORDERED_PAIRS.flatMap((pair): HealthSettingProblem[] => {
    const watch = settings[pair.watch];
    const risk = settings[pair.risk];
    if (pair.riskIs === 'higher' ? risk < watch : risk > watch)
      return [{ key: pair.risk, kind: pair.riskIs === 'higher' ? 'below-watch' : 'above-watch', watch }];
    return [];
  });
}

/** The thresholds as a zod schema: each in its bounds, each at-risk threshold at least as severe as its watch one. */
export const healthSettings = z.object(perSetting(bounded)).superRefine((settings, ctx) => {
  for (const problem of healthSettingProblems(settings)) {
    if (problem.kind === 'below-watch' || problem.kind === 'above-watch')
      ctx.addIssue({
        code: 'custom',
        path: [problem.key],
        message: `must be at ${problem.kind === 'below-watch' ? 'least' : 'most'} the watch threshold (${problem.watch})`,
      });
  }
});

/**
 * The thresholds as the admin page sends them: a whole number each. Their bounds and order are
 * checked by the service (healthSettingProblems), which says what is wrong in the admin's language.
 */
export const healthSettingsInput = z.object(perSetting(() => numberValue().int({ error: 'must be a whole number' })));

/** Stored settings read back leniently: whatever does not parse falls back to the defaults. */
export function settingsOrDefaults(stored: unknown): HealthSettings {
  const parsed = healthSettings.safeParse(typeof stored === 'object' && stored !== null ? { ...DEFAULT_HEALTH_SETTINGS, ...stored } : DEFAULT_HEALTH_SETTINGS);
  return parsed.success ? parsed.data : DEFAULT_HEALTH_SETTINGS;
}
