import { APP_ACTOR } from '#register/domain/complaint-record';
import { applyOperation } from '#register/domain/operations';
import { asAppJira } from '#platform/jira/client';
import { ComplaintBusy, isComplaintType, readComplaintIssue, updateComplaint } from './complaint-store';

export type ReopeningOutcome =
  | { outcome: 'recorded'; count: number }
  | { outcome: 'duplicate' }
  /** Other changes held the complaint's lease all the while: the event should come again. */
  | { outcome: 'busy' }
  | { outcome: 'ignored'; reason: 'not-a-complaint' | 'not-found' | 'record-full' }
  | { outcome: 'failed'; message: string };

export interface ReopenedIssue {
  id: string;
  key?: string | undefined;
  /** The issue type's name as the event gave it; without it the issue is read to tell. */
  typeName?: string | undefined;
}

/**
 * Records on a complaint's register record that it was reopened (`reopeningId`, at `at`), through
 * the same per-issue lease as an agent's changes, so neither is lost; the same reopening delivered
 * again finds its id in the record and writes nothing. An issue of another type costs nothing
 * when the event names its type.
 */
export async function recordReopening(issue: ReopenedIssue, reopeningId: string, at: Date): Promise<ReopeningOutcome> {
  let key = issue.key;
  if (issue.typeName === undefined) {
    const read = await readComplaintIssue(asAppJira(), issue.id);
    if (!read) return { outcome: 'ignored', reason: 'not-found' };
    if (!read.issue.isComplaint) return { outcome: 'ignored', reason: 'not-a-complaint' };
    key = read.issue.key;
  } else if (!isComplaintType(issue.typeName)) return { outcome: 'ignored', reason: 'not-a-complaint' };
  try {
    const outcome = await updateComplaint({ id: issue.id, key: key ?? issue.id }, (record) =>
      applyOperation(record, { kind: 'recordReopening', reopeningId, at: at.toISOString() }, { accountId: APP_ACTOR, at: at.toISOString() }),
    );
    switch (outcome.outcome) {
      case 'applied':
        return { outcome: 'recorded', count: outcome.record.reopenings.count };
      case 'unchanged':
        return { outcome: 'duplicate' };
      default:
        console.error(`The reopening of ${key ?? issue.id} was not recorded: its register record is full.`);
        return { outcome: 'ignored', reason: 'record-full' };
    }
  } catch (error) {
    if (error instanceof ComplaintBusy) return { outcome: 'busy' };
    const message = error instanceof Error ? error.message : String(error);
    console.error(`The reopening of ${key ?? issue.id} was not recorded: ${message}`);
    return { outcome: 'failed', message };
  }
}
