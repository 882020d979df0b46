import { availableTransitions, TRANSITIONS, type WorkflowTransition } from '../issues/workflow';
import type { JiraIssueType, JiraProject, StoredIssue, WorkflowRule } from '../model';
import { isAdmin, type Actor } from '../permissions';
import { adminOnly, badRequest, notFound } from '../rest-error';
import type { JiraStore } from '../store/jira-store';

/**
 * The app's workflow validators on a project's transitions: what an admin sets in Jira's workflow
 * editor ("Validators" of a transition, in company-managed projects), kept per project and issue
 * type because the sandbox has one workflow for every project. The transition REST runs the rules
 * (validator-gate.ts).
 */

/** The transitions into a status of the Done category (the ones that resolve an issue). */
export function resolvingTransitions(store: JiraStore): WorkflowTransition[] {
  return TRANSITIONS.filter((t) => store.docs.statuses.get(t.toStatusId)?.categoryKey === 'done');
}

export interface AttachValidator {
  projectId: string;
  issueTypeId: string;
  moduleKey: string;
  /** The transitions to guard; the resolving ones when absent. */
  transitionIds?: readonly string[];
  configuration?: Record<string, unknown>;
}

/**
 * Adds a validator to transitions of a project's workflow for one issue type, or widens the rule
 * that is there already (running it again changes nothing). Company-managed projects only: the
 * `jira:workflowValidator` module is for them unless it declares `projectTypes` (the app's does not).
 */
export function attachValidator(store: JiraStore, request: AttachValidator): WorkflowRule {
  return store.transaction(() => {
    const project = store.project(request.projectId);
    if (!project) throw notFound(`No project could be found with id '${request.projectId}'.`);
    if (project.style === 'next-gen') throw badRequest(`${project.name} is team-managed: app validators are added to company-managed workflows only.`);
    const type = store.issueTypesOfProject(project).find((t) => t.id === request.issueTypeId);
    if (!type) throw notFound(`${project.name} has no issue type with id '${request.issueTypeId}'.`);
    const wanted = request.transitionIds ?? resolvingTransitions(store).map((t) => t.id);
    const unknown = wanted.filter((id) => !TRANSITIONS.some((t) => t.id === id));
    if (unknown.length > 0) throw badRequest(`The workflow has no transition ${unknown.join(', ')}.`);
    const existing = rulesOf(store, project, type).find((r) => r.moduleKey === request.moduleKey);
    if (existing) {
      const transitionIds = [...new Set([...existing.transitionIds, ...wanted])];
      return transitionIds.length === existing.transitionIds.length ? existing : store.docs.workflowRules.put({ ...existing, transitionIds });
    }
    return store.docs.workflowRules.put({
      id: store.nextId('workflowRule'),
      projectId: project.id,
      issueTypeId: type.id,
      transitionIds: [...wanted],
      moduleKey: request.moduleKey,
      configuration: request.configuration ?? {},
    });
  });
}

export function rulesOf(store: JiraStore, project: JiraProject, type?: JiraIssueType): WorkflowRule[] {
  return store.docs.workflowRules.filter((r) => r.projectId === project.id && (type === undefined || r.issueTypeId === type.id));
}

/** The validators that guard taking `transitionId` on `issue`. */
export function validatorsFor(store: JiraStore, issue: StoredIssue, transitionId: string): WorkflowRule[] {
  if (!availableTransitions(issue).some((t) => t.id === transitionId)) return [];
  return store.docs.workflowRules.filter(
    (r) => r.projectId === issue.projectId && r.issueTypeId === issue.issueTypeId && r.transitionIds.includes(transitionId),
  );
}

/** What the sandbox's workflow settings page does, as the signed-in admin. */
export class WorkflowSettings {
  constructor(private readonly store: JiraStore) {}

  private requireAdmin(accountId: string): void {
    const user = this.store.user(accountId);
    const actor: Actor = user?.active ? { kind: 'user', user } : { kind: 'anonymous' };
    if (!isAdmin(actor)) throw adminOnly();
  }

  attach(accountId: string, request: AttachValidator): WorkflowRule {
    this.requireAdmin(accountId);
    return attachValidator(this.store, request);
  }

  /** Takes a validator off the workflow of its project and issue type. */
  detach(accountId: string, ruleId: string): void {
    this.requireAdmin(accountId);
    this.store.transaction(() => {
      if (!this.store.docs.workflowRules.get(ruleId)) throw notFound(`The workflow has no rule '${ruleId}'.`);
      this.store.docs.workflowRules.delete(ruleId);
    });
  }
}
