import { isClosed, isoDayOf, monthsOverlapping, periodKey, type SteppedPeriod } from '#kernel/periods';
import { writeMany } from '#platform/kvs/batch-store';
import type { KpiScope } from '#kpi/contract';
import type { KpiDefinition, KpiSource } from '#kpi/domain/definition';
import { sourceOf } from '#kpi/domain/definition';
import {
  EMPTY_SURVEY_TOTALS,
  needKey,
  needsOf,
  type Answers,
  type Need,
  type PortfolioTotals,
  type SampleQuery,
  type SampleSummary,
  type SurveyTotals,
} from '#kpi/domain/evaluate';
import { MissingAppField, type JqlContext } from '#kpi/domain/jql';
import { surveyTotals } from '#kpi/domain/survey-totals';
import type { KPI_REASONS } from '#kpi/domain/constants';
import type { JiraReader, ReadFailure } from './jira-reader';
import { periodRecordKey, type CachedValue, type PeriodCache } from './period-cache';
import { portfolioSource, surveySource } from './sources';
import type { Viewer } from './viewer';

/**
 * Gathers what the KPIs of a render need in every period: counts and samples from the cache or
 * Jira (each query once), survey figures in one read, portfolio figures once per period. The
 * answers are kept per period for the evaluation, with why each missing one is missing.
 */

export type Reason = (typeof KPI_REASONS)[number];
export interface Missing {
  reason: Reason;
  detail: string | null;
}

/** Thrown by a period's answers when an input is missing; the engine turns it into the KPI's state. */
export class AnswerMissing extends Error {
  constructor(readonly missing: Missing) {
    super(missing.reason);
    this.name = 'AnswerMissing';
  }
}

type Got<T> = { ok: true; value: T; stale: boolean } | { ok: false; missing: Missing };

/** A cached or fetched answer as the evaluation reads it: a refusal Jira gave is a missing input. */
function gotOf(value: CachedValue, stale: boolean): Got<number | SampleSummary> {
  return typeof value === 'object' && 'refused' in value
    ? { ok: false, missing: { reason: 'jira-refused', detail: value.refused } }
    : { ok: true, value, stale };
}

/** A period's inputs, and which of them were stale. */
export class PeriodAnswers implements Answers {
  readonly values = new Map<string, Got<number | SampleSummary>>();
  surveyTotals: Got<SurveyTotals> = { ok: false, missing: { reason: 'surveys-not-installed', detail: null } };
  portfolioTotals: Got<PortfolioTotals> = { ok: false, missing: { reason: 'portfolio-not-installed', detail: null } };
  /** Set while evaluating: whether a stale input was read. */
  staleRead = false;

  private got<T>(found: Got<T> | undefined, what: string): T {
    if (!found) throw new Error(`Nothing was gathered for ${what}.`);
    if (!found.ok) throw new AnswerMissing(found.missing);
    if (found.stale) this.staleRead = true;
    return found.value;
  }

  count(jql: string): number {
    const value = this.got(this.values.get(needKey({ kind: 'count', jql })), jql);
    if (typeof value !== 'number') throw new Error(`A count read a sample: ${jql}`);
    return value;
  }

  sample(query: SampleQuery): SampleSummary {
    const value = this.got(this.values.get(needKey({ kind: 'sample', query })), query.jql);
    if (typeof value === 'number') throw new Error(`A sample read a count: ${query.jql}`);
    return value;
  }

  surveys(): SurveyTotals {
    return this.got(this.surveyTotals, 'the survey figures');
  }

  portfolio(): PortfolioTotals {
    return this.got(this.portfolioTotals, 'the portfolio figures');
  }
}

/** Why a KPI cannot have a value in this scope at all, before anything is read; undefined when it can. */
export function unavailability(definition: KpiDefinition, viewer: Viewer, scope: KpiScope): Missing | undefined {
  const source: KpiSource = sourceOf(definition.measure);
  if (source === 'surveys') {
    if (surveySource === null) return { reason: 'surveys-not-installed', detail: null };
    if (viewer.agentProjectIds.length === 0) return { reason: 'no-agent-access', detail: null };
  }
  if (source === 'portfolio') {
    if (portfolioSource === null) return { reason: 'portfolio-not-installed', detail: null };
    if (scope.customerId !== undefined || scope.serviceId !== undefined) return { reason: 'not-for-scope', detail: null };
    if (viewer.agentProjectIds.length === 0) return { reason: 'no-agent-access', detail: null };
  }
  return undefined;
}

export interface GatherInput {
  definitions: readonly KpiDefinition[];
  /** KPIs that cannot have a value (unavailability), by id. */
  unavailable: ReadonlyMap<string, Missing>;
  periods: readonly SteppedPeriod[];
  contextOf: (period: SteppedPeriod) => JqlContext;
  accountId: string;
  scope: KpiScope;
  viewer: Viewer;
  cache: PeriodCache;
  reader: JiraReader;
  now: number;
  freshForMs: number;
}

export interface Gathered {
  answers: Map<string, PeriodAnswers>;
  /** KPIs found unavailable while planning (a field Jira lacks), by id. */
  unavailable: Map<string, Missing>;
}

function readSurveys(input: GatherInput, answers: Map<string, PeriodAnswers>): Promise<void> | undefined {
  const source = surveySource;
  if (source === null || !input.definitions.some((d) => sourceOf(d.measure) === 'surveys' && !input.unavailable.has(d.id))) return undefined;
  const months = [...new Set(input.periods.flatMap((p) => monthsOverlapping(p)))].sort();
  const query = {
    months,
    projectIds: input.viewer.agentProjectIds,
    ...(input.scope.customerId !== undefined ? { customerIds: [input.scope.customerId] } : {}),
    ...(input.scope.serviceId !== undefined ? { serviceIds: [input.scope.serviceId] } : {}),
  };
  return source.readSurveyAggregates(query).then(
    (rows) => {
      for (const p of input.periods) {
        const a = answers.get(periodKey(p));
        if (a) a.surveyTotals = { ok: true, value: rows.length === 0 ? EMPTY_SURVEY_TOTALS : surveyTotals(rows, p), stale: false };
      }
    },
    (error: unknown) => {
      console.error('Reading the survey aggregates failed', error);
      for (const a of answers.values()) a.surveyTotals = { ok: false, missing: { reason: 'source-failed', detail: null } };
    },
  );
}

function readPortfolio(input: GatherInput, answers: Map<string, PeriodAnswers>): Promise<void> | undefined {
  const source = portfolioSource;
  if (source === null || !input.definitions.some((d) => sourceOf(d.measure) === 'portfolio' && !input.unavailable.has(d.id))) return undefined;
  return source.lifecycleCounts(input.periods.map((p) => ({ from: isoDayOf(p.start), to: isoDayOf(p.end) }))).then(
    (counts) => {
      input.periods.forEach((p, i) => {
        const a = answers.get(periodKey(p));
        const value = counts[i];
        if (a && value) a.portfolioTotals = { ok: true, value, stale: false };
      });
    },
    (error: unknown) => {
      console.error('Reading the portfolio lifecycle counts failed', error);
      for (const a of answers.values()) a.portfolioTotals = { ok: false, missing: { reason: 'source-failed', detail: null } };
    },
  );
}

/** Fetches what is missing or stale, keeps what Jira answers, and falls back to stale values when it cannot. */
export async function gather(input: GatherInput): Promise<Gathered> {
  const answers = new Map<string, PeriodAnswers>();
  const unavailable = new Map(input.unavailable);
  const fetches: Promise<void>[] = [];
  const scheduled = new Set<string>();

  for (const period of input.periods) {
    const periodAnswers = new PeriodAnswers();
    answers.set(periodKey(period), periodAnswers);
    const ctx = input.contextOf(period);
    const recordKey = periodRecordKey(input.accountId, input.scope, period);
    const needs: Need[] = [];
    for (const definition of input.definitions) {
      if (unavailable.has(definition.id)) continue;
      try {
        needs.push(...needsOf(definition.measure, ctx).filter((n) => n.kind === 'count' || n.kind === 'sample'));
      } catch (error) {
        if (!(error instanceof MissingAppField)) throw error;
        unavailable.set(definition.id, { reason: 'app-fields-missing', detail: error.key });
      }
    }
    for (const need of needs) {
      const key = needKey(need);
      if (scheduled.has(`${periodKey(period)}|${key}`)) continue;
      scheduled.add(`${periodKey(period)}|${key}`);
      const cached = input.cache.lookup(recordKey, key, input.now, input.freshForMs);
      if (cached.state === 'fresh') {
        periodAnswers.values.set(key, gotOf(cached.value, false));
        continue;
      }
      const read = need.kind === 'count' ? input.reader.count(need.jql) : need.kind === 'sample' ? input.reader.sample(need.query, period) : undefined;
      if (!read) continue;
      fetches.push(
        read.then((outcome: { ok: true; value: number | SampleSummary } | ({ ok: false } & ReadFailure)) => {
          if (outcome.ok || outcome.reason === 'jira-refused') {
            const value: CachedValue = outcome.ok ? outcome.value : { refused: outcome.detail };
            // A refusal is kept only as long as an open period's value: the site may yet install what the query needs.
            input.cache.put(recordKey, key, value, outcome.ok && isClosed(period, input.now), input.now);
            periodAnswers.values.set(key, gotOf(value, false));
          } else if (cached.state === 'stale') {
            periodAnswers.values.set(key, gotOf(cached.value, true));
          } else {
            periodAnswers.values.set(key, { ok: false, missing: { reason: outcome.reason, detail: outcome.detail } });
          }
        }),
      );
    }
  }
  const sources = [readSurveys({ ...input, unavailable }, answers), readPortfolio({ ...input, unavailable }, answers)];
  await Promise.all([...fetches, ...sources]);
  const writes = input.cache.writes(input.now);
  // A cache that cannot be written costs the next render more calls; this one still answers.
  if (writes.length > 0) await writeMany(writes).catch((error: unknown) => console.error('Keeping the KPI values in KVS failed', error));
  return { answers, unavailable };
}
