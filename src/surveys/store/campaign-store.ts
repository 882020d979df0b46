import { z } from 'zod';
import { EntityStore } from '#platform/kvs/typed-entities';
import { campaignRecord, type CampaignRecord } from '#surveys/domain/campaign';

/** Campaigns in KVS: entity `survey-campaign`, keyed by campaign id, newest first by `createdAt`. */
export const storedCampaign = z.object({ createdAt: z.string(), status: z.string(), rev: z.number().int(), record: campaignRecord });
export type StoredCampaign = z.infer<typeof storedCampaign>;

export const campaigns = new EntityStore<StoredCampaign>('survey-campaign', storedCampaign);

export const storedCampaignOf = (record: CampaignRecord, rev: number): StoredCampaign => ({ createdAt: record.createdAt, status: record.status, rev, record });

export async function listCampaigns(limit: number): Promise<{ id: string; record: CampaignRecord; rev: number }[]> {
  const page = await campaigns.query('by-created', { descending: true, limit });
  return page.entries.map((e) => ({ id: e.key, record: e.value.record, rev: e.value.rev }));
}
