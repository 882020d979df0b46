import { asAppJira } from '../../platform/jira/client';
import { findIssue, updateIssueFields } from '../../platform/jira/issues';
import { JiraError } from '../../platform/jira/jira-error';
import { organizationsOfUser, serviceDeskOfProject, serviceDeskOrganizations } from '../../platform/jira/service-desk';
import { appFieldIds } from '../app-fields';
import { idValue } from './feedback-state';

export type CustomerDefaultOutcome =
  | { outcome: 'set'; customerId: string }
  | { outcome: 'skipped'; reason: 'no-field' | 'issue-gone' | 'already-set' | 'no-reporter' | 'no-organization' | 'several-organizations' | 'field-not-on-issue' };

/**
 * Fills a new ticket's Customer from its reporter's organization, when the reporter belongs to
 * exactly one of the organizations on the project's service desk (or exactly one organization at
 * all, outside JSM). With several it leaves the field empty for the agent to choose. A ticket whose
 * Customer is already set is left alone, so a repeated event changes nothing.
 */
export async function fillCustomerFromReporter(issueIdOrKey: string): Promise<CustomerDefaultOutcome> {
  const app = asAppJira();
  const customerField = (await appFieldIds(app)).get('brm-customer');
  if (!customerField) return { outcome: 'skipped', reason: 'no-field' };
  const issue = await findIssue(app, issueIdOrKey, ['project', 'reporter', customerField]);
  const project = issue?.core.project;
  if (!issue || !project) return { outcome: 'skipped', reason: 'issue-gone' };
  if (idValue(issue.fields[customerField]) !== undefined) return { outcome: 'skipped', reason: 'already-set' };
  const reporter = issue.core.reporter?.accountId;
  if (!reporter) return { outcome: 'skipped', reason: 'no-reporter' };

  const [memberships, desk] = await Promise.all([organizationsOfUser(app, reporter), serviceDeskOfProject(app, project.id)]);
  let candidates = memberships;
  if (desk && memberships.length > 0) {
    const onDesk = new Set((await serviceDeskOrganizations(app, desk.id)).map((o) => o.id));
    candidates = memberships.filter((o) => onDesk.has(o.id));
  }
  const only = candidates[0];
  if (!only) return { outcome: 'skipped', reason: 'no-organization' };
  if (candidates.length > 1) return { outcome: 'skipped', reason: 'several-organizations' };
  try {
    await updateIssueFields(app, issue.key, { [customerField]: only.id });
  } catch (error) {
    // Jira refuses a field that is not in the issue's context: the project is not provisioned.
    if (error instanceof JiraError && error.status === 400) return { outcome: 'skipped', reason: 'field-not-on-issue' };
    throw error;
  }
  return { outcome: 'set', customerId: only.id };
}
