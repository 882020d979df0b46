import { lifecycleCounts, type LifecycleCounts } from '#portfolio/public';
import { readSurveyAggregates, type SurveyAggregateQuery } from '#surveys/public';
import type { SurveyAggregateFacts } from '#kpi/domain/survey-totals';

/**
 * The other features the KPI engine reads, through their public modules only: the surveys'
 * `readSurveyAggregates` (`src/surveys/public.ts`) and the customer portfolio's `lifecycleCounts`
 * (`src/portfolio/public.ts`). A source that is not part of the app yet is null, and its KPIs answer
 * "not available" while every other KPI works.
 */

export interface SurveySource {
  /** The aggregate rows of the months asked; the engine reads only what `SurveyAggregateFacts` names of them. */
  readSurveyAggregates(query: SurveyAggregateQuery): Promise<SurveyAggregateFacts[]>;
}

export interface PortfolioSource {
  /** Each period's counts, in order; periods are ISO dates, [from, to). */
  lifecycleCounts(periods: readonly { from: string; to: string }[]): Promise<LifecycleCounts[]>;
}

/** The surveys feature's aggregates (KVS), for the projects where the viewer is an agent. */
export const surveySource: SurveySource | null = { readSurveyAggregates };

/** The customer portfolio's lifecycle counts (KVS): customers won, lost and active at a period's start. */
export const portfolioSource: PortfolioSource | null = { lifecycleCounts };
