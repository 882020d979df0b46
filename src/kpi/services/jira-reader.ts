import { z } from 'zod';
import { readRefFieldValue } from '#kernel/ref-field-value';
import type { Period } from '#kernel/periods';
import { asUserJira, type JiraClient } from '#platform/jira/client';
import { JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { approximateCount, searchPage } from '#platform/jira/search';
import { SAMPLE_PAGE_SIZE } from '#kpi/domain/constants';
import type { SampleQuery, SampleSummary } from '#kpi/domain/evaluate';
import { summarise, type SampleRow } from '#kpi/domain/samples';

/**
 * The KPI engine's Jira reads, as the viewer: counts and samples, at most `concurrency` at a time.
 * Once Jira answers 429 even after the client's own retries (which wait as Retry-After says), the
 * reader stops asking for the rest of the render: what is left answers "busy", and the engine shows
 * the cached values it has, marked stale.
 */

export type ReadFailure = { reason: 'jira-busy' | 'jira-refused' | 'jira-failed'; detail: string | null };
export type ReadOutcome<T> = { ok: true; value: T } | ({ ok: false } & ReadFailure);

function failureOf(error: unknown): ReadFailure {
  if (error instanceof JiraError) {
    if (error.status === 429) return { reason: 'jira-busy', detail: null };
    if (error.status === 400) return { reason: 'jira-refused', detail: error.reason };
    return { reason: 'jira-failed', detail: `${error.status}: ${error.reason}` };
  }
  if (error instanceof UnexpectedJiraResponse) return { reason: 'jira-failed', detail: error.message };
  throw error;
}

const isoInstant = z
  .string()
  .transform((text) => Date.parse(text))
  .pipe(z.number().refine(Number.isFinite));
const dateOrNull = isoInstant.nullable().catch(null);
const numberOrNull = z.number().finite().nullable().catch(null);

function rowOf(fields: Record<string, unknown>, query: SampleQuery): SampleRow {
  const read = (id: string | undefined): unknown => (id === undefined ? undefined : fields[id]);
  const labels = z
    .array(z.string())
    .catch([])
    .parse(fields.labels ?? []);
  return {
    created: dateOrNull.parse(fields.created ?? null),
    resolved: dateOrNull.parse(fields.resolutiondate ?? null),
    labels,
    customerId: readRefFieldValue(read(query.fieldIds.customer))?.id ?? null,
    planned: numberOrNull.parse(read(query.fieldIds.planned) ?? null),
    actual: numberOrNull.parse(read(query.fieldIds.actual) ?? null),
  };
}

export class JiraReader {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private busy = false;
  /** Product calls made. */
  calls = 0;

  constructor(
    private readonly concurrency: number,
    private readonly client: JiraClient = asUserJira(),
  ) {}

  /** Whether Jira said it was busy during this render. */
  get throttled(): boolean {
    return this.busy;
  }

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async guarded<T>(work: () => Promise<T>): Promise<ReadOutcome<T>> {
    return this.slot(async () => {
      if (this.busy) return { ok: false, reason: 'jira-busy', detail: null };
      try {
        return { ok: true, value: await work() };
      } catch (error) {
        const failure = failureOf(error);
        if (failure.reason === 'jira-busy') this.busy = true;
        return { ok: false, ...failure };
      }
    });
  }

  count(jql: string): Promise<ReadOutcome<number>> {
    return this.guarded(() => {
      this.calls++;
      return approximateCount(this.client, jql);
    });
  }

  /** Reads the sample's issues page by page up to its cap, and summarises them for `period`. */
  sample(query: SampleQuery, period: Period): Promise<ReadOutcome<SampleSummary>> {
    return this.guarded(async () => {
      const rows: SampleRow[] = [];
      let nextPageToken: string | undefined;
      let more = true;
      while (more && rows.length < query.cap) {
        this.calls++;
        const page = await searchPage(this.client, {
          jql: query.jql,
          fields: query.fields,
          maxResults: Math.min(SAMPLE_PAGE_SIZE, query.cap - rows.length),
          ...(nextPageToken ? { nextPageToken } : {}),
        });
        rows.push(...page.issues.map((issue) => rowOf(issue.fields, query)));
        nextPageToken = page.nextPageToken ?? undefined;
        more = nextPageToken !== undefined && page.isLast !== true && page.issues.length > 0;
      }
      return summarise(query, rows, period, more);
    });
  }
}
