import { APP_FIELD_KEYS } from './domain/app-fields';
import { brmTypeNamed } from './domain/names';
import type { ProjectStyle, ProvisioningSnapshot, SnapshotField, SnapshotIssueType, SnapshotProject, SnapshotScreens } from './domain/snapshot';
import type { JiraClient } from '#platform/jira/client';
import { createFieldIds } from '#platform/jira/create-meta';
import { fieldContexts } from '#platform/jira/fields';
import { schemeIssueTypes, schemesForProjects } from '#platform/jira/issue-type-schemes';
import { listIssueTypes } from '#platform/jira/issue-types';
import { isTeamManaged, searchServiceProjects } from '#platform/jira/projects';
import { issueTypeScreenSchemeMappings, issueTypeScreenSchemesOfProjects, screenSchemes, screenTabsWithFields } from '#platform/jira/screens';
import { listRequestTypes, listServiceDesks } from '#platform/jira/service-desk';
import { appFieldIds } from './app-field-ids';

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

/**
 * The screens company-managed projects use: project -> issue type screen scheme -> (issue type or
 * `default`) -> screen scheme -> create, edit and view screens -> tabs -> fields.
 */
async function readScreens(client: JiraClient, projectIds: readonly string[]): Promise<{ schemeOf: Map<string, string>; screens: SnapshotScreens }> {
  const schemeOf = await issueTypeScreenSchemesOfProjects(client, projectIds);
  const mappings = await issueTypeScreenSchemeMappings(client, [...new Set(schemeOf.values())]);
  const schemes = await screenSchemes(client, [...new Set(mappings.map((m) => m.screenSchemeId))]);
  const screenIds = [
    ...new Set(schemes.flatMap((s) => [s.screens.default, s.screens.create, s.screens.edit, s.screens.view]).filter((id): id is string => id !== undefined)),
  ];
  const tabs = await Promise.all(screenIds.map(async (id) => ({ id, tabs: await screenTabsWithFields(client, id) })));
  const issueTypeScreenSchemes = [...new Set(schemeOf.values())].map((id) => ({
    id,
    mappings: mappings.filter((m) => m.issueTypeScreenSchemeId === id).map((m) => ({ issueTypeId: m.issueTypeId, screenSchemeId: m.screenSchemeId })),
  }));
  return {
    schemeOf,
    screens: {
      issueTypeScreenSchemes,
      screenSchemes: schemes.map((s) => ({
        id: s.id,
        screens: {
          default: s.screens.default,
          ...(s.screens.create === undefined ? {} : { create: s.screens.create }),
          ...(s.screens.edit === undefined ? {} : { edit: s.screens.edit }),
          ...(s.screens.view === undefined ? {} : { view: s.screens.view }),
        },
      })),
      screens: tabs,
    },
  };
}

/**
 * Team-managed: the fields each issue type the app looks at offers on create (its BRM types and the
 * types of its request types), read from Jira's create metadata for the project and type.
 */
async function readLayouts(client: JiraClient, project: SnapshotProject, issueTypes: readonly SnapshotIssueType[]): Promise<Record<string, string[]>> {
  const typeIds = new Set<string>(project.requestTypes.map((r) => r.issueTypeId));
  // Every type of the project named as a BRM type, in any language: the plan picks among them.
  for (const type of issueTypes) if (type.projectId === project.id && brmTypeNamed(type.name) !== undefined) typeIds.add(type.id);
  const entries = await Promise.all([...typeIds].map(async (typeId) => [typeId, await createFieldIds(client, project.id, typeId)] as const));
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string[]] => entry[1] !== undefined));
}

/**
 * Reads what provisioning needs to know about `projects`: issue types, schemes (and which is the
 * default one), screens, request types with their portal groups, team-managed types' fields, the
 * app's fields and their contexts.
 */
export async function readSnapshot(client: JiraClient, projects: readonly ServiceProject[]): Promise<ProvisioningSnapshot> {
  const projectIds = new Set(projects.map((p) => p.id));
  const companyManagedIds = projects.filter((p) => p.style === 'company-managed').map((p) => p.id);
  const [issueTypes, schemesOfProjects, fieldIds, screenSetup] = await Promise.all([
    listIssueTypes(client),
    schemesForProjects(client, companyManagedIds),
    appFieldIds(client),
    readScreens(client, companyManagedIds),
  ]);

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
          contexts: contexts.map((c) => ({
            id: c.id,
            name: c.name,
            isGlobal: c.isGlobalContext,
            isAnyIssueType: c.isAnyIssueType,
            projectIds: c.projectIds,
            issueTypeIds: c.issueTypeIds,
          })),
        };
      }),
    ),
  ]);
  const requestTypesOf = new Map(requestTypesByProject);

  const snapshotIssueTypes: SnapshotIssueType[] = issueTypes
    .filter((t) => t.scope?.project === undefined || projectIds.has(t.scope.project.id))
    .map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.scope?.project === undefined ? {} : { projectId: t.scope.project.id }),
      ...(t.avatarId === undefined ? {} : { avatarId: t.avatarId }),
    }));

  const snapshotProjects = await Promise.all(
    projects.map(async (p): Promise<SnapshotProject> => {
      const schemeId = schemeOf.get(p.id);
      const screenSchemeId = screenSetup.schemeOf.get(p.id);
      const project: SnapshotProject = {
        id: p.id,
        key: p.key,
        name: p.name,
        style: p.style,
        ...(p.serviceDeskId === undefined ? {} : { serviceDeskId: p.serviceDeskId }),
        ...(p.style === 'company-managed' && schemeId !== undefined ? { schemeId } : {}),
        ...(p.style === 'company-managed' && screenSchemeId !== undefined ? { issueTypeScreenSchemeId: screenSchemeId } : {}),
        requestTypes: (requestTypesOf.get(p.id) ?? []).map((r) => ({ id: r.id, name: r.name, issueTypeId: r.issueTypeId, groupIds: r.groupIds })),
      };
      return p.style === 'team-managed' ? { ...project, layouts: await readLayouts(client, project, snapshotIssueTypes) } : project;
    }),
  );

  return {
    issueTypes: snapshotIssueTypes,
    schemes: schemeIds.map((id) => {
      const scheme = schemesOfProjects.find((s) => s.issueTypeScheme.id === id)?.issueTypeScheme;
      return { id, name: scheme?.name ?? id, issueTypeIds: schemeTypes.get(id) ?? [], ...(scheme?.isDefault ? { isDefault: true } : {}) };
    }),
    projects: snapshotProjects,
    fields,
    screens: screenSetup.screens,
  };
}
