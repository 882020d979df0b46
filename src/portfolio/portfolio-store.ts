import { z } from 'zod';
import { entityQuery, type EntityPage } from '#platform/kvs/entity-query';
import { entityStore, transact } from '#platform/kvs/entity-store';
import { storedChange, type StoredChange } from './domain/changes';
import { storedHealth, type StoredHealth } from './domain/health-snapshot';
import {
  LIFECYCLES,
  storedAgreement,
  storedProfile,
  type Lifecycle,
  type Profile,
  type StoredAgreement,
  type StoredProfile,
  type Tier,
} from './domain/profile';

/**
 * The customer portfolio in KVS custom entities (manifest.yml `app.storage.entities`):
 * - `customer-profile`, key: the JSM organization id; indexes by sort name, by owner, by tier and
 *   by lifecycle (state, then the date it began), so "customers of owner X" is a query;
 * - `customer-agreement`, key `<organization id>:<agreement id>`; indexes by end date ("agreements
 *   ending before D") and by customer;
 * - `customer-lifecycle`, key `<organization id>:<profile version>`: one per lifecycle change,
 *   indexed by state and date ("lost customers in period P");
 * - `customer-change`, key `<organization id>:<profile version>`: the history, one per change, by
 *   customer and time;
 * - `customer-health`, key: the organization id; the last assessment, indexed by status.
 * Every change of a profile is one transaction conditional on the version it was based on.
 */

export const PROFILE = 'customer-profile';
export const AGREEMENT = 'customer-agreement';
export const LIFECYCLE = 'customer-lifecycle';
export const CHANGE = 'customer-change';
export const HEALTH = 'customer-health';

const PAGE = 100;

export const storedLifecycleEvent = z.object({
  organizationId: z.string(),
  state: z.enum(LIFECYCLES),
  previous: z.enum([...LIFECYCLES, 'none']),
  date: z.string(),
  at: z.string(),
  by: z.string(),
});
export type StoredLifecycleEvent = z.infer<typeof storedLifecycleEvent>;

const profiles = entityStore(PROFILE, storedProfile);
const profileQuery = entityQuery(PROFILE, storedProfile);
const agreements = entityStore(AGREEMENT, storedAgreement);
const agreementQuery = entityQuery(AGREEMENT, storedAgreement);
const lifecycles = entityStore(LIFECYCLE, storedLifecycleEvent);
const lifecycleQuery = entityQuery(LIFECYCLE, storedLifecycleEvent);
const changes = entityStore(CHANGE, storedChange);
const changeQuery = entityQuery(CHANGE, storedChange);
const healths = entityStore(HEALTH, storedHealth);
const healthQuery = entityQuery(HEALTH, storedHealth);

/** A page of query results as the store's callers take it. */
const pageOf = <T, U>(page: EntityPage<T>, map: (key: string, value: T) => U): Page<U> => ({
  items: page.results.map((r) => map(r.key, r.value)),
  ...(page.cursor ? { cursor: page.cursor } : {}),
});

const versionKey = (organizationId: string, version: number): string => `${organizationId}:${String(version).padStart(8, '0')}`;
export const agreementKey = (organizationId: string, agreementId: string): string => `${organizationId}:${agreementId}`;

export async function readProfile(organizationId: string): Promise<Profile | undefined> {
  const stored = await profiles.get(organizationId);
  return stored ? { organizationId, ...stored } : undefined;
}

/** Several profiles by organization id (KVS batch reads of 25); ids without a profile are left out. */
export async function readProfiles(organizationIds: readonly string[]): Promise<Map<string, Profile>> {
  const stored = await profileQuery.getMany(organizationIds);
  return new Map([...stored].map(([organizationId, profile]) => [organizationId, { organizationId, ...profile }]));
}

/** Which index a profile listing reads: all by name, or one owner's, tier's or lifecycle state's. */
export type ProfileIndex =
  { index: 'all' } | { index: 'owner'; ownerAccountId: string } | { index: 'tier'; tier: Tier } | { index: 'lifecycle'; lifecycle: Lifecycle };

/** Further conditions on a listing, applied as KVS filters. */
export interface ProfileFilters {
  tier?: Tier;
  lifecycle?: Lifecycle;
  ownerAccountId?: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** One page of profiles in name order (lifecycle: in order of the date the state began). */
export async function queryProfiles(source: ProfileIndex, filters: ProfileFilters, cursor: string | undefined, limit: number = PAGE): Promise<Page<Profile>> {
  const index =
    source.index === 'all'
      ? { index: 'sortName' }
      : source.index === 'owner'
        ? { index: 'by-owner', partition: [source.ownerAccountId] }
        : source.index === 'tier'
          ? { index: 'by-tier', partition: [source.tier] }
          : { index: 'by-lifecycle', partition: [source.lifecycle] };
  const equal = (['tier', 'lifecycle', 'ownerAccountId'] as const).flatMap((attribute) => {
    const value = filters[attribute];
    return value === undefined ? [] : [{ attribute, value }];
  });
  const page = await profileQuery.page({ ...index, equal, limit, ...(cursor ? { cursor } : {}) });
  return pageOf(page, (organizationId, stored) => ({ organizationId, ...stored }));
}

/** Every page of a query, for counts and exports (bounded by the caller's tenant, not by tickets). */
export async function allPages<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

/** A customer's agreements, by end date. */
export async function listAgreements(organizationId: string): Promise<StoredAgreement[]> {
  return allPages(async (cursor) =>
    pageOf(await agreementQuery.page({ index: 'by-customer', partition: [organizationId], limit: PAGE, ...(cursor ? { cursor } : {}) }), (_key, a) => a),
  );
}

/** Agreements ending before `date` (and on or after `from`, when given), by end date: one page. */
export async function agreementsEndingBefore(
  date: string,
  from: string | undefined,
  cursor: string | undefined,
  limit: number = PAGE,
): Promise<Page<StoredAgreement>> {
  const range = from === undefined ? { lessThan: date } : { between: [from, date] satisfies [string, string] };
  const page = pageOf(await agreementQuery.page({ index: 'endDate', range, limit, ...(cursor ? { cursor } : {}) }), (_key, a) => a);
  // `between` includes its upper bound; "before" does not.
  return { ...page, items: page.items.filter((a) => a.endDate < date) };
}

/** Lifecycle changes to `state` dated on or after `from` (and before `to`, when given). */
export async function lifecycleEvents(state: Lifecycle, from: string, to?: string): Promise<StoredLifecycleEvent[]> {
  const all = await allPages(async (cursor) =>
    pageOf(
      await lifecycleQuery.page({ index: 'by-state', partition: [state], range: { atLeast: from }, limit: PAGE, ...(cursor ? { cursor } : {}) }),
      (_key, e) => e,
    ),
  );
  return all.filter((e) => to === undefined || e.date < to);
}

/** A customer's history, newest first. */
export async function listChanges(organizationId: string, limit: number): Promise<StoredChange[]> {
  const page = await changeQuery.page({ index: 'by-customer', partition: [organizationId], descending: true, limit });
  return page.results.map((r) => r.value);
}

/** What one change of a profile writes besides the profile itself. */
export interface ProfileCommit {
  organizationId: string;
  /** The version the change was based on; undefined for a new profile. */
  basedOn: number | undefined;
  profile: StoredProfile;
  change: StoredChange;
  lifecycleEvent?: StoredLifecycleEvent;
  setAgreement?: StoredAgreement;
  deleteAgreementId?: string;
}

/**
 * Writes a change of a profile in one transaction: the profile (only if it is still at the version
 * the change was based on, or still absent for a new one), the history entry, and the lifecycle
 * change or agreement that came with it. False when someone else changed the profile first:
 * nothing is written then.
 */
export async function commitProfileChange(commit: ProfileCommit): Promise<boolean> {
  const { organizationId, profile } = commit;
  return transact((transaction) => {
    // Absent optional attributes are left out of the JSON, so the sparse indexes do not list them.
    transaction.set(
      profiles,
      organizationId,
      profile,
      commit.basedOn === undefined ? { all: [{ attribute: 'version', absent: true }] } : { all: [{ attribute: 'version', equals: commit.basedOn }] },
    );
    transaction.set(changes, versionKey(organizationId, profile.version), commit.change);
    if (commit.lifecycleEvent) transaction.set(lifecycles, versionKey(organizationId, profile.version), commit.lifecycleEvent);
    if (commit.setAgreement) transaction.set(agreements, agreementKey(organizationId, commit.setAgreement.agreementId), commit.setAgreement);
    if (commit.deleteAgreementId) transaction.delete(agreements, agreementKey(organizationId, commit.deleteAgreementId));
  });
}

export async function readHealth(organizationIds: readonly string[]): Promise<Map<string, StoredHealth>> {
  return healthQuery.getMany(organizationIds);
}

export async function writeHealth(organizationId: string, health: StoredHealth): Promise<void> {
  await healths.set(organizationId, health);
}

/** One page of the customers whose last assessment has this status, by name. */
export async function queryHealth(
  status: StoredHealth['status'],
  cursor: string | undefined,
  limit: number = PAGE,
): Promise<Page<{ organizationId: string; health: StoredHealth }>> {
  const page = await healthQuery.page({ index: 'by-status', partition: [status], limit, ...(cursor ? { cursor } : {}) });
  return pageOf(page, (organizationId, health) => ({ organizationId, health }));
}

/** KVS key of the health thresholds. */
export const HEALTH_SETTINGS_KEY = 'portfolio:health-settings';
