import { listServiceDesks, serviceDeskOrganizations } from '#platform/jira/service-desk';
import { bySortKey, copyUsable, mergeServedPages, sortKeyOf, syncDue, type ServedOrganization } from '#portfolio/domain/served';
import { deskOrganizationsFrom, readServedSync, servedAmong } from '#portfolio/served-store';
import type { Viewer } from './access';

/**
 * The customers an agent serves, for the portfolio page: the organizations of the service desks
 * of the projects where they are an agent. Which projects those are is asked of Jira as the agent
 * (with the desks they can see); which organizations each desk serves comes from the app's copy
 * (served-sync-job.ts), at most a day old, so that a page, or the check that the viewer may read a
 * customer, costs the same with 50 or 5,000 organizations. A desk the copy does not hold yet (or a
 * copy that is too old) is read from JSM.
 */
/** A KVS query answers at most 100; a page asks for two more than it shows. */
const MAX_PAGE = 98;

export interface ServedScope {
  /** Of these organizations, those the viewer serves, with their names. */
  visible(organizationIds: readonly string[]): Promise<Map<string, string>>;
  /** The served organizations by name after `after`, at most `limit` (and at most 98), and where the next page starts. */
  page(after: string | undefined, limit: number): Promise<{ items: ServedOrganization[]; next: string | undefined }>;
  /** Whether the app's copy is due for a refresh. */
  readonly refreshDue: boolean;
}

/** The viewer's desks (as the viewer sees them), split into those the app's copy holds and the rest. */
async function viewerDesks(viewer: Viewer, now: Date) {
  const [allDesks, state] = await Promise.all([listServiceDesks(viewer.client), readServedSync()]);
  const desks = allDesks.filter((d) => viewer.agentProjectIds.has(d.projectId));
  const copied = new Set(copyUsable(state, now) ? state.projectIds : []);
  return {
    state,
    cachedProjects: desks.filter((d) => copied.has(d.projectId)).map((d) => d.projectId),
    live: desks.filter((d) => !copied.has(d.projectId)),
  };
}

/**
 * Whether the viewer serves the organization: the app's copy first (one batch read), then the
 * desks it does not hold, read from JSM as the viewer, `preferProjectId`'s first, stopping once found.
 */
export async function serves(viewer: Viewer, organizationId: string, now: Date, preferProjectId?: string): Promise<boolean> {
  if (viewer.agentProjectIds.size === 0) return false;
  const { cachedProjects, live } = await viewerDesks(viewer, now);
  if (cachedProjects.length > 0 && (await servedAmong(cachedProjects, [organizationId])).has(organizationId)) return true;
  live.sort((a, b) => Number(b.projectId === preferProjectId) - Number(a.projectId === preferProjectId));
  for (const desk of live) {
    if ((await serviceDeskOrganizations(viewer.client, desk.id)).some((o) => o.id === organizationId)) return true;
  }
  return false;
}

export async function servedScope(viewer: Viewer, now: Date): Promise<ServedScope> {
  if (viewer.agentProjectIds.size === 0) {
    return { visible: () => Promise.resolve(new Map()), page: () => Promise.resolve({ items: [], next: undefined }), refreshDue: false };
  }
  const { state, cachedProjects, live: liveDesks } = await viewerDesks(viewer, now);
  const live = new Map<string, ServedOrganization>();
  for (const desk of liveDesks) {
    for (const o of await serviceDeskOrganizations(viewer.client, desk.id))
      live.set(o.id, { organizationId: o.id, name: o.name, sortKey: sortKeyOf(o.name, o.id) });
  }
  const liveSorted = [...live.values()].sort(bySortKey);
  return {
    refreshDue: syncDue(state, now),
    visible: async (organizationIds) => {
      const names = new Map<string, string>();
      for (const id of organizationIds) {
        const found = live.get(id);
        if (found) names.set(id, found.name);
      }
      const rest = organizationIds.filter((id) => !names.has(id));
      if (rest.length > 0 && cachedProjects.length > 0) for (const [id, name] of await servedAmong(cachedProjects, rest)) names.set(id, name);
      return names;
    },
    page: async (after, limit) => {
      // The range includes `after` itself: one more than the page and one beyond it, within KVS's 100.
      const size = Math.min(limit, MAX_PAGE);
      const wanted = size + 2;
      const fromCopy = await Promise.all(cachedProjects.map((projectId) => deskOrganizationsFrom(projectId, after, wanted)));
      const fromJsm = liveSorted.filter((o) => after === undefined || o.sortKey > after).slice(0, wanted);
      return mergeServedPages([...fromCopy, fromJsm], after, size);
    },
  };
}
