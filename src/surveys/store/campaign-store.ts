import { z } from 'zod';
import { EntityStore } from '#platform/kvs/typed-entities';
import { campaignRecord, repeatDueAt, type CampaignRecord } from '#surveys/domain/campaign';

/**
 * Campaigns in KVS: entity `survey-campaign`, keyed by campaign id, newest first by `createdAt`
 * (index `by-created`); `repeatDueAt` (index `repeat-due`) is when the hourly sweep has to start
 * the next campaign of a series, or the job of one it started (0: never).
 */
export const storedCampaign = z.object({
  createdAt: z.string(),
  status: z.string(),
  repeatDueAt: z.number().default(0),
  rev: z.number().int(),
  record: campaignRecord,
});
export type StoredCampaign = z.infer<typeof storedCampaign>;

export const campaigns = new EntityStore<StoredCampaign>('survey-campaign', storedCampaign);

export const storedCampaignOf = (record: CampaignRecord, rev: number): StoredCampaign => ({
  createdAt: record.createdAt,
  status: record.status,
  repeatDueAt: repeatDueAt(record),
  rev,
  record,
});

/** Campaigns the sweep has something to do for at `now`, oldest first, one page. */
export async function campaignsDue(now: Date, limit: number): Promise<{ id: string; record: CampaignRecord; rev: number }[]> {
  const page = await campaigns.query('repeat-due', { range: { between: [1, now.getTime()] }, limit });
  return page.entries.map((e) => ({ id: e.key, record: e.value.record, rev: e.value.rev }));
}

export async function listCampaigns(limit: number): Promise<{ id: string; record: CampaignRecord; rev: number }[]> {
  const page = await campaigns.query('by-created', { descending: true, limit });
  return page.entries.map((e) => ({ id: e.key, record: e.value.record, rev: e.value.rev }));
}
