import { forbidden, invalidInput } from '#kernel/app-error';
import { isClosed, isWholeMonths, monthsOverlapping, periodBounds, resolvePeriod } from '#kernel/periods';
import { asUserJira } from '#platform/jira/client';
import { searchServiceProjects } from '#platform/jira/projects';
import { someOrganizations } from '#platform/jira/service-desk';
import { readMany } from '#platform/kvs/batch-store';
import { listServices } from '#catalogue/catalogue-service';
import type { CatalogueEntry, CsatByService, GadgetConfig, GadgetOptions, KpiReport } from '#kpi/contract';
import { KPI_CATALOGUE, kpiDefinition } from '#kpi/domain/catalogue';
import { DEFAULT_HISTORY } from '#kpi/domain/constants';
import { sourceOf } from '#kpi/domain/definition';
import { share } from '#kpi/domain/formulas';
import { kpiTexts } from '#kpi/domain/kpi-texts';
import { ragStatus } from '#kpi/domain/status';
import { overallByService } from '#kpi/domain/survey-totals';
import { computeKpiReport, definitionsOf } from './compute-kpis';
import { portfolioSource, surveySource } from './sources';
import { viewerKey, viewerOf } from './viewer';

/** The gadget's uses of the engine: a render, CSAT per service, the edit view's choices and its check. */

const requireSignedIn = (accountId: string | undefined): string => {
  if (!accountId) throw forbidden('You need to be signed in to Jira to see KPIs.');
  return accountId;
};

/** The manager's targets: a KPI whose target the config leaves out keeps its default. */
const targetsOf = (config: GadgetConfig): Record<string, number | null> =>
  Object.fromEntries(config.kpis.flatMap((k) => (k.target === undefined ? [] : [[k.id, k.target] as const])));

export function gadgetReport(accountId: string | undefined, config: GadgetConfig): Promise<KpiReport> {
  definitionsOf(
    config.kpis.map((k) => k.id),
    (i) => `kpis.${i}.id`,
  );
  return computeKpiReport(
    requireSignedIn(accountId),
    { kpiIds: config.kpis.map((k) => k.id), scope: config.scope, period: config.period, compare: config.compare, history: DEFAULT_HISTORY },
    { targets: targetsOf(config), cacheMinutes: config.cacheMinutes },
  );
}

/**
 * CSAT (the share of 4 and 5 answers to the overall question) per catalogue service in the
 * period, from one read of the survey aggregates over the projects where the viewer is an agent.
 */
export async function csatByServiceFor(accountId: string | undefined, config: GadgetConfig, now: number = Date.now()): Promise<CsatByService> {
  const viewerAccount = requireSignedIn(accountId);
  const period = resolvePeriod(config.period, now);
  const csat = kpiDefinition('csat-percent');
  const configured = config.kpis.find((k) => k.id === 'csat-percent');
  const target = configured && configured.target !== undefined ? configured.target : (csat?.defaultTarget ?? null);
  const base = {
    period: { ...periodBounds(period), open: !isClosed(period, now) },
    target,
    services: [],
    notes: isWholeMonths(period) ? [] : ['whole-months' as const],
  };
  const source = surveySource;
  if (source === null) return { ...base, state: 'unavailable', reason: 'surveys-not-installed' };
  const key = viewerKey(viewerAccount, config.scope);
  const viewer = await viewerOf(viewerAccount, config.scope, config.cacheMinutes, now, (await readMany([key])).get(key));
  if (viewer.agentProjectIds.length === 0) return { ...base, state: 'unavailable', reason: viewer.projects.length === 0 ? 'no-projects' : 'no-agent-access' };
  let rows;
  try {
    rows = await source.readSurveyAggregates({
      months: monthsOverlapping(period),
      projectIds: viewer.agentProjectIds,
      ...(config.scope.customerId !== undefined ? { customerIds: [config.scope.customerId] } : {}),
      ...(config.scope.serviceId !== undefined ? { serviceIds: [config.scope.serviceId] } : {}),
    });
  } catch (error) {
    console.error('Reading the survey aggregates failed', error);
    return { ...base, state: 'error', reason: 'source-failed' };
  }
  const byService = overallByService(rows, period);
  const services = (await listServices(true))
    .filter((s) => (config.scope.serviceId === undefined || s.id === config.scope.serviceId) && (s.status === 'active' || byService.has(s.id)))
    .map((s) => {
      const answers = byService.get(s.id);
      const value = answers ? share(answers, 4) : null;
      return { id: s.id, name: s.name, value, responses: answers?.count ?? 0, status: csat ? ragStatus(value, target, csat.upIsGood, csat.amberBand) : null };
    });
  return { ...base, state: 'ok', reason: null, services };
}

/** How many organizations the edit view lists at most. */
export const CUSTOMER_CHOICES_MAX = 200;

const SOURCE_AVAILABLE = { jira: true, surveys: surveySource !== null, portfolio: portfolioSource !== null } as const;

export function catalogueEntries(): CatalogueEntry[] {
  return KPI_CATALOGUE.map((d) => {
    const source = sourceOf(d.measure);
    return {
      id: d.id,
      group: d.group,
      unit: d.unit,
      upIsGood: d.upIsGood,
      defaultTarget: d.defaultTarget,
      ...kpiTexts(d.id),
      source,
      available: SOURCE_AVAILABLE[source],
    };
  });
}

export async function gadgetOptions(accountId: string | undefined): Promise<GadgetOptions> {
  requireSignedIn(accountId);
  const client = asUserJira();
  const [projects, services, customers] = await Promise.all([
    searchServiceProjects(client),
    listServices(false),
    someOrganizations(client, CUSTOMER_CHOICES_MAX),
  ]);
  return {
    catalogue: catalogueEntries(),
    projects: projects.map((p) => ({ id: p.id, key: p.key, name: p.name })),
    services: services.map((s) => ({ id: s.id, name: s.name })),
    customers: customers.organizations.map((o) => ({ id: o.id, name: o.name })).sort((a, b) => a.name.localeCompare(b.name)),
    customersCapped: customers.capped,
  };
}

/**
 * Checks a configuration as its editor, asking Jira afresh: every KPI is in the catalogue, every
 * project one they can browse, the customer one they can see, the service in the catalogue. The
 * first problem is refused, naming its field.
 */
export async function checkGadgetConfig(accountId: string | undefined, config: GadgetConfig, now: number = Date.now()): Promise<GadgetConfig> {
  const editor = requireSignedIn(accountId);
  definitionsOf(
    config.kpis.map((k) => k.id),
    (i) => `kpis.${i}.id`,
  );
  const viewer = await viewerOf(editor, config.scope, config.cacheMinutes, now, undefined);
  const visible = new Set(viewer.projects.map((p) => p.id));
  const wanted = config.scope.projectIds ?? [];
  const hidden = wanted.findIndex((id) => !visible.has(id));
  if (hidden >= 0) throw invalidInput(`scope.projectIds.${hidden}`, `project ${wanted[hidden] ?? ''} does not exist or you cannot browse it`);
  if (viewer.projects.length === 0) throw invalidInput('scope.projectIds', 'you cannot browse any service project');
  return config;
}
