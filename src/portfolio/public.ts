import { allPages, lifecycleEvents, queryProfiles, readProfile, readProfiles } from './portfolio-store';
import { countsFromChanges, type LifecycleCounts } from './domain/lifecycle';
import type { Lifecycle, Tier } from './domain/profile';

/**
 * What other features may read of the customer portfolio (queries only). The caller checks that
 * the viewer may see the customers it asks about; these read KVS only.
 */

export type { Lifecycle, Tier } from './domain/profile';
export type { LifecycleCounts } from './domain/lifecycle';
export { LIFECYCLES, TIERS } from './domain/profile';

export interface CustomerSummary {
  organizationId: string;
  name: string;
  tier: Tier | null;
  ownerAccountId: string | null;
  lifecycle: Lifecycle | null;
}

/** The profiles of these organizations, by id; organizations without a profile are left out. */
export async function customerSummaries(organizationIds: string[]): Promise<Map<string, CustomerSummary>> {
  const profiles = await readProfiles(organizationIds);
  return new Map(
    [...profiles.values()].map((p) => [
      p.organizationId,
      { organizationId: p.organizationId, name: p.name, tier: p.tier ?? null, ownerAccountId: p.ownerAccountId ?? null, lifecycle: p.lifecycle ?? null },
    ]),
  );
}

/**
 * For each period (ISO dates, `[from, to)`), in order: the customers active when it began, won
 * (became active) and lost (went from active to lost) within it. One read of the lifecycle index
 * for them all, whatever their number: the customers active now and the changes since the earliest
 * start, never every profile's history.
 */
export async function lifecycleCounts(periods: readonly { from: string; to: string }[]): Promise<LifecycleCounts[]> {
  const [first, ...rest] = periods;
  if (!first) return [];
  const from = rest.reduce((earliest, p) => (p.from < earliest ? p.from : earliest), first.from);
  const [activeNow, activeSince, lostSince] = await Promise.all([
    allPages((cursor) => queryProfiles({ index: 'lifecycle', lifecycle: 'active' }, {}, cursor)),
    lifecycleEvents('active', from),
    lifecycleEvents('lost', from),
  ]);
  const changes = [...activeSince, ...lostSince];
  return periods.map((period) => countsFromChanges(activeNow.length, changes, period));
}

/** The organizations of one tier. */
export async function organizationsOfTier(tier: Tier): Promise<string[]> {
  return (await allPages((cursor) => queryProfiles({ index: 'tier', tier }, {}, cursor))).map((p) => p.organizationId);
}

/** The key contacts (account ids) each of these organizations' profile lists, by organization id; organizations without a profile are left out. */
export async function keyContactsOf(organizationIds: readonly string[]): Promise<Map<string, string[]>> {
  const profiles = await readProfiles(organizationIds);
  return new Map([...profiles.values()].map((p) => [p.organizationId, p.keyContacts.map((c) => c.accountId)]));
}

/** The BRM owner's account id, or null when the customer has none (or no profile). */
export async function ownerOf(organizationId: string): Promise<string | null> {
  return (await readProfile(organizationId))?.ownerAccountId ?? null;
}
