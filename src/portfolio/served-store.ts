import { readJson, writeJson } from '#platform/kvs/json-store';
import { EntityStore } from '#platform/kvs/typed-entities';
import { servedSyncState, storedDeskOrganization, type ServedOrganization, type ServedSyncState } from './domain/served';

/**
 * The app's copy of which organizations each service desk serves (manifest.yml
 * `app.storage.entities`):
 * - `desk-organization`, key `<project id>:<organization id>`; index `by-project` (the desk's
 *   project, then the sort key), so a desk's customers by name are a query and "does this desk
 *   serve these organizations" is a batch read;
 * - the plain key `desk-organizations:synced`: when the last complete sync ended, and the desks it read.
 */

export const DESK_ORGANIZATION = 'desk-organization';
const SYNC_STATE_KEY = 'desk-organizations:synced';

const deskOrganizations = new EntityStore(DESK_ORGANIZATION, storedDeskOrganization);

const keyOf = (projectId: string, organizationId: string): string => `${projectId}:${organizationId}`;

export const readServedSync = (): Promise<ServedSyncState | undefined> => readJson(SYNC_STATE_KEY, servedSyncState);
export const writeServedSync = (state: ServedSyncState): Promise<void> => writeJson(SYNC_STATE_KEY, state);

/** Records that the desk of `projectId` serves these organizations, as seen by sync run `syncId`. */
export function writeDeskOrganizations(projectId: string, organizations: readonly ServedOrganization[], syncId: string): Promise<void> {
  return deskOrganizations.setMany(
    organizations.map((o) => ({
      key: keyOf(projectId, o.organizationId),
      value: { projectId, organizationId: o.organizationId, name: o.name, sortKey: o.sortKey, syncId },
    })),
  );
}

/** A desk's organizations in sort-key order, from `atLeast` on (1 to 100 of them). */
export async function deskOrganizationsFrom(projectId: string, atLeast: string | undefined, limit: number): Promise<ServedOrganization[]> {
  const page = await deskOrganizations.query('by-project', { partition: [projectId], ...(atLeast !== undefined ? { range: { atLeast } } : {}), limit });
  return page.entries.map(({ value }) => ({ organizationId: value.organizationId, name: value.name, sortKey: value.sortKey }));
}

/** Of these organizations, those the desks of these projects serve, with their names (batch reads). */
export async function servedAmong(projectIds: readonly string[], organizationIds: readonly string[]): Promise<Map<string, string>> {
  const found = await deskOrganizations.getMany(projectIds.flatMap((p) => organizationIds.map((o) => keyOf(p, o))));
  return new Map([...found.values()].map((value) => [value.organizationId, value.name]));
}

/** One page (100) of a desk's records, for the sync's sweep. */
export const deskOrganizationsPage = (projectId: string, cursor: string | undefined) =>
  deskOrganizations.query('by-project', { partition: [projectId], limit: 100, ...(cursor ? { cursor } : {}) });

export const deleteDeskOrganizations = (keys: readonly string[]): Promise<void> => deskOrganizations.deleteMany(keys);
