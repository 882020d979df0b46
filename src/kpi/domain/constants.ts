/**
 * The KPI feature's lists and limits, defined once; the domain, the contract and (through the
 * contract) the gadget derive theirs from here. Constants only: this file imports nothing, so the
 * contract can re-export it to the UI without bringing any rule along.
 */

export const KPI_GROUPS = ['complaints', 'compliments', 'satisfaction', 'surveys', 'customers', 'business-cases', 'service-requirements'] as const;

/**
 * How a value reads: a number of things, a percentage, days, an NPS (-100 to +100), a mean score
 * on a 1-5 or 1-7 scale, a ratio ("1.5 compliments per complaint") or an amount of money in the
 * Business Cases' own currency.
 */
export const KPI_UNITS = ['count', 'percent', 'days', 'nps', 'score-5', 'score-7', 'ratio', 'amount'] as const;

/** Where a KPI's numbers come from: Jira's issues, the survey aggregates, the customer portfolio. */
export const KPI_SOURCES = ['jira', 'surveys', 'portfolio'] as const;

export const RAG_STATUSES = ['red', 'amber', 'green'] as const;

/** How a gadget shows its KPIs. */
export const GADGET_LAYOUTS = ['tiles', 'table', 'csat-by-service'] as const;

export const COMPARISONS = ['previous', 'none'] as const;

/**
 * Why a KPI has no value: its source is not installed (surveys, portfolio), the viewer may not see
 * its aggregates, the app's fields or issue types are missing, Jira refused the query, Jira is busy
 * and nothing was cached, Jira failed, the KPI does not apply to the scope, or the viewer can see
 * none of the scope's projects, or reading the survey or portfolio figures failed.
 */
export const KPI_REASONS = [
  'surveys-not-installed',
  'portfolio-not-installed',
  'no-agent-access',
  'app-fields-missing',
  'jira-refused',
  'jira-busy',
  'jira-failed',
  'not-for-scope',
  'no-projects',
  'source-failed',
] as const;

/**
 * What a reader should know about a value: survey figures are kept by whole months (for a period
 * that is not made of them), customer figures count every customer whatever the projects.
 */
export const KPI_NOTES = ['whole-months', 'all-customers'] as const;

/** The samples that read issues page by page. */
export const SAMPLE_KINDS = ['resolution-times', 'recurrence', 'overruns'] as const;

/**
 * The most issues a sample reads per period, from `/search/jql` pages of `SAMPLE_PAGE_SIZE` with
 * only the fields it needs. At one page each, a sample costs exactly one call per period however
 * many issues match, so a render's cost is the same on every tenant; a result says when its sample
 * hit the cap (the value then comes from the most recent issues).
 */
export const SAMPLE_CAPS: Readonly<Record<(typeof SAMPLE_KINDS)[number], number>> = {
  'resolution-times': 100,
  recurrence: 100,
  overruns: 100,
};
export const SAMPLE_PAGE_SIZE = 100;

/** Counts and samples running at once, per render. */
export const JIRA_CONCURRENCY = 6;

/** KPIs on one gadget, projects in one scope, points of a sparkline. */
export const MAX_KPIS = 16;
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

/**
 * The KPIs a new gadget starts with (and the sandbox's dashboard shows): ten that cover what ITIL
 * asks BRM to watch.
 */
export const DEFAULT_GADGET_KPIS = [
  'complaints-received',
  'complaints-open',
  'complaint-resolution-median',
  'complaint-rate',
  'compliments-received',
  'csat-percent',
  'nps',
  'survey-response-rate',
  'customers-lost',
  'budget-overruns',
] as const;
