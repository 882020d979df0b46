import { createHash } from 'node:crypto';
import { conflict } from '#kernel/app-error';
import type { JobClock } from '#platform/jobs/jobs';
import { EntityTransaction } from '#platform/kvs/typed-entities';
import { addMonths, nextRunAfter, repeatedName, type CampaignRecord } from '#surveys/domain/campaign';
import { campaigns, campaignsDue, storedCampaignOf } from '#surveys/store/campaign-store';
import { campaignOf, startCampaignJob, updateCampaign } from './campaigns';
import { publishedVersionOf } from './questionnaires';

/**
 * Recurring relationship campaigns. An admin sets a campaign to repeat every N months; when its
 * next date comes, the hourly sweep starts the next campaign of the series: the same setup (with the
 * questionnaire's version published then), named after the series and its month, carrying the
 * repeat on. The next campaign's id is derived from the one it follows and its date, and the two
 * records are written in one conditional transaction, so a repeated or concurrent delivery starts
 * it once; its sending job is started and recorded in a second step that the sweep retries until
 * it holds.
 */

/** Sets (or, with null, stops) a campaign's repeat; the next campaign starts at the first date to come. */
export async function setCampaignRepeat(id: string, everyMonths: number | null, setBy: string, now: Date): Promise<CampaignRecord> {
  const { record } = await campaignOf(id);
  if (record.repeatedBy !== null) throw conflict(`everyMonths: this campaign's series continues with a later campaign; set its repeat there.`, 'everyMonths');
  if (record.status === 'cancelled') throw conflict('everyMonths: a cancelled campaign does not repeat.', 'everyMonths');
  await updateCampaign(id, (r) => ({
    ...r,
    repeat:
      everyMonths === null
        ? null
        : {
            everyMonths,
            seriesName: r.repeat?.seriesName ?? r.setup.name,
            nextAt: nextRunAfter(r.createdAt, everyMonths, now),
            setBy,
          },
  }));
  return (await campaignOf(id)).record;
}

/** The id of the campaign a series starts after `previousId` at `at`: the same for every delivery. */
export const nextCampaignId = (previousId: string, at: string): string => `r-${createHash('sha256').update(`${previousId}|${at}`).digest('hex').slice(0, 32)}`;

export type RepeatOutcome = 'started' | 'job-started' | 'not-due';

/** Does what is due for one campaign at `now`: start the next of its series, or the job of one a repeat created. */
export async function runCampaignRepeat(id: string, now: Date, clock: JobClock = {}): Promise<RepeatOutcome> {
  const { record, rev } = await campaignOf(id);
  if (record.status === 'sending' && record.jobId === null && record.previousId !== null) {
    await startCampaignJob(id, record.createdBy, clock);
    return 'job-started';
  }
  const repeat = record.repeat;
  if (!repeat || record.repeatedBy !== null || record.status === 'cancelled' || Date.parse(repeat.nextAt) > now.getTime()) return 'not-due';
  const nextId = nextCampaignId(id, repeat.nextAt);
  const version = await publishedVersionOf(record.setup.questionnaireId);
  let following = repeat.nextAt;
  while (Date.parse(following) <= now.getTime()) following = addMonths(following, repeat.everyMonths);
  const at = now.toISOString();
  const next: CampaignRecord = {
    setup: { ...record.setup, name: repeatedName(repeat.seriesName, repeat.nextAt) },
    questionnaireVersion: version.version,
    status: 'sending',
    createdBy: repeat.setBy,
    createdAt: at,
    jobId: null,
    sentAt: null,
    plannedOrganizationIds: null,
    contacts: 0,
    error: null,
    repeat: { ...repeat, nextAt: following },
    repeatedBy: null,
    previousId: id,
  };
  const committed = await new EntityTransaction()
    .set(campaigns, id, storedCampaignOf({ ...record, repeatedBy: nextId }, rev + 1), [{ attribute: 'rev', equals: rev }])
    .set(campaigns, nextId, storedCampaignOf(next, 1), [{ attribute: 'rev', absent: true }])
    .commit();
  if (!committed) {
    // Another delivery got there first, or the campaign changed: read again.
    const again = await campaignOf(id);
    if (again.record.repeatedBy !== nextId) return 'not-due';
  }
  await startCampaignJob(nextId, repeat.setBy, clock);
  return 'started';
}

/** What the hourly sweep does for campaigns: each one due, until `hasTime` says stop. Answers how many it started. */
export async function startDueCampaigns(now: Date, hasTime: () => boolean, clock: JobClock = {}): Promise<{ started: number; failed: number; more: boolean }> {
  const report = { started: 0, failed: 0, more: false };
  for (const { id } of await campaignsDue(now, 25)) {
    if (!hasTime()) return { ...report, more: true };
    try {
      if ((await runCampaignRepeat(id, now, clock)) === 'started') report.started += 1;
    } catch (error) {
      console.error(`Survey sweep: the repeat of campaign ${id} failed`, error);
      report.failed += 1;
    }
  }
  return report;
}
