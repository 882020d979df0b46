import { z } from 'zod';
import { sortNameOf } from './profile';

/**
 * Which organizations each service desk serves, as the app keeps them (entity
 * `desk-organization`): an agent's portfolio page lists the customers of their desks from it
 * instead of reading every desk's organizations from JSM on each opening. The rules here are
 * pure: the order of the list, pages merged across desks, and when the copy is fresh enough.
 */

export const storedDeskOrganization = z.object({
  projectId: z.string(),
  organizationId: z.string(),
  name: z.string(),
  /** The order of the list: the sort name, then the id (unique, so that pages never tie). */
  sortKey: z.string(),
  /** The sync run that last saw the organization on the desk. */
  syncId: z.string(),
});

export const servedSyncState = z.object({
  syncedAt: z.string(),
  /** The projects of the service desks the last complete sync read. */
  projectIds: z.array(z.string()),
});
export type ServedSyncState = z.infer<typeof servedSyncState>;

/** A sync is started when the last complete one is older than this (the hourly trigger runs one too). */
export const SERVED_SYNC_DUE_HOURS = 1;
/** A copy older than this is not used: the page reads the desks from JSM, as before the first sync. */
export const SERVED_COPY_MAX_AGE_HOURS = 24;

const ageHours = (state: ServedSyncState, now: Date): number => (now.getTime() - Date.parse(state.syncedAt)) / 3_600_000;

export const syncDue = (state: ServedSyncState | undefined, now: Date): boolean => !state || ageHours(state, now) >= SERVED_SYNC_DUE_HOURS;
export const copyUsable = (state: ServedSyncState | undefined, now: Date): state is ServedSyncState =>
  state !== undefined && ageHours(state, now) < SERVED_COPY_MAX_AGE_HOURS;

/** The separator sorts below every character a trimmed name continues with, so "ab" comes before "ab c". */
export const sortKeyOf = (name: string, organizationId: string): string => `${sortNameOf(name)}\u0001${organizationId}`;

export interface ServedOrganization {
  organizationId: string;
  name: string;
  sortKey: string;
}

/** The list's order: by sort key, compared as KVS compares an index's string range. */
export const bySortKey = (a: ServedOrganization, b: ServedOrganization): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

/**
 * One page of the organizations that several desks serve, in sort-key order, each once, after
 * `after`. Each source holds its desk's organizations from `after` on, in order (it may start with
 * `after` itself), and at least `limit` + 1 after `after` when the desk has that many. `next` is where the following page starts, absent when
 * no source holds anything beyond this page.
 */
export function mergeServedPages(
  sources: readonly (readonly ServedOrganization[])[],
  after: string | undefined,
  limit: number,
): { items: ServedOrganization[]; next: string | undefined } {
  const byId = new Map<string, ServedOrganization>();
  for (const source of sources) {
    for (const organization of source) {
      if (after !== undefined && organization.sortKey <= after) continue;
      if (!byId.has(organization.organizationId)) byId.set(organization.organizationId, organization);
    }
  }
  const ordered = [...byId.values()].sort(bySortKey);
  const items = ordered.slice(0, limit);
  const last = items[items.length - 1];
  // A source cut short at limit + 1 holds at least one organization beyond the page's last.
  const more = last !== undefined && ordered.length > items.length;
  return { items, next: more ? last.sortKey : undefined };
}
