import { z } from 'zod';
import { forbidden, notFound } from '#kernel/app-error';
import { APP_FIELD_KEYS, appFieldKeyOf, type AppFieldKey } from '#provisioning/domain/app-fields';
import { asUserJira, type JiraClient } from '#platform/jira/client';
import { listFields } from '#platform/jira/fields';
import { projectPermissions } from '#platform/jira/permissions';
import { browsableProjects, searchServiceProjects } from '#platform/jira/projects';
import { findOrganization } from '#platform/jira/service-desk';
import { findMyself } from '#platform/jira/users';
import { writeMany } from '#platform/kvs/batch-store';
import { getService } from '#catalogue/catalogue-service';
import type { KpiScope } from '#kpi/contract';
import { isKnownTimeZone } from '#kpi/domain/jql';
import { digest } from './hash';

/**
 * What a viewer may see of a KPI scope, asked of Jira as the viewer: the scope's projects they can
 * browse (counts run as them, so numbers only ever come from issues they can see), the projects
 * where they are an agent (survey and customer figures are not filtered by Jira, so they need
 * more than browsing), the customer and service the scope names, their time zone (Jira reads JQL
 * dates in it) and the ids of the app's fields. Kept in KVS for the gadget's cache time, so that
 * a warm render asks Jira nothing; a permission Jira takes away applies once that time has passed.
 */

const project = z.object({ id: z.string(), key: z.string(), name: z.string() });
const namedRef = z.object({ id: z.string(), name: z.string() });

export const viewerRecord = z.object({
  at: z.number(),
  timeZone: z.string(),
  projects: z.array(project),
  hiddenProjects: z.number().int(),
  agentProjectIds: z.array(z.string()),
  customer: namedRef.nullable(),
  service: namedRef.nullable(),
  appFieldIds: z.partialRecord(z.enum(APP_FIELD_KEYS), z.string()),
});
export type Viewer = z.infer<typeof viewerRecord>;

export const viewerKey = (accountId: string, scope: KpiScope): string =>
  `kpi:viewer:${digest(accountId, JSON.stringify([scope.projectIds ?? null, scope.customerId ?? null, scope.serviceId ?? null]))}`;

async function appFieldIds(client: JiraClient): Promise<Partial<Record<AppFieldKey, string>>> {
  const ids: Partial<Record<AppFieldKey, string>> = {};
  for (const field of await listFields(client)) {
    const key = appFieldKeyOf(field.schema?.custom);
    if (key && ids[key] === undefined) ids[key] = field.id;
  }
  return ids;
}

/** Asks Jira, as the calling user, what they may see of the scope. */
async function askJira(accountId: string, scope: KpiScope, now: number): Promise<Viewer> {
  const client = asUserJira();
  const [me, found, fieldIds] = await Promise.all([
    findMyself(client),
    scope.projectIds === undefined ? searchServiceProjects(client) : browsableProjects(client, scope.projectIds),
    appFieldIds(client),
  ]);
  // Counts run as the invoking user and are cached under `accountId`: the two must be the same person.
  if (me.accountId !== accountId) throw forbidden('KPIs are computed only for the user who asks for them.');
  const wanted = scope.projectIds === undefined ? undefined : new Set(scope.projectIds);
  const projects = found.filter((p) => wanted === undefined || wanted.has(p.id)).map((p) => ({ id: p.id, key: p.key, name: p.name }));
  const [held, customer] = await Promise.all([
    projectPermissions(
      client,
      ['EDIT_ISSUES'],
      projects.map((p) => p.id),
    ),
    scope.customerId === undefined ? Promise.resolve(undefined) : findOrganization(client, scope.customerId),
  ]);
  if (scope.customerId !== undefined && customer === undefined)
    throw forbidden('scope.customerId: the organization does not exist or you cannot see it.', 'scope.customerId');
  const service = scope.serviceId === undefined ? undefined : await getService(scope.serviceId, 'scope.serviceId').catch(() => undefined);
  if (scope.serviceId !== undefined && service === undefined) throw notFound('scope.serviceId: the service is not in the catalogue.', 'scope.serviceId');
  const agent = held.get('EDIT_ISSUES') ?? new Set<string>();
  return {
    at: now,
    timeZone: me.timeZone !== undefined && isKnownTimeZone(me.timeZone) ? me.timeZone : 'UTC',
    projects,
    hiddenProjects: wanted === undefined ? 0 : wanted.size - projects.length,
    agentProjectIds: projects.filter((p) => agent.has(p.id)).map((p) => p.id),
    customer: customer ? { id: customer.id, name: customer.name } : null,
    service: service ? { id: service.id, name: service.name } : null,
    appFieldIds: fieldIds,
  };
}

/**
 * The viewer's view of the scope: the record `stored` under `viewerKey` (read by the caller, with
 * its other keys) while it is younger than `cacheMinutes`, else asked of Jira and kept. Throws
 * FORBIDDEN for a customer the viewer cannot see and NOT_FOUND for a service the catalogue lacks.
 */
export async function viewerOf(accountId: string, scope: KpiScope, cacheMinutes: number, now: number, stored: unknown): Promise<Viewer> {
  const key = viewerKey(accountId, scope);
  const cached = viewerRecord.safeParse(stored);
  if (cached.success && now - cached.data.at < cacheMinutes * 60_000 && cached.data.at <= now) return cached.data;
  const viewer = await askJira(accountId, scope, now);
  await writeMany([{ key, value: viewer, ttlSeconds: cacheMinutes * 60 }]);
  return viewer;
}
