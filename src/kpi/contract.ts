import { z } from 'zod';
import { defineContract } from '#kernel/contract';
import { periodSpec } from '#kernel/periods';
import {
  CACHE_MINUTES,
  COMPARISONS,
  DEFAULT_GADGET_KPIS,
  GADGET_LAYOUTS,
  KPI_GROUPS,
  KPI_NOTES,
  KPI_REASONS,
  KPI_SOURCES,
  KPI_UNITS,
  MAX_HISTORY,
  MAX_KPIS,
  MAX_SCOPE_PROJECTS,
  RAG_STATUSES,
} from './domain/constants';

/**
 * The KPI dashboard gadget (`brm-kpi-gadget`) and the KPI engine's answers. The gadget's stored
 * configuration is parsed with `gadgetConfig` wherever it is read: a bad one gets the gadget's
 * "reconfigure" state, never a half-working gadget.
 */

export { CACHE_MINUTES, DEFAULT_GADGET_KPIS, GADGET_LAYOUTS, MAX_KPIS, MAX_SCOPE_PROJECTS, KPI_GROUPS, KPI_REASONS, KPI_NOTES, KPI_UNITS };

const numericId = (what: string) => z.string().regex(/^\d{1,18}$/, { error: `must be the id of ${what}` });

/** A KPI id as the catalogue writes them; the service refuses ids the catalogue does not have. */
export const kpiIdText = z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'must be a KPI id' });

/** Which issues the KPIs count: projects (none: every service project the viewer can browse), one customer, one service. */
export const kpiScope = z.object({
  projectIds: z
    .array(numericId('a project'))
    .max(MAX_SCOPE_PROJECTS, { error: `must name at most ${MAX_SCOPE_PROJECTS} projects` })
    .optional(),
  customerId: numericId('an organization').optional(),
  serviceId: z.string().min(1).max(255).optional(),
});
export type KpiScope = z.infer<typeof kpiScope>;

export const gadgetLayout = z.enum(GADGET_LAYOUTS, { error: `must be one of ${GADGET_LAYOUTS.join(', ')}` });
export const comparison = z.enum(COMPARISONS, { error: `must be one of ${COMPARISONS.join(', ')}` });

/** A KPI on the gadget, in the order the manager chose, with the manager's target (null: none; absent: the KPI's default). */
export const gadgetKpi = z.object({ id: kpiIdText, target: z.number().finite().nullable().optional() });

/**
 * A gadget's configuration, as its edit view submits it (`view.submit`) and Jira hands it back
 * (`extension.gadgetConfiguration`). `refresh` is Jira's own field: the dashboard refreshes the
 * gadget every so many minutes.
 */
export const gadgetConfig = z
  .object({
    kpis: z
      .array(gadgetKpi)
      .min(1, { error: 'must name at least one KPI' })
      .max(MAX_KPIS, { error: `must name at most ${MAX_KPIS} KPIs` }),
    scope: kpiScope.default({}),
    period: periodSpec,
    compare: comparison.default('previous'),
    layout: gadgetLayout.default('tiles'),
    cacheMinutes: z.number().int().min(CACHE_MINUTES.min).max(CACHE_MINUTES.max).default(CACHE_MINUTES.default),
    refresh: z.number().int().positive().optional(),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.kpis.forEach((kpi, i) => {
      if (seen.has(kpi.id)) ctx.addIssue({ code: 'custom', path: ['kpis', i, 'id'], message: 'names a KPI already on the gadget' });
      seen.add(kpi.id);
    });
  });
export type GadgetConfig = z.output<typeof gadgetConfig>;
export type GadgetConfigInput = z.input<typeof gadgetConfig>;

export const ragStatus = z.enum(RAG_STATUSES);
export const kpiUnit = z.enum(KPI_UNITS);
export const kpiReason = z.enum(KPI_REASONS);
export const kpiNote = z.enum(KPI_NOTES);

const span = z.object({ start: z.string(), end: z.string() });

export const kpiTrend = z.object({
  delta: z.number(),
  percent: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat']),
  good: z.boolean().nullable(),
});

/** One KPI's answer: its value now and before, trend, status, sparkline, drill-down, or why it has none. */
export const kpiResult = z.object({
  id: z.string(),
  group: z.enum(KPI_GROUPS),
  unit: kpiUnit,
  upIsGood: z.boolean().nullable(),
  label: z.string(),
  description: z.string(),
  formula: z.string(),
  /** ok: it has a value (which may still be null: nothing to divide by); unavailable: it cannot have one here; error: computing it failed. */
  state: z.enum(['ok', 'unavailable', 'error']),
  reason: kpiReason.nullable(),
  /** Jira's own words, when Jira refused or failed. */
  detail: z.string().nullable(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  trend: kpiTrend.nullable(),
  target: z.number().nullable(),
  status: ragStatus.nullable(),
  /** Sparkline points, oldest first, ending with the period itself. */
  history: z.array(span.extend({ value: z.number().nullable() })),
  /** The JQL of what the value counts in the period, for Jira's issue search. */
  drillDownJql: z.string().nullable(),
  /** For values read from a sample of issues: how many were read, and whether the cap stopped the reading. */
  sample: z.object({ size: z.number().int(), capped: z.boolean() }).nullable(),
  notes: z.array(kpiNote),
  /** The value is an earlier one kept in the cache: Jira was busy or failed. */
  stale: z.boolean(),
});
export type KpiResult = z.infer<typeof kpiResult>;

export const scopeProject = z.object({ id: z.string(), key: z.string(), name: z.string() });

/** A render of the gadget: the period, what the viewer's scope came to, and each KPI. */
export const kpiReport = z.object({
  computedAt: z.string(),
  period: span.extend({ open: z.boolean() }),
  previousPeriod: span.nullable(),
  scope: z.object({
    projects: z.array(scopeProject),
    hiddenProjects: z.number().int(),
    customerName: z.string().nullable(),
    serviceName: z.string().nullable(),
  }),
  kpis: z.array(kpiResult),
});
export type KpiReport = z.infer<typeof kpiReport>;

/** CSAT per catalogue service, for the bar chart layout. */
export const csatByService = z.object({
  state: z.enum(['ok', 'unavailable', 'error']),
  reason: kpiReason.nullable(),
  period: span.extend({ open: z.boolean() }),
  target: z.number().nullable(),
  services: z.array(z.object({ id: z.string(), name: z.string(), value: z.number().nullable(), responses: z.number().int(), status: ragStatus.nullable() })),
  notes: z.array(kpiNote),
});
export type CsatByService = z.infer<typeof csatByService>;

/** A KPI the edit view offers. */
export const catalogueEntry = z.object({
  id: z.string(),
  group: z.enum(KPI_GROUPS),
  unit: kpiUnit,
  upIsGood: z.boolean().nullable(),
  defaultTarget: z.number().nullable(),
  label: z.string(),
  description: z.string(),
  formula: z.string(),
  source: z.enum(KPI_SOURCES),
  /** false when the KPI's source is not installed on this site yet. */
  available: z.boolean(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

const choice = z.object({ id: z.string(), name: z.string() });

export const gadgetOptions = z.object({
  catalogue: z.array(catalogueEntry),
  projects: z.array(scopeProject),
  services: z.array(choice),
  customers: z.array(choice),
  /** The customers list stopped at its cap: the site has more organizations than the edit view lists. */
  customersCapped: z.boolean(),
});
export type GadgetOptions = z.infer<typeof gadgetOptions>;

export const historyPoints = z.number().int().min(0).max(MAX_HISTORY);

export const kpiContract = defineContract({
  /** The gadget's KPIs for its configuration, computed as the viewer. */
  getKpis: { input: gadgetConfig, output: kpiReport },
  /** CSAT per service for the bar chart layout. */
  getCsatByService: { input: gadgetConfig, output: csatByService },
  /** What the edit view offers: the catalogue, and the projects, services and customers the editor may choose. */
  getGadgetOptions: { input: z.object({}), output: gadgetOptions },
  /** Checks a configuration as the editor before the edit view submits it: every project, customer, service and KPI must be one they may choose. */
  checkGadgetConfig: { input: gadgetConfig, output: z.object({ config: gadgetConfig }) },
});
export type KpiContract = typeof kpiContract;
