import type { DuePhase } from '#surveys/domain/invitation';
import { dueInvitations, unsyncedInvitations } from '#surveys/store/invitation-store';
import { runFollowUp } from './follow-up';
import { syncIssueProperty } from './property-sync';
import { expireInvitation, remindInvitation, retryNotice, sendInvitation, type StepOutcome } from './sending';

/**
 * The hourly sweep: whatever has fallen due (invitations to send after their delay, comments still
 * owed, reminders, expiries, follow-ups on low scores), found through the KVS index of due times,
 * then issue properties still to write. Every step is conditional on the record as read, so a sweep
 * that runs twice, or two at once, does each thing once. It stops when `hasTime` says so and answers
 * whether anything due is left (then a job continues it).
 */

const PAGE = 25;
const STEPS: Record<Exclude<DuePhase, 'none'>, (id: string, now: Date) => Promise<StepOutcome | 'skipped'>> = {
  send: sendInvitation,
  notify: retryNotice,
  remind: remindInvitation,
  expire: expireInvitation,
  'follow-up': runFollowUp,
};
const PHASES = Object.keys(STEPS).filter((p): p is Exclude<DuePhase, 'none'> => p in STEPS);

export interface SweepReport {
  done: number;
  skipped: number;
  failed: number;
  synced: number;
  /** Something due is left: the time ran out first. */
  more: boolean;
}

export async function sweepDue(now: Date, hasTime: () => boolean): Promise<SweepReport> {
  const report: SweepReport = { done: 0, skipped: 0, failed: 0, synced: 0, more: false };
  for (const phase of PHASES) {
    const failedHere = new Set<string>();
    for (;;) {
      const page = (await dueInvitations(phase, now, PAGE)).filter((i) => !failedHere.has(i.id));
      if (page.length === 0) break;
      for (const { id } of page) {
        if (!hasTime()) return { ...report, more: true };
        try {
          const outcome = await STEPS[phase](id, now);
          if (outcome === 'skipped') report.skipped += 1;
          else report.done += 1;
          // A step that leaves the record due in the same phase (e.g. Jira refused) is not retried in this sweep.
          if (outcome === 'skipped') failedHere.add(id);
        } catch (error) {
          console.error(`Survey sweep: ${phase} of ${id} failed`, error);
          report.failed += 1;
          failedHere.add(id);
        }
      }
    }
  }
  const issues = new Set((await unsyncedInvitations(PAGE * 4)).map((i) => i.record.issueId));
  for (const issueId of issues) {
    if (!hasTime()) return { ...report, more: true };
    try {
      await syncIssueProperty(issueId);
      report.synced += 1;
    } catch (error) {
      console.error(`Survey sweep: the property of issue ${issueId} could not be written`, error);
      report.failed += 1;
    }
  }
  return report;
}
