import type { JiraProject } from '../model';
import { avatarUrls, type ShapeContext } from './common';
import { issueTypeShape } from './issue-type';
import { userShape } from './user';

/** The short project reference issues and search results carry. */
export function projectRef(baseUrl: string, project: JiraProject): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: project.style === 'next-gen',
    avatarUrls: avatarUrls(baseUrl, 'project', project.id),
  };
}

/** A project as `project/search` lists it. */
export function projectShape(ctx: ShapeContext, project: JiraProject, expand: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRef(ctx.baseUrl, project),
    style: project.style,
    isPrivate: false,
    properties: {},
  };
  if (expand.has('description')) shape.description = '';
  if (expand.has('lead')) {
    const lead = ctx.store.user(project.leadAccountId);
    if (lead) shape.lead = userShape(ctx.baseUrl, lead);
  }
  if (expand.has('issueTypes')) shape.issueTypes = ctx.store.issueTypesOfProject(project).map((t) => issueTypeShape(ctx.baseUrl, t));
  return shape;
}

/** A project as `GET project/{idOrKey}` returns it: description, lead and issue types included. */
export function projectDetailShape(ctx: ShapeContext, project: JiraProject): Record<string, unknown> {
  return {
    ...projectShape(ctx, project, new Set(['description', 'lead', 'issueTypes'])),
    components: [],
    versions: [],
    assigneeType: 'UNASSIGNED',
    roles: {},
  };
}
