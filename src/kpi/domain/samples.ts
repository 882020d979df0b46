import type { Period } from '#kernel/periods';
import type { SampleQuery, SampleSummary } from './evaluate';
import { average, median, overruns, recurrence, resolutionDays } from './formulas';

/** One issue of a sample, with the fields its summary reads (null where Jira gave none). */
export interface SampleRow {
  created: number | null;
  resolved: number | null;
  labels: readonly string[];
  customerId: string | null;
  planned: number | null;
  actual: number | null;
}

/** The tagging labels that carry a complaint's category: `brm-category-<category>`. */
export const CATEGORY_LABEL_PREFIX = 'brm-category-';

export const categoryOf = (labels: readonly string[]): string | null =>
  labels.find((l) => l.startsWith(CATEGORY_LABEL_PREFIX))?.slice(CATEGORY_LABEL_PREFIX.length) ?? null;

/** Reduces a sample's rows to what its KPIs read. `capped`: the sample stopped at its cap while Jira had more. */
export function summarise(query: SampleQuery, rows: readonly SampleRow[], period: Period, capped: boolean): SampleSummary {
  switch (query.kind) {
    case 'resolution-times': {
      const days = resolutionDays(rows);
      return { kind: query.kind, size: days.length, capped, meanDays: average(days), medianDays: median(days) };
    }
    case 'recurrence': {
      const facts = rows.flatMap((r) => (r.created === null ? [] : [{ created: r.created, customerId: r.customerId, category: categoryOf(r.labels) }]));
      const found = recurrence(facts, period, query.lookBackDays);
      return { kind: query.kind, size: rows.length, capped, ...found };
    }
    case 'overruns': {
      const found = overruns(rows);
      return { kind: query.kind, size: rows.length, capped, overruns: found.overruns, sum: found.sum };
    }
  }
}
