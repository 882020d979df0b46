import type { ComplaintSeverity } from '#kernel/feedback-labels';
import { elapsedDays, localDate } from './calendar';
import type { ComplaintRecord, EscalationKind, Measure } from './complaint-record';
import type { RegisterSettings, ThresholdKey } from './settings';

/**
 * What the daily escalation run looks for: complaints open past their severity's threshold, and
 * open measures past their due date. Each finding is an alert with an id that stays the same for
 * as long as the finding holds, so that it is sent once however often the run looks.
 */

export interface Alert {
  /** Stable: `stalled:<issueId>:<days>` or `overdue:<issueId>:<measureId>:<dueDate>`. */
  id: string;
  kind: Exclude<EscalationKind, 'manual'>;
  issueId: string;
  /** The overdue measure, for `measure-overdue`. */
  measure?: Measure;
  /** For `stalled`: the threshold passed and the days open. */
  thresholdDays?: number;
  daysOpen?: number;
  /** For `measure-overdue`: whole days past the due date. */
  daysOverdue?: number;
}

/** A measure is overdue from the first instant of the day after its due date, in the settings' time zone. */
export function isOverdue(measure: Pick<Measure, 'status' | 'dueDate'>, nowMs: number, timeZone: string): boolean {
  return measure.status === 'open' && localDate(nowMs, timeZone) > measure.dueDate;
}

export const thresholdKeyOf = (severity: ComplaintSeverity | undefined): ThresholdKey => severity ?? 'unrated';

/** The complaint's stalled alert, if it has been open for at least its severity's threshold. */
export function stalledAlert(
  complaint: { issueId: string; createdMs: number; severity?: ComplaintSeverity },
  settings: Pick<RegisterSettings, 'thresholds'>,
  nowMs: number,
): Alert | undefined {
  const threshold = settings.thresholds[thresholdKeyOf(complaint.severity)];
  const daysOpen = elapsedDays(complaint.createdMs, nowMs);
  if (daysOpen < threshold) return undefined;
  return { id: `stalled:${complaint.issueId}:${threshold}`, kind: 'stalled', issueId: complaint.issueId, thresholdDays: threshold, daysOpen };
}

/** An alert per open measure of the complaint that is past its due date. */
export function overdueAlerts(issueId: string, record: Pick<ComplaintRecord, 'measures'>, nowMs: number, timeZone: string): Alert[] {
  const today = localDate(nowMs, timeZone);
  return record.measures
    .filter((m) => isOverdue(m, nowMs, timeZone))
    .map((m) => ({
      id: `overdue:${issueId}:${m.id}:${m.dueDate}`,
      kind: 'measure-overdue' as const,
      issueId,
      measure: m,
      daysOverdue: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${m.dueDate}T00:00:00Z`)) / 86_400_000),
    }));
}

/** The open measures of a record that are overdue now. */
export const overdueMeasures = (record: Pick<ComplaintRecord, 'measures'>, nowMs: number, timeZone: string): Measure[] =>
  record.measures.filter((m) => isOverdue(m, nowMs, timeZone));

/**
 * The fewest whole days a complaint must be open to stall under any threshold: the run searches
 * `created <= -<days>d` with it, and then applies each complaint's own threshold.
 */
export const smallestThreshold = (settings: Pick<RegisterSettings, 'thresholds'>): number => Math.min(...Object.values(settings.thresholds));
