import { Filter, FilterConditions, ForgeKvsAPIError, kvs, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { storedChange, type StoredChange } from '../../portfolio/domain/changes';
import { storedHealth, type StoredHealth } from '../../portfolio/domain/health-snapshot';
import type { Lifecycle } from '../../portfolio/domain/profile';
import { LIFECYCLES, storedAgreement, storedProfile, type Profile, type StoredAgreement, type StoredProfile, type Tier } from '../../portfolio/domain/profile';

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
const BATCH = 25;

export const storedLifecycleEvent = z.object({
  organizationId: z.string(),
  state: z.enum(LIFECYCLES),
  previous: z.enum([...LIFECYCLES, 'none']),
  date: z.string(),
  at: z.string(),
  by: z.string(),
});
export type StoredLifecycleEvent = z.infer<typeof storedLifecycleEvent>;

const versionKey = (organizationId: string, version: number): string => `${organizationId}:${String(version).padStart(8, '0')}`;
export const agreementKey = (organizationId: string, agreementId: string): string => `${organizationId}:${agreementId}`;

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const toProfile = (organizationId: string, value: unknown): Profile | undefined => {
  const stored = parseWith(storedProfile, value);
  return stored ? { organizationId, ...stored } : undefined;
};

export async function readProfile(organizationId: string): Promise<Profile | undefined> {
  const value = await kvs.entity<unknown>(PROFILE).get(organizationId);
  return value === undefined ? undefined : toProfile(organizationId, value);
}

/** Several profiles by organization id (KVS batch reads of 25); ids without a profile are left out. */
export async function readProfiles(organizationIds: readonly string[]): Promise<Map<string, Profile>> {
  return batchRead(PROFILE, organizationIds, toProfile);
}

async function batchRead<T>(entityName: string, keys: readonly string[], read: (key: string, value: unknown) => T | undefined): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    const answer = await kvs.batchGet<unknown>(batch.map((key) => ({ key, entityName })));
    for (const item of answer.successfulKeys) {
      const value = read(item.key, item.value);
      if (value !== undefined) found.set(item.key, value);
    }
  }
  return found;
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
  const entity = kvs.entity<StoredProfile>(PROFILE).query();
  let query =
    source.index === 'all'
      ? entity.index('sortName')
      : source.index === 'owner'
        ? entity.index('by-owner', { partition: [source.ownerAccountId] })
        : source.index === 'tier'
          ? entity.index('by-tier', { partition: [source.tier] })
          : entity.index('by-lifecycle', { partition: [source.lifecycle] });
  const conditions = (['tier', 'lifecycle', 'ownerAccountId'] as const).filter((key) => filters[key] !== undefined);
  if (conditions.length > 0) {
    let filter = new Filter<StoredProfile>().and(conditions[0] ?? 'tier', FilterConditions.equalTo(filters[conditions[0] ?? 'tier'] ?? ''));
    for (const key of conditions.slice(1)) filter = filter.and(key, FilterConditions.equalTo(filters[key] ?? ''));
    query = query.filters(filter);
  }
  query = query.limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return { items: page.results.flatMap((r) => toProfile(r.key, r.value) ?? []), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
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
  return allPages(async (cursor) => {
    let query = kvs
      .entity<StoredAgreement>(AGREEMENT)
      .query()
      .index('by-customer', { partition: [organizationId] })
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return { items: page.results.flatMap((r) => parseWith(storedAgreement, r.value) ?? []), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  });
}

/** Agreements ending before `date` (and on or after `from`, when given), by end date: one page. */
export async function agreementsEndingBefore(
  date: string,
  from: string | undefined,
  cursor: string | undefined,
  limit: number = PAGE,
): Promise<Page<StoredAgreement>> {
  let query = kvs
    .entity<StoredAgreement>(AGREEMENT)
    .query()
    .index('endDate')
    .where(from === undefined ? WhereConditions.lessThan(date) : WhereConditions.between(from, date))
    .limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  // `between` includes its upper bound; "before" does not.
  return {
    items: page.results.flatMap((r) => parseWith(storedAgreement, r.value) ?? []).filter((a) => a.endDate < date),
    ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
  };
}

/** Lifecycle changes to `state` dated on or after `from` (and before `to`, when given). */
export async function lifecycleEvents(state: Lifecycle, from: string, to?: string): Promise<StoredLifecycleEvent[]> {
  return allPages(async (cursor) => {
    let query = kvs
      .entity<StoredLifecycleEvent>(LIFECYCLE)
      .query()
      .index('by-state', { partition: [state] })
      .where(WhereConditions.greaterThanEqualTo(from))
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return {
      items: page.results.flatMap((r) => parseWith(storedLifecycleEvent, r.value) ?? []).filter((e) => to === undefined || e.date < to),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    };
  });
}

/** A customer's history, newest first. */
export async function listChanges(organizationId: string, limit: number): Promise<StoredChange[]> {
  const page = await kvs
    .entity<StoredChange>(CHANGE)
    .query()
    .index('by-customer', { partition: [organizationId] })
    .sort(Sort.DESC)
    .limit(limit)
    .getMany();
  return page.results.flatMap((r) => parseWith(storedChange, r.value) ?? []);
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
  const transaction = kvs.transact();
  const condition =
    commit.basedOn === undefined
      ? new Filter<StoredProfile>().and('version', FilterConditions.notExists())
      : new Filter<StoredProfile>().and('version', FilterConditions.equalTo(commit.basedOn));
  // Absent optional attributes are left out of the JSON, so the sparse indexes do not list them.
  transaction.set(organizationId, profile, { entityName: PROFILE, conditions: condition });
  transaction.set(versionKey(organizationId, profile.version), commit.change, { entityName: CHANGE });
  if (commit.lifecycleEvent) transaction.set(versionKey(organizationId, profile.version), commit.lifecycleEvent, { entityName: LIFECYCLE });
  if (commit.setAgreement) transaction.set(agreementKey(organizationId, commit.setAgreement.agreementId), commit.setAgreement, { entityName: AGREEMENT });
  if (commit.deleteAgreementId) transaction.delete(agreementKey(organizationId, commit.deleteAgreementId), { entityName: AGREEMENT });
  try {
    await transaction.execute();
    return true;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError && error.code === 'CONDITIONAL_CHECK_FAILED') return false;
    throw error;
  }
}

export async function readHealth(organizationIds: readonly string[]): Promise<Map<string, StoredHealth>> {
  return batchRead(HEALTH, organizationIds, (_key, value) => parseWith(storedHealth, value));
}

export async function writeHealth(organizationId: string, health: StoredHealth): Promise<void> {
  await kvs.entity<StoredHealth>(HEALTH).set(organizationId, health);
}

/** One page of the customers whose last assessment has this status, by name. */
export async function queryHealth(
  status: StoredHealth['status'],
  cursor: string | undefined,
  limit: number = PAGE,
): Promise<Page<{ organizationId: string; health: StoredHealth }>> {
  let query = kvs
    .entity<StoredHealth>(HEALTH)
    .query()
    .index('by-status', { partition: [status] })
    .limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return {
    items: page.results.flatMap((r) => {
      const health = parseWith(storedHealth, r.value);
      return health ? [{ organizationId: r.key, health }] : [];
    }),
    ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
  };
}

/** KVS key of the health thresholds. */
export const HEALTH_SETTINGS_KEY = 'portfolio:health-settings';
