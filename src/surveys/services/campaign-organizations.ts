import { invalidInput } from '#kernel/app-error';
import { asAppJira } from '#platform/jira/client';
import { listOrganizations } from '#platform/jira/service-desk';
import { customerSummaries, keyContactsOf, organizationsOfTier, type Tier } from '#portfolio/public';
import { CAMPAIGN_LIMITS, mergeKeyContacts, type CampaignSetup } from '#surveys/domain/campaign';
import { SURVEY_TEXTS } from '#surveys/texts';

/**
 * What a campaign reads of the customer portfolio: each organization's tier and key contacts for
 * the form, the customers of the chosen tiers and the key contacts to survey for the job.
 */

export interface CampaignOrganization {
  id: string;
  name: string;
  tier: Tier | null;
  /** The key contacts the portfolio lists (account ids). */
  keyContacts: string[];
}

/** The organizations Jira knows, each with its tier and key contacts in the portfolio (none without a profile). */
export async function campaignOrganizations(): Promise<CampaignOrganization[]> {
  const organizations = await listOrganizations(asAppJira());
  const ids = organizations.map((o) => o.id);
  const [summaries, contacts] = await Promise.all([customerSummaries(ids), keyContactsOf(ids)]);
  return organizations.map((o) => ({ id: o.id, name: o.name, tier: summaries.get(o.id)?.tier ?? null, keyContacts: contacts.get(o.id) ?? [] }));
}

/**
 * The organizations a campaign surveys. By name: its setup's. By tier: the customers in its tiers
 * now (so one moved into a tier before the job plans is included), in the order of the tiers, that
 * Jira still knows, at most the campaign limit.
 */
export async function organizationsToSurvey(setup: CampaignSetup): Promise<string[]> {
  if (setup.organizationsBy === 'name') return setup.organizationIds;
  const known = new Set((await listOrganizations(asAppJira())).map((o) => o.id));
  const ofTiers = (await Promise.all(setup.tiers.map((tier) => organizationsOfTier(tier)))).flat();
  return [...new Set(ofTiers)].filter((id) => known.has(id)).slice(0, CAMPAIGN_LIMITS.organizations);
}

/** For the key contacts audience, each organization's: those its portfolio profile lists and those chosen for the campaign. */
export async function keyContactsToSurvey(setup: CampaignSetup, organizationIds: readonly string[]): Promise<Record<string, string[]>> {
  if (setup.audience !== 'key-contacts') return {};
  return mergeKeyContacts(organizationIds, await keyContactsOf(organizationIds), setup.keyContacts);
}

/**
 * Refuses a campaign to the key contacts of organizations chosen by name when one of them has none:
 * neither chosen nor listed in the portfolio. (By tier, a customer without key contacts is skipped.)
 */
export async function checkKeyContacts(setup: CampaignSetup): Promise<void> {
  if (setup.audience !== 'key-contacts' || setup.organizationsBy !== 'name') return;
  const contacts = await keyContactsToSurvey(setup, setup.organizationIds);
  const without = setup.organizationIds.find((id) => (contacts[id] ?? []).length === 0);
  if (without !== undefined) throw invalidInput(`setup.keyContacts.${without}`, SURVEY_TEXTS.text('input.keyContactNeeded'));
}
