import type { SampleKind } from './definition';

/**
 * The engine's limits, defined once: the contract, the UI and the texts derive theirs from here.
 */

/**
 * The most issues a sample reads per period (pages of `SAMPLE_PAGE_SIZE` from `/search/jql`), so
 * that a render's cost does not grow with the tenant; the result says when a sample hit its cap.
 */
export const SAMPLE_CAPS: Readonly<Record<SampleKind, number>> = {
  'resolution-times': 200,
  recurrence: 1_000,
  overruns: 1_000,
};
export const SAMPLE_PAGE_SIZE = 100;

/** Counts and samples running at once, per render. */
export const JIRA_CONCURRENCY = 6;

/** KPIs on one gadget, projects in one scope, points of a sparkline. */
export const MAX_KPIS = 12;
export const MAX_SCOPE_PROJECTS = 20;
export const DEFAULT_HISTORY = 12;
export const MAX_HISTORY = 24;

/** How long the value of a period that has not ended stays fresh, in minutes (the gadget's setting). */
export const CACHE_MINUTES = { min: 1, max: 1_440, default: 15 } as const;

/**
 * How long a cached value of an open period is kept after it stops being fresh, to be shown as
 * stale when Jira is busy (429) or fails.
 */
export const STALE_KEEP_DAYS = 7;
