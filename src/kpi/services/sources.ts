import type { SurveyAggregateFacts } from '../domain/survey-totals';

/**
 * The other features the KPI engine reads, through their public modules (BRIEF: `src/surveys/public.ts`
 * `readSurveyAggregates`, `src/portfolio/public.ts` `lifecycleCounts`). A source that is not on
 * this build yet is null, and its KPIs answer "not available" while every other KPI works.
 */

export interface SurveyAggregateQuery {
  months: string[];
  projectIds?: string[];
  customerIds?: string[];
  serviceIds?: string[];
}

export interface SurveySource {
  readSurveyAggregates(query: SurveyAggregateQuery): Promise<SurveyAggregateFacts[]>;
}

export interface PortfolioSource {
  /** ISO dates, [from, to). */
  lifecycleCounts(period: { from: string; to: string }): Promise<{ activeAtStart: number; won: number; lost: number }>;
}

/** The surveys feature's aggregates; null until it is part of the app. */
export const surveySource: SurveySource | null = null;

/** The customer portfolio's lifecycle counts; null until it is part of the app. */
export const portfolioSource: PortfolioSource | null = null;
