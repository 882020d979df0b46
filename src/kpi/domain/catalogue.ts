import type { Condition, IssueSelection, KpiDefinition, Quantity, SampleSpec } from './definition';

/**
 * The KPI catalogue: every KPI the engine computes, as data. Texts (labels, descriptions, the
 * formulas the tooltip and the README show) are in kpi-texts.ts, by id.
 *
 * Complaint KPIs read the complaint register's indexed property through its search aliases
 * (`brmEscalated`, `brmNextDue`, `brmReopened`) and the tagging labels (`brm-category-<c>`); Business Case KPIs
 * read the app's Business Case fields; survey KPIs the survey aggregates; customer KPIs the
 * portfolio's lifecycle counts.
 */

const complaints = (anchor: IssueSelection['anchor'], where: Condition[] = []): IssueSelection => ({ types: { only: ['complaint'] }, where, anchor });
const ofType = (type: 'compliment' | 'businessCase' | 'serviceRequirement', anchor: IssueSelection['anchor'], where: Condition[] = []): IssueSelection => ({
  types: { only: [type] },
  where,
  anchor,
});
const issues = (select: IssueSelection): Quantity => ({ source: 'issues', select });

/** Every issue that is not one of the BRM types: the requests complaints are measured against. */
const requests: IssueSelection = { types: 'requests', where: [], anchor: 'created' };

const escalated: Condition = { field: { kind: 'alias', name: 'brmEscalated' }, operator: '=', value: { kind: 'value', text: 'yes' } };
const overdue: Condition = { field: { kind: 'alias', name: 'brmNextDue' }, operator: '<', value: { kind: 'end-or-today' } };
const approved: Condition = { field: { kind: 'app-field', key: 'brm-decision' }, operator: '=', value: { kind: 'value', text: 'go' } };
const strategic: Condition = { field: { kind: 'app-field', key: 'brm-strategic' }, operator: '=', value: { kind: 'value', text: 'yes' } };
/** When the register last recorded a complaint's reopening (its resolution cleared). */
const reopened: IssueSelection['anchor'] = { dateAlias: 'brmReopened' };
const withActualCost: Condition = { field: { kind: 'app-field', key: 'brm-actual-cost' }, operator: 'is not', value: { kind: 'empty' } };

const resolutionTimes: SampleSpec = { kind: 'resolution-times', select: complaints('resolved') };
const recurrence: SampleSpec = { kind: 'recurrence', select: complaints('created'), lookBackDays: 30 };
const overruns: SampleSpec = { kind: 'overruns', select: ofType('businessCase', 'resolved', [approved, withActualCost]) };

/** Surveyed requests, through the survey property's search aliases, for the survey KPIs' drill-downs. */
const answeredWith = (alias: string): IssueSelection => ({
  types: 'any',
  where: [
    { field: { kind: 'alias', name: 'brmSurveyStatus' }, operator: '=', value: { kind: 'value', text: 'answered' } },
    { field: { kind: 'alias', name: alias }, operator: 'is not', value: { kind: 'empty' } },
  ],
  anchor: { dateAlias: 'brmSurveyAnswered' },
});
const surveysSent: IssueSelection = { types: 'any', where: [], anchor: { dateAlias: 'brmSurveySent' } };
const surveysAnswered: IssueSelection = {
  types: 'any',
  where: [{ field: { kind: 'alias', name: 'brmSurveyStatus' }, operator: '=', value: { kind: 'value', text: 'answered' } }],
  anchor: { dateAlias: 'brmSurveyAnswered' },
};

const relative = (fraction: number) => ({ kind: 'relative', fraction }) as const;
const absolute = (amount: number) => ({ kind: 'absolute', amount }) as const;

export const KPI_CATALOGUE = [
  // Complaints
  {
    id: 'complaints-received',
    group: 'complaints',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 10,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(complaints('created')) },
  },
  {
    id: 'complaints-open',
    group: 'complaints',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 5,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(complaints('open-at-end')) },
  },
  {
    id: 'complaints-resolved',
    group: 'complaints',
    unit: 'count',
    upIsGood: true,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(complaints('resolved')) },
  },
  {
    id: 'complaint-resolution-mean',
    group: 'complaints',
    unit: 'days',
    upIsGood: false,
    defaultTarget: 5,
    amberBand: relative(0.2),
    measure: { kind: 'duration', sample: resolutionTimes, stat: 'mean' },
  },
  {
    id: 'complaint-resolution-median',
    group: 'complaints',
    unit: 'days',
    upIsGood: false,
    defaultTarget: 3,
    amberBand: relative(0.2),
    measure: { kind: 'duration', sample: resolutionTimes, stat: 'median' },
  },
  {
    id: 'complaint-rate',
    group: 'complaints',
    unit: 'percent',
    upIsGood: false,
    defaultTarget: 2,
    amberBand: absolute(0.5),
    measure: { kind: 'ratio', numerator: issues(complaints('created')), denominator: issues(requests), scale: 100 },
  },
  {
    id: 'complaints-recurring',
    group: 'complaints',
    unit: 'percent',
    upIsGood: false,
    defaultTarget: 10,
    amberBand: absolute(5),
    measure: { kind: 'recurrence', sample: recurrence, windowDays: 30 },
  },
  {
    id: 'complaints-reopened',
    group: 'complaints',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 2,
    amberBand: absolute(1),
    measure: { kind: 'count', of: issues(complaints(reopened)) },
  },
  {
    id: 'complaints-escalated',
    group: 'complaints',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 2,
    amberBand: absolute(1),
    measure: { kind: 'count', of: issues(complaints('created', [escalated])) },
  },
  {
    id: 'complaints-overdue',
    group: 'complaints',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 0,
    amberBand: absolute(2),
    measure: { kind: 'count', of: issues(complaints('open-at-end', [overdue])) },
  },
  // Compliments
  {
    id: 'compliments-received',
    group: 'compliments',
    unit: 'count',
    upIsGood: true,
    defaultTarget: 5,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(ofType('compliment', 'created')) },
  },
  {
    id: 'compliment-ratio',
    group: 'compliments',
    unit: 'ratio',
    upIsGood: true,
    defaultTarget: 1,
    amberBand: absolute(0.25),
    measure: { kind: 'ratio', numerator: issues(ofType('compliment', 'created')), denominator: issues(complaints('created')), scale: 1 },
  },
  // Satisfaction
  {
    id: 'csat-percent',
    group: 'satisfaction',
    unit: 'percent',
    upIsGood: true,
    defaultTarget: 85,
    amberBand: absolute(5),
    measure: { kind: 'share', of: 'overall', atLeast: 4 },
    drillDown: answeredWith('brmSurveyOverall'),
  },
  {
    id: 'csat-mean',
    group: 'satisfaction',
    unit: 'score-5',
    upIsGood: true,
    defaultTarget: 4.2,
    amberBand: absolute(0.3),
    measure: { kind: 'mean', of: 'overall' },
    drillDown: answeredWith('brmSurveyOverall'),
  },
  {
    id: 'nps',
    group: 'satisfaction',
    unit: 'nps',
    upIsGood: true,
    defaultTarget: 30,
    amberBand: absolute(10),
    measure: { kind: 'nps', of: 'nps' },
    drillDown: answeredWith('brmSurveyNps'),
  },
  {
    id: 'ces',
    group: 'satisfaction',
    unit: 'score-7',
    upIsGood: true,
    defaultTarget: 5.5,
    amberBand: absolute(0.5),
    measure: { kind: 'mean', of: 'ces' },
    drillDown: answeredWith('brmSurveyCes'),
  },
  // Surveys
  {
    id: 'surveys-sent',
    group: 'surveys',
    unit: 'count',
    upIsGood: null,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: { source: 'surveys', counter: 'invitationsSent' } },
    drillDown: surveysSent,
  },
  {
    id: 'surveys-completed',
    group: 'surveys',
    unit: 'count',
    upIsGood: true,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: { source: 'surveys', counter: 'answered' } },
    drillDown: surveysAnswered,
  },
  {
    id: 'survey-response-rate',
    group: 'surveys',
    unit: 'percent',
    upIsGood: true,
    defaultTarget: 30,
    amberBand: absolute(5),
    measure: {
      kind: 'ratio',
      numerator: { source: 'surveys', counter: 'answered' },
      denominator: { source: 'surveys', counter: 'invitationsSent' },
      scale: 100,
    },
    drillDown: surveysAnswered,
  },
  // Customers
  {
    id: 'customers-new',
    group: 'customers',
    unit: 'count',
    upIsGood: true,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: { source: 'portfolio', counter: 'won' } },
  },
  {
    id: 'customers-lost',
    group: 'customers',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 0,
    amberBand: absolute(1),
    measure: { kind: 'count', of: { source: 'portfolio', counter: 'lost' } },
  },
  {
    id: 'churn-percent',
    group: 'customers',
    unit: 'percent',
    upIsGood: false,
    defaultTarget: 2,
    amberBand: absolute(1),
    measure: { kind: 'ratio', numerator: { source: 'portfolio', counter: 'lost' }, denominator: { source: 'portfolio', counter: 'activeAtStart' }, scale: 100 },
  },
  // Business cases
  {
    id: 'business-cases-approved',
    group: 'business-cases',
    unit: 'count',
    upIsGood: true,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(ofType('businessCase', 'resolved', [approved])) },
  },
  {
    id: 'budget-overruns',
    group: 'business-cases',
    unit: 'count',
    upIsGood: false,
    defaultTarget: 0,
    amberBand: absolute(1),
    measure: { kind: 'overrun', sample: overruns, stat: 'count' },
  },
  {
    id: 'budget-overrun-sum',
    group: 'business-cases',
    unit: 'amount',
    upIsGood: false,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'overrun', sample: overruns, stat: 'sum' },
  },
  {
    id: 'strategic-initiatives',
    group: 'business-cases',
    unit: 'count',
    upIsGood: true,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(ofType('businessCase', 'resolved', [approved, strategic])) },
  },
  // Service requirements
  {
    id: 'service-requirements-raised',
    group: 'service-requirements',
    unit: 'count',
    upIsGood: null,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(ofType('serviceRequirement', 'created')) },
  },
  {
    id: 'service-requirements-open',
    group: 'service-requirements',
    unit: 'count',
    upIsGood: false,
    defaultTarget: null,
    amberBand: relative(0.2),
    measure: { kind: 'count', of: issues(ofType('serviceRequirement', 'open-at-end')) },
  },
] as const satisfies readonly KpiDefinition[];

export type KpiId = (typeof KPI_CATALOGUE)[number]['id'];
export const KPI_IDS: readonly KpiId[] = KPI_CATALOGUE.map((d) => d.id);

const byId: ReadonlyMap<string, KpiDefinition> = new Map(KPI_CATALOGUE.map((d) => [d.id, d]));

/** The definition of a KPI id, or undefined for an id the catalogue does not have. */
export const kpiDefinition = (id: string): KpiDefinition | undefined => byId.get(id);

export const isKpiId = (id: string): id is KpiId => byId.has(id);
