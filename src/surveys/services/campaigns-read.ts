import type { CampaignRecord } from '#surveys/domain/campaign';
import { campaigns } from '#surveys/store/campaign-store';

export async function readCampaign(id: string): Promise<CampaignRecord | undefined> {
  return (await campaigns.get(id))?.record;
}
