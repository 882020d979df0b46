import { allPages, lifecycleEvents, queryProfiles, readProfile, readProfiles } from './portfolio-store';
import { activeAt, isLoss, isWin } from './domain/lifecycle';
import type { Lifecycle, Tier } from './domain/profile';

/**
 * What other features may read of the customer portfolio (queries only). The caller checks that
 * the viewer may see the customers it asks about; these read KVS only.
 */

export type { Lifecycle, Tier } from './domain/profile';
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
 * Customers active when the period began, won (became active) and lost (went from active to lost)
 * within `[from, to)`, ISO dates. Read from the lifecycle index (changes by state and date) and the
 * customers active now, never by reading every profile's history.
 */
export async function lifecycleCounts(period: { from: string; to: string }): Promise<{ activeAtStart: number; won: number; lost: number }> {
  const [activeNow, wonSince, lostSince] = await Promise.all([
    allPages((cursor) => queryProfiles({ index: 'lifecycle', lifecycle: 'active' }, {}, cursor)),
    lifecycleEvents('active', period.from),
    lifecycleEvents('lost', period.from),
  ]);
  const wins = wonSince.filter(isWin);
  const losses = lostSince.filter(isLoss);
  return {
    activeAtStart: activeAt(activeNow.length, wins.length, losses.length),
    won: wins.filter((e) => e.date < period.to).length,
    lost: losses.filter((e) => e.date < period.to).length,
  };
}

/** The organizations of one tier. */
export async function organizationsOfTier(tier: Tier): Promise<string[]> {
  return (await allPages((cursor) => queryProfiles({ index: 'tier', tier }, {}, cursor))).map((p) => p.organizationId);
}

/** The BRM owner's account id, or null when the customer has none (or no profile). */
export async function ownerOf(organizationId: string): Promise<string | null> {
  return (await readProfile(organizationId))?.ownerAccountId ?? null;
}
