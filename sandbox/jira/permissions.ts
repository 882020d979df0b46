import type { JiraProject, JiraUser, ServiceDesk, StoredIssue } from './model';
import { adminOnly, forbidden, issueNotFound } from './rest-error';
import type { JiraStore } from './store/jira-store';

/**
 * Who may do what in the emulated site.
 * - the app (`asApp`) may do everything;
 * - admins hold Jira's ADMINISTER and act as agents in every project;
 * - agents browse, create, edit, link and transition the issues of projects that list them;
 * - every user sees the requests they reported or take part in, and the requests shared with one
 *   of their organizations (that is all a portal customer sees);
 * - customers of a service desk (added directly or through an organization on it) browse its project.
 */
export type Actor = { kind: 'app' } | { kind: 'user'; user: JiraUser; viaApp?: boolean } | { kind: 'anonymous' };

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'app' || (actor.kind === 'user' && actor.user.kind === 'admin');
}

export function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw adminOnly();
}

/**
 * Who may use `overrideScreenSecurity` and `overrideEditableFlag` (Edit issue, PUT
 * /rest/api/3/issue/{issueIdOrKey}; Get edit issue metadata, GET .../editmeta): "Connect and Forge app
 * users with Administer Jira global permission and Forge apps acting on behalf of users with
 * Administer Jira global permission". The app's own user (asApp) holds Administer Jira in the
 * sandbox; a person calling the REST API directly may not, even an admin.
 */
export function mayOverrideScreens(actor: Actor): boolean {
  if (actor.kind === 'app') return true;
  return actor.kind === 'user' && actor.viaApp === true && actor.user.kind === 'admin';
}

/** Whether the actor works the project's issues as staff. */
export function isAgentOf(actor: Actor, project: JiraProject): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === 'user' && actor.user.kind === 'agent' && project.agentIds.includes(actor.user.accountId);
}

/** Staff: admins and agents. Portal-only customers are not. */
export function isStaff(actor: Actor): boolean {
  return actor.kind === 'app' || (actor.kind === 'user' && actor.user.kind !== 'customer');
}

export function isCustomerOfDesk(store: JiraStore, accountId: string, desk: ServiceDesk): boolean {
  if (desk.customerIds.includes(accountId)) return true;
  return store.organizationsOf(accountId).some((o) => o.serviceDeskIds.includes(desk.id));
}

export function canBrowseProject(store: JiraStore, actor: Actor, project: JiraProject): boolean {
  if (isAgentOf(actor, project)) return true;
  if (actor.kind !== 'user') return false;
  const desk = store.serviceDeskOfProject(project.id);
  return desk !== undefined && isCustomerOfDesk(store, actor.user.accountId, desk);
}

/**
 * A predicate for the issues the actor can see, prepared once so that searching many issues
 * costs one set lookup per issue.
 */
export function issueVisibility(store: JiraStore, actor: Actor): (issue: StoredIssue) => boolean {
  if (isAdmin(actor)) return () => true;
  if (actor.kind !== 'user') return () => false;
  const agentProjects = new Set(
    store
      .projects()
      .filter((p) => isAgentOf(actor, p))
      .map((p) => p.id),
  );
  const involved = involvement(store, actor.user.accountId);
  return (issue) => agentProjects.has(issue.projectId) || involved(issue);
}

/** The requests a person takes part in: reported, participating, or shared with their organization. */
export function involvement(store: JiraStore, accountId: string): (issue: StoredIssue) => boolean {
  const organizations = new Set(store.organizationsOf(accountId).map((o) => o.id));
  return (issue) => issue.reporterId === accountId || issue.participantIds.includes(accountId) || issue.organizationIds.some((id) => organizations.has(id));
}

export function canSeeIssue(store: JiraStore, actor: Actor, issue: StoredIssue): boolean {
  return issueVisibility(store, actor)(issue);
}

export function canWorkIssue(store: JiraStore, actor: Actor, issue: StoredIssue): boolean {
  const project = store.docs.projects.get(issue.projectId);
  return project !== undefined && isAgentOf(actor, project);
}

/** The issue by id or key if the actor can see it; 404 otherwise, as Jira hides what you cannot see. */
export function visibleIssue(store: JiraStore, actor: Actor, idOrKey: string): StoredIssue {
  const issue = store.issue(idOrKey);
  if (!issue || !canSeeIssue(store, actor, issue)) throw issueNotFound();
  return issue;
}

/** The issue if the actor may change it (agents of its project); 404 if unseen, 403 if read-only. */
export function workableIssue(store: JiraStore, actor: Actor, idOrKey: string, action: string): StoredIssue {
  const issue = visibleIssue(store, actor, idOrKey);
  if (!canWorkIssue(store, actor, issue)) throw forbidden(`You do not have permission to ${action} this issue.`);
  return issue;
}
