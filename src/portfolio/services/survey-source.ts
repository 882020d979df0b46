import type { AggregateRow } from '#portfolio/domain/satisfaction';

/**
 * The surveys' monthly aggregates of one customer (src/surveys/public.ts `readSurveyAggregates`,
 * which reads KVS only; the caller has checked that the viewer may see the customer). Null while
 * the app has no surveys to read from.
 */
export async function customerSurveyRows(_organizationId: string, _months: readonly string[]): Promise<AggregateRow[] | null> {
  return null;
}
