import type { JiraProject, Organization, RequestType, RequestTypeGroup, ServiceDesk } from '../model';

export function serviceDeskShape(baseUrl: string, desk: ServiceDesk, project: JiraProject): Record<string, unknown> {
  return {
    id: desk.id,
    projectId: project.id,
    projectName: project.name,
    projectKey: project.key,
    _links: { self: `${baseUrl}/rest/servicedeskapi/servicedesk/${desk.id}` },
  };
}

export function requestTypeShape(baseUrl: string, type: RequestType): Record<string, unknown> {
  return {
    _expands: ['field'],
    id: type.id,
    _links: { self: `${baseUrl}/rest/servicedeskapi/servicedesk/${type.serviceDeskId}/requesttype/${type.id}` },
    name: type.name,
    description: type.description,
    helpText: type.helpText,
    issueTypeId: type.issueTypeId,
    serviceDeskId: type.serviceDeskId,
    portalId: type.serviceDeskId,
    groupIds: type.groupIds,
    icon: { id: '10600', _links: { iconUrls: {} } },
  };
}

/** JSM's `RequestTypeGroupDTO`. */
export const requestTypeGroupShape = (group: RequestTypeGroup): Record<string, unknown> => ({ id: group.id, name: group.name });

export function organizationShape(baseUrl: string, organization: Organization): Record<string, unknown> {
  return {
    id: organization.id,
    name: organization.name,
    _links: { self: `${baseUrl}/rest/servicedeskapi/organization/${organization.id}` },
  };
}
