import type { AggregateRow } from '#portfolio/domain/satisfaction';
import { readSurveyAggregates } from '#surveys/public';

/**
 * The surveys' monthly aggregates of one customer (src/surveys/public.ts `readSurveyAggregates`,
 * which reads KVS only, never the responses; the caller has checked that the viewer may see the
 * customer). Null would mean the app has no surveys to read from; with the surveys feature in the
 * app there are always rows to ask for, none for a customer nobody has answered for.
 */
export async function customerSurveyRows(organizationId: string, months: readonly string[]): Promise<AggregateRow[] | null> {
  return readSurveyAggregates({ months: [...months], customerIds: [organizationId] });
}
