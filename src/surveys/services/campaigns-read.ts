import type { CampaignRecord } from '../domain/campaign';
import { campaigns } from '../store/campaign-store';

export async function readCampaign(id: string): Promise<CampaignRecord | undefined> {
  return (await campaigns.get(id))?.record;
}
