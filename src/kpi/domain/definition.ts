import type { KPI_GROUPS, KPI_SOURCES, KPI_UNITS, SAMPLE_KINDS } from './constants';

/**
 * What a KPI is, as data: what it counts, how the counts combine, its unit, which way is good and
 * its default target. The engine (services/) turns definitions into Jira calls and KVS reads; the
 * formulas (formulas.ts) turn what those answer into values.
 */

export type KpiGroup = (typeof KPI_GROUPS)[number];
export type KpiUnit = (typeof KPI_UNITS)[number];

/**
 * One of the app's own fields, by its key in manifest.yml (`brm-decision`), and one of the BRM issue
 * types, by its key in the provisioning feature's definitions (`businessCase`). The domain names
 * them only; the engine asks Jira for the field's id and writes the type's name
 * (test/unit/kpi/domain/catalogue.test.ts holds every key the catalogue names to those definitions).
 */
export type AppFieldKey = string;
export type IssueTypeKey = string;

/** A field a condition tests: a system field, an indexed entity property's search alias, or one of the app's own fields. */
export type FieldRef =
  { kind: 'system'; name: 'statusCategory' | 'resolution' | 'labels' } | { kind: 'alias'; name: string } | { kind: 'app-field'; key: AppFieldKey };

/**
 * The right-hand side of a condition: a literal, a JQL date function, EMPTY, or the period's end
 * (for states at the end of a period: "overdue at the end of the month"); `end-or-today` is the
 * start of today while the period is open and its end once it has closed.
 */
export type ConditionValue =
  { kind: 'value'; text: string } | { kind: 'values'; texts: string[] } | { kind: 'empty' } | { kind: 'period-end' } | { kind: 'end-or-today' };

export interface Condition {
  field: FieldRef;
  operator: '=' | '!=' | '<' | '>' | 'in' | 'not in' | 'is' | 'is not';
  value: ConditionValue;
}

/**
 * Which date places an issue in a period: its creation, its resolution, or being open at the
 * period's end (created before the end and not resolved by then), or a date an indexed entity
 * property holds, by its search alias (`brmSurveyAnswered`).
 */
export type PeriodAnchor = 'created' | 'resolved' | 'open-at-end' | { dateAlias: string };

/**
 * A set of issues: of some BRM issue types, of every type but the BRM ones (`requests`: what
 * customers ask for), or of any type; meeting conditions, in the period.
 */
export interface IssueSelection {
  types: { only: readonly IssueTypeKey[] } | 'requests' | 'any';
  where: readonly Condition[];
  anchor: PeriodAnchor;
}

/** Survey aggregate counters (surveys' public API). */
export type SurveyCounter = 'invitationsSent' | 'answered' | 'expired';
/** Survey aggregate distributions: the overall 1-5 question, the 0-10 NPS question, the 1-7 effort question. */
export type SurveyDistribution = 'overall' | 'nps' | 'ces';
/** Portfolio lifecycle counts (portfolio's public API). */
export type PortfolioCounter = 'activeAtStart' | 'won' | 'lost';

/** A number that adds up over time: two adjacent periods' values sum to their union's. */
export type Quantity =
  { source: 'issues'; select: IssueSelection } | { source: 'surveys'; counter: SurveyCounter } | { source: 'portfolio'; counter: PortfolioCounter };

/**
 * Issues read one page at a time (up to a cap) when a count is not enough: resolution times,
 * recurrence, Business Case costs. `lookBackDays` widens the selection before the period (for
 * "within 30 days of an earlier one").
 */
export type SampleKind = (typeof SAMPLE_KINDS)[number];
export interface SampleSpec {
  kind: SampleKind;
  select: IssueSelection;
  lookBackDays?: number;
}

/** How the counts combine into the KPI's value. */
export type Measure =
  | { kind: 'count'; of: Quantity }
  | { kind: 'ratio'; numerator: Quantity; denominator: Quantity; scale: number }
  | { kind: 'mean'; of: SurveyDistribution }
  | { kind: 'share'; of: SurveyDistribution; atLeast: number }
  | { kind: 'nps'; of: SurveyDistribution }
  | { kind: 'duration'; sample: SampleSpec; stat: 'mean' | 'median' }
  | { kind: 'recurrence'; sample: SampleSpec; windowDays: number }
  | { kind: 'overrun'; sample: SampleSpec; stat: 'count' | 'sum' };

/**
 * The band below (or above) a target still counted amber: a share of the target, or an amount in
 * the KPI's unit. Beyond it the status is red.
 */
export type AmberBand = { kind: 'relative'; fraction: number } | { kind: 'absolute'; amount: number };

export interface KpiDefinition {
  id: string;
  group: KpiGroup;
  unit: KpiUnit;
  /** true when a higher value is better, false when lower is better, null when neither (volumes). */
  upIsGood: boolean | null;
  /** The target a gadget starts with; null: no status until the manager sets one. */
  defaultTarget: number | null;
  amberBand: AmberBand;
  measure: Measure;
  /** For KPIs not counted in Jira (survey figures): the issues a drill-down lists. */
  drillDown?: IssueSelection;
}

/** Where a KPI's numbers come from, which decides who may see them and when they are available. */
export type KpiSource = (typeof KPI_SOURCES)[number];

export function sourceOf(measure: Measure): KpiSource {
  switch (measure.kind) {
    case 'count':
      return measure.of.source === 'issues' ? 'jira' : measure.of.source;
    case 'ratio':
      return measure.numerator.source === 'issues' ? 'jira' : measure.numerator.source;
    case 'mean':
    case 'share':
    case 'nps':
      return 'surveys';
    case 'duration':
    case 'recurrence':
    case 'overrun':
      return 'jira';
  }
}
