import type { IssueTypeScheme, JiraIssueType } from '../model';
import { siteUrl } from './common';

/** The avatar a new issue type shows until one is set (Update issue type, PUT /rest/api/3/issuetype/{id}). */
export const DEFAULT_ISSUE_TYPE_AVATAR_ID = 10318;

export function issueTypeShape(baseUrl: string, type: JiraIssueType): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: siteUrl(baseUrl, type.iconUrl),
    name: type.name,
    untranslatedName: type.name,
    subtask: type.subtask,
    avatarId: type.avatarId ?? DEFAULT_ISSUE_TYPE_AVATAR_ID,
    hierarchyLevel: type.hierarchyLevel,
  };
  if (type.scopeProjectId) shape.scope = { type: 'PROJECT', project: { id: type.scopeProjectId } };
  return shape;
}

export function issueTypeSchemeShape(scheme: IssueTypeScheme, isDefault: boolean): Record<string, unknown> {
  const shape: Record<string, unknown> = { id: scheme.id, name: scheme.name, description: scheme.description };
  if (scheme.defaultIssueTypeId) shape.defaultIssueTypeId = scheme.defaultIssueTypeId;
  if (isDefault) shape.isDefault = true;
  return shape;
}
