import { monthsOverlapping, type Period } from '#kernel/periods';
import { EMPTY_SURVEY_TOTALS, type SurveyTotals } from './evaluate';
import { EMPTY_DISTRIBUTION, mergeDistributions, type Distribution } from './formulas';

/**
 * A row of the survey aggregates as the surveys feature keeps them (one per month, project,
 * customer and service); only the parts the KPIs read.
 */
export interface SurveyAggregateFacts {
  month: string;
  serviceId: string | null;
  invitationsSent: number;
  answered: number;
  expired: number;
  overall: Distribution;
  nps: Distribution;
  ces: Distribution;
}

/** The survey figures of a period: the rows of the months it overlaps, summed. */
export function surveyTotals(rows: readonly SurveyAggregateFacts[], period: Period): SurveyTotals {
  const months = new Set(monthsOverlapping(period));
  let totals = EMPTY_SURVEY_TOTALS;
  for (const row of rows) {
    if (!months.has(row.month)) continue;
    totals = {
      counters: {
        invitationsSent: totals.counters.invitationsSent + row.invitationsSent,
        answered: totals.counters.answered + row.answered,
        expired: totals.counters.expired + row.expired,
      },
      distributions: {
        overall: mergeDistributions(totals.distributions.overall, row.overall),
        nps: mergeDistributions(totals.distributions.nps, row.nps),
        ces: mergeDistributions(totals.distributions.ces, row.ces),
      },
    };
  }
  return totals;
}

/** The overall answers of a period per service (rows without a service left out), for CSAT per service. */
export function overallByService(rows: readonly SurveyAggregateFacts[], period: Period): Map<string, Distribution> {
  const months = new Set(monthsOverlapping(period));
  const byService = new Map<string, Distribution>();
  for (const row of rows) {
    if (!months.has(row.month) || row.serviceId === null) continue;
    byService.set(row.serviceId, mergeDistributions(byService.get(row.serviceId) ?? EMPTY_DISTRIBUTION, row.overall));
  }
  return byService;
}
