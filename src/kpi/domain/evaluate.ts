import { EMPTY_DISTRIBUTION, mean, nps, ratio, share, type Distribution } from './formulas';
import type { KpiDefinition, Measure, PortfolioCounter, Quantity, SampleKind, SampleSpec, SurveyCounter, SurveyDistribution } from './definition';
import { appFieldId, MissingAppField, selectionJql, type JqlContext } from './jql';
import { SAMPLE_CAPS } from './constants';

/**
 * What a KPI needs for one period (counts, a sample of issues, the survey or portfolio figures),
 * and how its value follows from the answers. The engine gathers the needs of every KPI and
 * period, fetches each once, and evaluates.
 */

/** One page-by-page read of issues for a sample. */
export interface SampleQuery {
  kind: SampleKind;
  jql: string;
  /** Jira field ids to ask for: only what the summary needs. */
  fields: string[];
  cap: number;
  /** How many days before the period the sample starts (recurrence looks for earlier complaints). */
  lookBackDays: number;
  /** The field ids of the app fields the rows carry. */
  fieldIds: { customer?: string; planned?: string; actual?: string };
}

export type Need = { kind: 'count'; jql: string } | { kind: 'sample'; query: SampleQuery } | { kind: 'surveys' } | { kind: 'portfolio' };

/** A need's identity within one scope and period: the same JQL is counted once per render. */
export function needKey(need: Need): string {
  switch (need.kind) {
    case 'count':
      return `count:${need.jql}`;
    case 'sample':
      return `sample:${need.query.kind}:${need.query.jql}`;
    case 'surveys':
    case 'portfolio':
      return need.kind;
  }
}

/** A sample's issues reduced to what its KPIs read. */
export type SampleSummary =
  | { kind: 'resolution-times'; size: number; capped: boolean; meanDays: number | null; medianDays: number | null }
  | { kind: 'recurrence'; size: number; capped: boolean; complaints: number; recurring: number }
  | { kind: 'overruns'; size: number; capped: boolean; overruns: number; sum: number };

/** The survey aggregates of one period, summed over the scope. */
export interface SurveyTotals {
  counters: Record<SurveyCounter, number>;
  distributions: Record<SurveyDistribution, Distribution>;
}

export const EMPTY_SURVEY_TOTALS: SurveyTotals = {
  counters: { invitationsSent: 0, answered: 0, expired: 0 },
  distributions: { overall: EMPTY_DISTRIBUTION, nps: EMPTY_DISTRIBUTION, ces: EMPTY_DISTRIBUTION },
};

export type PortfolioTotals = Record<PortfolioCounter, number>;

/** Where the evaluation reads its inputs; each throws when its input could not be had. */
export interface Answers {
  count(jql: string): number;
  sample(query: SampleQuery): SampleSummary;
  surveys(): SurveyTotals;
  portfolio(): PortfolioTotals;
}

const ORDER: Record<SampleKind, { field: 'created' | 'resolved'; direction: 'ASC' | 'DESC' }> = {
  'resolution-times': { field: 'resolved', direction: 'DESC' },
  recurrence: { field: 'created', direction: 'DESC' },
  overruns: { field: 'resolved', direction: 'DESC' },
};

function requiredField(ctx: JqlContext, key: Parameters<typeof appFieldId>[1]): string {
  const id = appFieldId(ctx, key);
  if (id === undefined) throw new MissingAppField(key);
  return id;
}

/** The query a sample runs in the context's scope and period. */
export function sampleQuery(spec: SampleSpec, ctx: JqlContext): SampleQuery {
  const lookBackDays = spec.lookBackDays ?? 0;
  const jql = selectionJql(spec.select, ctx, { lookBackDays, orderBy: ORDER[spec.kind] });
  switch (spec.kind) {
    case 'resolution-times':
      return { kind: spec.kind, jql, fields: ['created', 'resolutiondate'], cap: SAMPLE_CAPS[spec.kind], lookBackDays, fieldIds: {} };
    case 'recurrence': {
      const customer = requiredField(ctx, 'brm-customer');
      return { kind: spec.kind, jql, fields: ['created', 'labels', customer], cap: SAMPLE_CAPS[spec.kind], lookBackDays, fieldIds: { customer } };
    }
    case 'overruns': {
      const planned = requiredField(ctx, 'brm-planned-cost');
      const actual = requiredField(ctx, 'brm-actual-cost');
      return { kind: spec.kind, jql, fields: [planned, actual], cap: SAMPLE_CAPS[spec.kind], lookBackDays, fieldIds: { planned, actual } };
    }
  }
}

function quantityNeeds(q: Quantity, ctx: JqlContext): Need[] {
  switch (q.source) {
    case 'issues':
      return [{ kind: 'count', jql: selectionJql(q.select, ctx) }];
    case 'surveys':
      return [{ kind: 'surveys' }];
    case 'portfolio':
      return [{ kind: 'portfolio' }];
  }
}

/** What a measure needs in the context's period. Throws MissingAppField when it reads a field Jira lacks. */
export function needsOf(measure: Measure, ctx: JqlContext): Need[] {
  switch (measure.kind) {
    case 'count':
      return quantityNeeds(measure.of, ctx);
    case 'ratio':
      return [...quantityNeeds(measure.numerator, ctx), ...quantityNeeds(measure.denominator, ctx)];
    case 'mean':
    case 'share':
    case 'nps':
      return [{ kind: 'surveys' }];
    case 'duration':
    case 'recurrence':
    case 'overrun':
      return [{ kind: 'sample', query: sampleQuery(measure.sample, ctx) }];
  }
}

function quantity(q: Quantity, ctx: JqlContext, answers: Answers): number {
  switch (q.source) {
    case 'issues':
      return answers.count(selectionJql(q.select, ctx));
    case 'surveys':
      return answers.surveys().counters[q.counter];
    case 'portfolio':
      return answers.portfolio()[q.counter];
  }
}

/** The value of a measure in the context's period, from the answers. Null when it is undefined (nothing to divide by). */
export function evaluate(measure: Measure, ctx: JqlContext, answers: Answers): number | null {
  switch (measure.kind) {
    case 'count':
      return quantity(measure.of, ctx, answers);
    case 'ratio':
      return ratio(quantity(measure.numerator, ctx, answers), quantity(measure.denominator, ctx, answers), measure.scale);
    case 'mean':
      return mean(answers.surveys().distributions[measure.of]);
    case 'share':
      return share(answers.surveys().distributions[measure.of], measure.atLeast);
    case 'nps':
      return nps(answers.surveys().distributions[measure.of]);
    case 'duration': {
      const s = answers.sample(sampleQuery(measure.sample, ctx));
      if (s.kind !== 'resolution-times') throw new Error(`A duration read a ${s.kind} sample.`);
      return measure.stat === 'mean' ? s.meanDays : s.medianDays;
    }
    case 'recurrence': {
      const s = answers.sample(sampleQuery(measure.sample, ctx));
      if (s.kind !== 'recurrence') throw new Error(`A recurrence read a ${s.kind} sample.`);
      return ratio(s.recurring, s.complaints, 100);
    }
    case 'overrun': {
      const s = answers.sample(sampleQuery(measure.sample, ctx));
      if (s.kind !== 'overruns') throw new Error(`An overrun read a ${s.kind} sample.`);
      return measure.stat === 'count' ? s.overruns : s.sum;
    }
  }
}

/** The sample a KPI's value comes from, for the "based on N issues" note. */
export function sampleOf(definition: KpiDefinition): SampleSpec | undefined {
  const m = definition.measure;
  return m.kind === 'duration' || m.kind === 'recurrence' || m.kind === 'overrun' ? m.sample : undefined;
}

/**
 * The JQL that lists what a KPI counts in the context's period, for the drill-down: the count, the
 * numerator of a ratio, the sample's issues, or the surveyed requests a survey KPI names (through the
 * survey property's search aliases). Undefined for portfolio KPIs.
 */
export function drillDownJql(definition: KpiDefinition, ctx: JqlContext): string | undefined {
  const m = definition.measure;
  switch (m.kind) {
    case 'count':
      return m.of.source === 'issues' ? selectionJql(m.of.select, ctx) : definition.drillDown && selectionJql(definition.drillDown, ctx);
    case 'ratio':
      return m.numerator.source === 'issues' ? selectionJql(m.numerator.select, ctx) : definition.drillDown && selectionJql(definition.drillDown, ctx);
    case 'duration':
    case 'recurrence':
    case 'overrun':
      return selectionJql(m.sample.select, ctx, { lookBackDays: 0, orderBy: ORDER[m.sample.kind] });
    case 'mean':
    case 'share':
    case 'nps':
      return definition.drillDown ? selectionJql(definition.drillDown, ctx) : undefined;
  }
}
