import type { MonthlyCsat } from './health';

/**
 * Satisfaction of one customer from the surveys' monthly aggregates (never from single answers):
 * CSAT overall and per service, month by month, and NPS. The rows' shape is the surveys feature's
 * `SurveyAggregateRow` (src/surveys/public.ts); only what is read here is named.
 */
export interface ScoreDistribution {
  count: number;
  sum: number;
  buckets: Record<string, number>;
}

export interface AggregateRow {
  month: string;
  serviceId: string | null;
  answered: number;
  overall: ScoreDistribution;
  nps: ScoreDistribution;
}

/** 4s and 5s of the 1-5 overall question. */
const satisfiedOf = (d: ScoreDistribution): number => (d.buckets['4'] ?? 0) + (d.buckets['5'] ?? 0);
const bucketSum = (d: ScoreDistribution, from: number, to: number): number => {
  let total = 0;
  for (let v = from; v <= to; v++) total += d.buckets[String(v)] ?? 0;
  return total;
};

export interface NpsTally {
  answered: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface SatisfactionSeries {
  /** One entry per month asked for, oldest first (zero answers where there were none). */
  months: (MonthlyCsat & { scoreSum: number })[];
  answered: number;
  satisfied: number;
  nps: NpsTally;
}

export interface ServiceSatisfaction extends SatisfactionSeries {
  serviceId: string | null;
}

export interface CustomerSatisfaction {
  overall: SatisfactionSeries;
  /** Per service (null: answers about no particular service), most answers first. */
  services: ServiceSatisfaction[];
}

function emptySeries(months: readonly string[]): SatisfactionSeries {
  return {
    months: months.map((month) => ({ month, answered: 0, satisfied: 0, scoreSum: 0 })),
    answered: 0,
    satisfied: 0,
    nps: { answered: 0, promoters: 0, passives: 0, detractors: 0 },
  };
}

function add(series: SatisfactionSeries, row: AggregateRow): void {
  const month = series.months.find((m) => m.month === row.month);
  if (!month) return;
  const satisfied = satisfiedOf(row.overall);
  month.answered += row.overall.count;
  month.satisfied += satisfied;
  month.scoreSum += row.overall.sum;
  series.answered += row.overall.count;
  series.satisfied += satisfied;
  series.nps.answered += row.nps.count;
  series.nps.promoters += bucketSum(row.nps, 9, 10);
  series.nps.passives += bucketSum(row.nps, 7, 8);
  series.nps.detractors += bucketSum(row.nps, 0, 6);
}

/** The months' rows summed overall and per service. Rows of other months are left out. */
export function summariseSatisfaction(rows: readonly AggregateRow[], months: readonly string[]): CustomerSatisfaction {
  const overall = emptySeries(months);
  const byService = new Map<string | null, ServiceSatisfaction>();
  for (const row of rows) {
    add(overall, row);
    let service = byService.get(row.serviceId);
    if (!service) {
      service = { serviceId: row.serviceId, ...emptySeries(months) };
      byService.set(row.serviceId, service);
    }
    add(service, row);
  }
  const services = [...byService.values()].filter((s) => s.answered > 0).sort((a, b) => b.answered - a.answered);
  return { overall, services };
}

/** The NPS answers of the last `count` months of a series. */
export function npsOfLastMonths(rows: readonly AggregateRow[], months: readonly string[]): NpsTally {
  return summariseSatisfaction(rows, months).overall.nps;
}
