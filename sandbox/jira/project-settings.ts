import { addFieldToLayout, removeFieldFromLayout } from './fields/screen-edits';
import { defaultLayoutFieldIds, fieldLayoutOf } from './fields/screens';
import type { JiraIssueType, JiraProject, RequestType } from './model';
import { isAdmin, type Actor } from './permissions';
import { adminOnly, badRequest, conflict, fieldErrors, notFound } from './rest-error';
import type { JiraStore } from './store/jira-store';

/**
 * What Jira's project settings pages do that its REST API cannot: a team-managed project's own
 * issue types and each type's fields, and the portal groups of request types. The sandbox's
 * settings pages call these as the signed-in user; only Jira admins may. Each runs in one
 * transaction and answers refusals as `RestError`s, worded as Jira's pages word them.
 */

export const ISSUE_TYPE_NAME_LIMIT = 60;

export interface NewProjectIssueType {
  name: string;
  description: string;
}

export class ProjectSettings {
  constructor(private readonly store: JiraStore) {}

  private actorOf(accountId: string): Actor {
    const user = this.store.user(accountId);
    const actor: Actor = user?.active ? { kind: 'user', user } : { kind: 'anonymous' };
    if (!isAdmin(actor)) throw adminOnly();
    return actor;
  }

  private projectOr404(idOrKey: string): JiraProject {
    const project = this.store.project(idOrKey);
    if (!project) throw notFound(`No project could be found with key '${idOrKey}'.`);
    return project;
  }

  private teamManaged(idOrKey: string): JiraProject {
    const project = this.projectOr404(idOrKey);
    if (project.style !== 'next-gen')
      throw badRequest(`${project.name} is company-managed: its issue types come from its issue type scheme, and its fields from its screens.`);
    return project;
  }

  private projectTypeOr404(project: JiraProject, issueTypeId: string): JiraIssueType {
    const type = this.store.issueTypesOfProject(project).find((t) => t.id === issueTypeId);
    if (!type) throw notFound(`${project.name} has no issue type with id '${issueTypeId}'.`);
    return type;
  }

  /**
   * Creates an issue type in a team-managed project, as its "Issue types" settings do: a name (at
   * most 60 characters) no other type of the project has, compared without regard to case. The type
   * is scoped to the project and starts with the default fields.
   */
  createIssueType(accountId: string, projectIdOrKey: string, input: NewProjectIssueType): JiraIssueType {
    return this.store.transaction(() => {
      this.actorOf(accountId);
      const project = this.teamManaged(projectIdOrKey);
      const name = input.name.trim();
      if (name === '') throw fieldErrors({ name: 'Enter a name for the issue type.' });
      if (name.length > ISSUE_TYPE_NAME_LIMIT) throw fieldErrors({ name: `The name is too long: it can have at most ${ISSUE_TYPE_NAME_LIMIT} characters.` });
      const taken = this.store.issueTypesOfProject(project).some((t) => t.name.toLowerCase() === name.toLowerCase());
      if (taken) throw conflict(`An issue type named '${name}' already exists in ${project.name}.`);
      const type: JiraIssueType = {
        id: this.store.nextId('issueType'),
        name,
        description: input.description.trim(),
        iconUrl: '/images/icons/issuetypes/genericissue.svg',
        subtask: false,
        hierarchyLevel: 0,
        scopeProjectId: project.id,
      };
      this.store.docs.issueTypes.put(type);
      this.store.docs.fieldLayouts.put({ id: type.id, projectId: project.id, fieldIds: defaultLayoutFieldIds(project) });
      return type;
    });
  }

  /** Adds a field (any custom field, Forge fields included) to a team-managed issue type's fields. */
  addIssueTypeField(accountId: string, projectIdOrKey: string, issueTypeId: string, fieldId: string): void {
    this.store.transaction(() => {
      this.actorOf(accountId);
      const project = this.teamManaged(projectIdOrKey);
      const type = this.projectTypeOr404(project, issueTypeId);
      addFieldToLayout(this.store, fieldLayoutOf(this.store, project, type.id), fieldId);
    });
  }

  removeIssueTypeField(accountId: string, projectIdOrKey: string, issueTypeId: string, fieldId: string): void {
    this.store.transaction(() => {
      this.actorOf(accountId);
      const project = this.teamManaged(projectIdOrKey);
      const type = this.projectTypeOr404(project, issueTypeId);
      removeFieldFromLayout(this.store, fieldLayoutOf(this.store, project, type.id), fieldId);
    });
  }

  private requestTypeOfProject(project: JiraProject, requestTypeId: string): RequestType {
    const desk = this.store.serviceDeskOfProject(project.id);
    const type = this.store.docs.requestTypes.get(requestTypeId);
    if (!desk || !type || type.serviceDeskId !== desk.id) throw notFound(`${project.name} has no request type with id '${requestTypeId}'.`);
    return type;
  }

  /** Puts a request type in one of its desk's portal groups; a type already in that group is refused. */
  addRequestTypeToGroup(accountId: string, projectIdOrKey: string, requestTypeId: string, groupId: string): void {
    this.store.transaction(() => {
      this.actorOf(accountId);
      const project = this.projectOr404(projectIdOrKey);
      const type = this.requestTypeOfProject(project, requestTypeId);
      const group = this.store.docs.requestTypeGroups.get(groupId);
      if (!group || group.serviceDeskId !== type.serviceDeskId) throw notFound(`${project.name} has no portal group with id '${groupId}'.`);
      if (type.groupIds.includes(group.id)) throw badRequest(`'${type.name}' is already in the group '${group.name}'.`);
      this.store.docs.requestTypes.put({ ...type, groupIds: [...type.groupIds, group.id] });
    });
  }

  removeRequestTypeFromGroup(accountId: string, projectIdOrKey: string, requestTypeId: string, groupId: string): void {
    this.store.transaction(() => {
      this.actorOf(accountId);
      const project = this.projectOr404(projectIdOrKey);
      const type = this.requestTypeOfProject(project, requestTypeId);
      if (!type.groupIds.includes(groupId)) throw notFound(`'${type.name}' is not in that portal group.`);
      this.store.docs.requestTypes.put({ ...type, groupIds: type.groupIds.filter((id) => id !== groupId) });
    });
  }
}
