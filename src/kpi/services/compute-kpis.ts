import { forbidden, invalidInput } from '#kernel/app-error';
import { APP_FIELD_KEYS } from '#provisioning/domain/app-fields';
import { BRM_TYPE_KEYS } from '#provisioning/domain/issue-types';
import type { TypeNamesInUse } from '#provisioning/domain/names';
import { TYPE_NAMES_KEY, typeNamesFrom } from '#provisioning/names-store';
import {
  isClosed,
  isWholeMonths,
  periodBounds,
  periodHistory,
  periodKey,
  previousPeriod,
  resolvePeriod,
  type PeriodSpec,
  type SteppedPeriod,
} from '#kernel/periods';
import type { Locale } from '#kernel/locales';
import { readMany } from '#platform/kvs/batch-store';
import type { KpiReport, KpiResult, KpiScope } from '#kpi/contract';
import { kpiDefinition } from '#kpi/domain/catalogue';
import { CACHE_MINUTES, DEFAULT_HISTORY, JIRA_CONCURRENCY, MAX_HISTORY } from '#kpi/domain/constants';
import { sourceOf, type KpiDefinition } from '#kpi/domain/definition';
import { drillDownJql, evaluate, sampleOf, sampleQuery } from '#kpi/domain/evaluate';
import { MissingAppField, type JqlContext } from '#kpi/domain/jql';
import { kpiTexts } from '#kpi/domain/kpi-texts';
import { KPI_TEXTS } from '#kpi/texts';
import { ragStatus, trendOf } from '#kpi/domain/status';
import { AnswerMissing, gather, unavailability, type Missing, type PeriodAnswers } from './gather';
import { JiraReader } from './jira-reader';
import { PeriodCache, periodRecordKey } from './period-cache';
import { viewerKey, viewerOf, type Viewer } from './viewer';

/**
 * The KPI engine: one render of a set of KPIs for a scope and a period, as the viewer. Its Jira
 * calls are bounded by KPIs × periods (each distinct count once, each sample up to its cap), never
 * by the number of issues; what a closed period answered is cached for good, what the open period
 * answered for `cacheMinutes`. A KPI that cannot be computed says why; the others still render.
 * Labels, descriptions and formulas are written in the viewer's language, which Jira gave with
 * their time zone (viewer.ts).
 */

export interface KpiRequest {
  kpiIds: string[];
  scope: KpiScope;
  period: PeriodSpec;
  compare: 'previous' | 'none';
  /** Sparkline points (default 12). */
  history?: number;
}

export interface RenderOptions {
  /** The manager's targets by KPI id (null: no target); KPIs not named keep their default. */
  targets?: Readonly<Record<string, number | null>>;
  /** How long the open period's values stay fresh. */
  cacheMinutes?: number;
  now?: number;
}

interface Evaluated {
  value: number | null;
  stale: boolean;
}

function evaluateIn(definition: KpiDefinition, ctx: JqlContext, answers: PeriodAnswers | undefined): Evaluated | Missing {
  if (!answers) return { reason: 'jira-failed', detail: null };
  answers.staleRead = false;
  try {
    const value = evaluate(definition.measure, ctx, answers);
    return { value: value !== null && Number.isFinite(value) ? value : null, stale: answers.staleRead };
  } catch (error) {
    if (error instanceof AnswerMissing) return error.missing;
    if (error instanceof MissingAppField) return { reason: 'app-fields-missing', detail: error.key };
    throw error;
  }
}

const isMissing = (e: Evaluated | Missing): e is Missing => 'reason' in e;

/** Reasons that mean the KPI cannot have a value here (as opposed to: computing it failed). */
const UNAVAILABLE = new Set<Missing['reason']>([
  'surveys-not-installed',
  'portfolio-not-installed',
  'no-agent-access',
  'app-fields-missing',
  'jira-refused',
  'not-for-scope',
  'no-projects',
]);

function resultOf(
  definition: KpiDefinition,
  current: SteppedPeriod,
  previous: SteppedPeriod | null,
  history: readonly SteppedPeriod[],
  contextOf: (p: SteppedPeriod) => JqlContext,
  answersOf: (p: SteppedPeriod) => PeriodAnswers | undefined,
  blocked: Missing | undefined,
  target: number | null,
  notes: KpiResult['notes'],
  locale: Locale,
): KpiResult {
  const texts = kpiTexts(definition.id, locale);
  const at = (p: SteppedPeriod): Evaluated | Missing => blocked ?? evaluateIn(definition, contextOf(p), answersOf(p));
  const now = at(current);
  const before = previous ? at(previous) : undefined;
  const value = isMissing(now) ? null : now.value;
  const previousValue = before && !isMissing(before) ? before.value : null;
  let drill: string | null = null;
  try {
    drill = blocked ? null : (drillDownJql(definition, contextOf(current)) ?? null);
  } catch (error) {
    if (!(error instanceof MissingAppField)) throw error;
  }
  const spec = sampleOf(definition);
  let sample: KpiResult['sample'] = null;
  if (spec && !blocked && !isMissing(now)) {
    try {
      const s = answersOf(current)?.sample(sampleQuery(spec, contextOf(current)));
      sample = s ? { size: s.size, capped: s.capped } : null;
    } catch {
      sample = null;
    }
  }
  return {
    id: definition.id,
    group: definition.group,
    unit: definition.unit,
    upIsGood: definition.upIsGood,
    label: texts.label,
    description: texts.description,
    formula: texts.formula,
    state: isMissing(now) ? (UNAVAILABLE.has(now.reason) ? 'unavailable' : 'error') : 'ok',
    reason: isMissing(now) ? now.reason : null,
    detail: isMissing(now) ? now.detail : null,
    value,
    previous: previousValue,
    trend: trendOf(value, previousValue, definition.upIsGood),
    target,
    status: ragStatus(value, target, definition.upIsGood, definition.amberBand),
    history: history.map((p) => {
      const point = at(p);
      return { ...periodBounds(p), value: isMissing(point) ? null : point.value };
    }),
    drillDownJql: drill,
    sample,
    notes,
    stale: (!isMissing(now) && now.stale) || (before !== undefined && !isMissing(before) && before.stale),
  };
}

function notesOf(definition: KpiDefinition, period: SteppedPeriod, scope: KpiScope): KpiResult['notes'] {
  const source = sourceOf(definition.measure);
  const notes: KpiResult['notes'] = [];
  if (source === 'surveys' && !isWholeMonths(period)) notes.push('whole-months');
  if (source === 'portfolio' && scope.projectIds !== undefined) notes.push('all-customers');
  return notes;
}

/** The definitions of the ids asked for, refusing an id the catalogue does not have (naming it). */
export function definitionsOf(kpiIds: readonly string[], field: (index: number) => string): KpiDefinition[] {
  return kpiIds.map((id, i) => {
    const definition = kpiDefinition(id);
    if (!definition) throw invalidInput(field(i), KPI_TEXTS.text('error.unknownKpi', { id }));
    return definition;
  });
}

/** The periods of a render: the sparkline's, ending with the current one, and the previous one. */
export function renderPeriods(spec: PeriodSpec, compare: 'previous' | 'none', historyPoints: number, now: number) {
  const current = resolvePeriod(spec, now);
  const previous = compare === 'previous' ? previousPeriod(current) : null;
  const history = periodHistory(current, historyPoints);
  const all = new Map<string, SteppedPeriod>();
  for (const p of [...history, current, ...(previous ? [previous] : [])]) all.set(periodKey(p), p);
  return { current, previous, history, all: [...all.values()] };
}

/** The KPIs name types by key; JQL names them as Jira has them (in the language provisioning chose). */
export function jqlContextOf(viewer: Viewer, scope: KpiScope, now: number, typeNames: TypeNamesInUse): (period: SteppedPeriod) => JqlContext {
  const issueTypeNames: ReadonlyMap<string, readonly string[]> = new Map(BRM_TYPE_KEYS.map((key) => [key, typeNames[key]]));
  const appFieldIds = new Map(
    APP_FIELD_KEYS.flatMap((key) => {
      const id = viewer.appFieldIds[key];
      return id === undefined ? [] : [[key, id] as const];
    }),
  );
  const jqlScope = {
    projectIds: viewer.projects.map((p) => p.id),
    ...(scope.customerId !== undefined ? { customerId: scope.customerId } : {}),
    ...(scope.serviceId !== undefined ? { serviceId: scope.serviceId } : {}),
  };
  return (period) => ({ scope: jqlScope, period, now, timeZone: viewer.timeZone, appFieldIds, issueTypeNames });
}

/** One render of the KPIs, as `accountId` (the invoking user: counts run as them). */
export async function computeKpiReport(accountId: string | undefined, request: KpiRequest, options: RenderOptions = {}): Promise<KpiReport> {
  if (!accountId) throw forbidden(KPI_TEXTS.text('error.notSignedIn'));
  const definitions = definitionsOf(request.kpiIds, (i) => `kpiIds.${i}`);
  const historyPoints = Math.min(Math.max(0, request.history ?? DEFAULT_HISTORY), MAX_HISTORY);
  if (historyPoints !== (request.history ?? DEFAULT_HISTORY)) throw invalidInput('history', KPI_TEXTS.text('error.history', { max: MAX_HISTORY }));
  const now = options.now ?? Date.now();
  const cacheMinutes = options.cacheMinutes ?? CACHE_MINUTES.default;
  const periods = renderPeriods(request.period, request.compare, historyPoints, now);

  const keyOfViewer = viewerKey(accountId, request.scope);
  const recordKeys = periods.all.map((p) => periodRecordKey(accountId, request.scope, p));
  // One batch: the viewer, the names of the BRM types, the cached periods.
  const stored = await readMany([keyOfViewer, TYPE_NAMES_KEY, ...recordKeys]);
  const viewer = await viewerOf(accountId, request.scope, cacheMinutes, now, stored.get(keyOfViewer));
  const contextOf = jqlContextOf(viewer, request.scope, now, typeNamesFrom(stored.get(TYPE_NAMES_KEY)));

  const blocked = new Map<string, Missing>();
  for (const d of definitions) {
    const why = viewer.projects.length === 0 ? { reason: 'no-projects' as const, detail: null } : unavailability(d, viewer, request.scope);
    if (why) blocked.set(d.id, why);
  }
  const reader = new JiraReader(JIRA_CONCURRENCY);
  const cache = new PeriodCache(new Map(recordKeys.map((k) => [k, stored.get(k)])));
  const gathered =
    viewer.projects.length === 0
      ? { answers: new Map<string, PeriodAnswers>(), unavailable: blocked }
      : await gather({
          definitions,
          unavailable: blocked,
          periods: periods.all,
          contextOf,
          accountId,
          scope: request.scope,
          viewer,
          cache,
          reader,
          now,
          freshForMs: cacheMinutes * 60_000,
        });

  const targetOf = (d: KpiDefinition): number | null =>
    options.targets && Object.hasOwn(options.targets, d.id) ? (options.targets[d.id] ?? null) : d.defaultTarget;
  const kpis = definitions.map((d) =>
    resultOf(
      d,
      periods.current,
      periods.previous,
      periods.history,
      contextOf,
      (p) => gathered.answers.get(periodKey(p)),
      gathered.unavailable.get(d.id),
      targetOf(d),
      notesOf(d, periods.current, request.scope),
      viewer.locale,
    ),
  );
  return {
    computedAt: new Date(now).toISOString(),
    period: { ...periodBounds(periods.current), open: !isClosed(periods.current, now) },
    previousPeriod: periods.previous ? periodBounds(periods.previous) : null,
    scope: {
      projects: viewer.projects,
      hiddenProjects: viewer.hiddenProjects,
      customerName: viewer.customer?.name ?? null,
      serviceName: viewer.service?.name ?? null,
    },
    kpis,
  };
}
