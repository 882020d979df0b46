import { APP_FIELD_KEYS } from '../../domain/brm/app-fields';
import type { ProjectStyle, ProvisioningSnapshot, SnapshotField, SnapshotProject } from '../../domain/provisioning/snapshot';
import type { JiraClient } from '../../platform/jira/client';
import { fieldContexts } from '../../platform/jira/fields';
import { schemeIssueTypes, schemesForProjects } from '../../platform/jira/issue-type-schemes';
import { listIssueTypes } from '../../platform/jira/issue-types';
import { isTeamManaged, searchServiceProjects } from '../../platform/jira/projects';
import { listRequestTypes, listServiceDesks } from '../../platform/jira/service-desk';
import { appFieldIds } from '../app-fields';

/** A JSM project the admin can provision. */
export interface ServiceProject {
  id: string;
  key: string;
  name: string;
  style: ProjectStyle;
  serviceDeskId?: string;
}

/** Every JSM project, with its style and service desk. */
export async function readServiceProjects(client: JiraClient): Promise<ServiceProject[]> {
  const [projects, desks] = await Promise.all([searchServiceProjects(client), listServiceDesks(client)]);
  const deskOf = new Map(desks.map((d) => [d.projectId, d.id]));
  return projects.map((p) => {
    const serviceDeskId = deskOf.get(p.id);
    return {
      id: p.id,
      key: p.key,
      name: p.name,
      style: isTeamManaged(p) ? 'team-managed' : 'company-managed',
      ...(serviceDeskId === undefined ? {} : { serviceDeskId }),
    };
  });
}

/** Reads what provisioning needs to know about `projects`: issue types, schemes, request types, the app's fields and their contexts. */
export async function readSnapshot(client: JiraClient, projects: readonly ServiceProject[]): Promise<ProvisioningSnapshot> {
  const projectIds = new Set(projects.map((p) => p.id));
  const companyManagedIds = projects.filter((p) => p.style === 'company-managed').map((p) => p.id);
  const [issueTypes, schemesOfProjects, fieldIds] = await Promise.all([listIssueTypes(client), schemesForProjects(client, companyManagedIds), appFieldIds(client)]);

  const schemeOf = new Map<string, string>();
  for (const s of schemesOfProjects) for (const projectId of s.projectIds) schemeOf.set(projectId, s.issueTypeScheme.id);
  const schemeIds = [...new Set(schemesOfProjects.map((s) => s.issueTypeScheme.id))];
  const [schemeTypes, requestTypesByProject, fields] = await Promise.all([
    schemeIssueTypes(client, schemeIds),
    Promise.all(projects.map(async (p) => [p.id, p.serviceDeskId === undefined ? [] : await listRequestTypes(client, p.serviceDeskId)] as const)),
    Promise.all(
      APP_FIELD_KEYS.filter((key) => fieldIds.has(key)).map(async (key): Promise<SnapshotField> => {
        const fieldId = fieldIds.get(key) ?? '';
        const contexts = await fieldContexts(client, fieldId);
        return {
          key,
          fieldId,
          contexts: contexts.map((c) => ({ id: c.id, name: c.name, isGlobal: c.isGlobalContext, isAnyIssueType: c.isAnyIssueType, projectIds: c.projectIds, issueTypeIds: c.issueTypeIds })),
        };
      }),
    ),
  ]);
  const requestTypesOf = new Map(requestTypesByProject);

  const snapshotProjects = projects.map((p): SnapshotProject => {
    const schemeId = schemeOf.get(p.id);
    return {
      id: p.id,
      key: p.key,
      name: p.name,
      style: p.style,
      ...(p.serviceDeskId === undefined ? {} : { serviceDeskId: p.serviceDeskId }),
      ...(p.style === 'company-managed' && schemeId !== undefined ? { schemeId } : {}),
      requestTypes: (requestTypesOf.get(p.id) ?? []).map((r) => ({ id: r.id, name: r.name, issueTypeId: r.issueTypeId })),
    };
  });

  return {
    issueTypes: issueTypes
      .filter((t) => t.scope?.project === undefined || projectIds.has(t.scope.project.id))
      .map((t) => ({
        id: t.id,
        name: t.name,
        ...(t.scope?.project === undefined ? {} : { projectId: t.scope.project.id }),
        ...(t.avatarId === undefined ? {} : { avatarId: t.avatarId }),
      })),
    schemes: schemeIds.map((id) => ({
      id,
      name: schemesOfProjects.find((s) => s.issueTypeScheme.id === id)?.issueTypeScheme.name ?? id,
      issueTypeIds: schemeTypes.get(id) ?? [],
    })),
    projects: snapshotProjects,
    fields,
  };
}
