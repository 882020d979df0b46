import { KPI_CATALOGUE, kpiDefinition } from '#kpi/domain/catalogue';
import { EMPTY_SURVEY_TOTALS, evaluate, needsOf, type Answers, type SurveyTotals } from '#kpi/domain/evaluate';
import type { Distribution } from '#kpi/domain/formulas';
import type { JqlContext } from '#kpi/domain/jql';
import { overallByService, surveyTotals, type SurveyAggregateFacts } from '#kpi/domain/survey-totals';
import { ENGLISH_TYPE_NAMES } from '#provisioning/domain/names';

const context: JqlContext = {
  scope: { projectIds: ['10000'] },
  period: { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 10, 1) },
  now: Date.UTC(2026, 10, 15),
  timeZone: 'UTC',
  appFieldIds: new Map(),
  issueTypeNames: new Map(Object.entries(ENGLISH_TYPE_NAMES)),
};

const distribution = (buckets: Record<string, number>): Distribution => ({
  count: Object.values(buckets).reduce((a, b) => a + b, 0),
  sum: Object.entries(buckets).reduce((a, [answer, n]) => a + Number(answer) * n, 0),
  buckets,
});

const row = (month: string, serviceId: string | null, change: Partial<SurveyAggregateFacts> = {}): SurveyAggregateFacts => ({
  month,
  serviceId,
  invitationsSent: 10,
  answered: 4,
  expired: 1,
  overall: distribution({ '5': 2, '4': 1, '2': 1 }),
  nps: distribution({ '10': 2, '8': 1, '3': 1 }),
  ces: distribution({ '6': 3, '2': 1 }),
  ...change,
});

/** Answers from fixed figures; any Jira count is a test failure. */
function answersOf(surveys: SurveyTotals, portfolio = { activeAtStart: 40, won: 3, lost: 2 }): Answers {
  return {
    count: (jql) => {
      throw new Error(`no count expected: ${jql}`);
    },
    sample: () => {
      throw new Error('no sample expected');
    },
    surveys: () => surveys,
    portfolio: () => portfolio,
  };
}

const value = (id: string, answers: Answers) => {
  const definition = kpiDefinition(id);
  if (!definition) throw new Error(id);
  return evaluate(definition.measure, context, answers);
};

describe('survey and customer KPIs from their figures', () => {
  it('sums the months of the period and computes CSAT %, its mean, NPS, CES and the response rate', () => {
    const totals = surveyTotals([row('2026-10', 'a'), row('2026-10', 'b'), row('2026-09', 'a', { answered: 99 })], context.period);
    const answers = answersOf(totals);
    expect(totals.counters).toEqual({ invitationsSent: 20, answered: 8, expired: 2 });
    expect(value('csat-percent', answers)).toBe(75);
    expect(value('csat-mean', answers)).toBe(4);
    expect(value('nps', answers)).toBe(25);
    expect(value('ces', answers)).toBe(5);
    expect(value('survey-response-rate', answers)).toBe(40);
    expect(value('surveys-sent', answers)).toBe(20);
    expect(value('surveys-completed', answers)).toBe(8);
  });

  it('finds no survey figures in a zero-length period', () => {
    const start = Date.UTC(2026, 9, 10);
    expect(surveyTotals([row('2026-10', 'a')], { start, end: start })).toEqual(EMPTY_SURVEY_TOTALS);
  });

  it('has no satisfaction value without answers, rather than zero', () => {
    const answers = answersOf(EMPTY_SURVEY_TOTALS);
    expect(['csat-percent', 'csat-mean', 'nps', 'ces', 'survey-response-rate'].map((id) => value(id, answers))).toEqual([null, null, null, null, null]);
    expect(value('surveys-sent', answers)).toBe(0);
  });

  it('computes new and lost customers and churn from the lifecycle counts', () => {
    const answers = answersOf(EMPTY_SURVEY_TOTALS);
    expect(value('customers-new', answers)).toBe(3);
    expect(value('customers-lost', answers)).toBe(2);
    expect(value('churn-percent', answers)).toBe(5);
    expect(value('churn-percent', answersOf(EMPTY_SURVEY_TOTALS, { activeAtStart: 0, won: 1, lost: 0 }))).toBeNull();
  });

  it('keeps CSAT per service apart, leaving out answers without a service', () => {
    const byService = overallByService([row('2026-10', 'a'), row('2026-10', 'a'), row('2026-10', null), row('2026-11', 'b')], context.period);
    expect([...byService.keys()]).toEqual(['a']);
    expect(byService.get('a')?.count).toBe(8);
  });

  it('asks Jira nothing for survey and customer KPIs, and one count per issue count', () => {
    for (const definition of KPI_CATALOGUE) {
      const needs = needsOf(definition.measure, {
        ...context,
        appFieldIds: new Map([
          ['brm-decision', 'customfield_1'],
          ['brm-strategic', 'customfield_2'],
          ['brm-customer', 'customfield_3'],
          ['brm-planned-cost', 'customfield_4'],
          ['brm-actual-cost', 'customfield_5'],
        ]),
      });
      const kinds = new Set(needs.map((n) => n.kind));
      if (definition.group === 'satisfaction' || definition.group === 'surveys') expect([...kinds]).toEqual(['surveys']);
      if (definition.group === 'customers') expect([...kinds]).toEqual(['portfolio']);
      expect(needs.length).toBeLessThanOrEqual(2);
    }
  });
});
