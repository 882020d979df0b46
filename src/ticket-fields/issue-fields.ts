import { invalidInput, notFound } from '#kernel/app-error';
import { allowedCustomers, judgeCustomer, type CustomerProblem } from './domain/customer-rule';
import type { NamedRef } from '#kernel/input-schemas';
import { refFieldValueOf } from '#kernel/ref-field-value';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { findIssue } from '#platform/jira/issues';
import type { Organization } from '#platform/jira/service-desk';
import { requireAgentOf, requireIssuePermission } from '#platform/access';
import { writeAppFieldValues } from './app-field-values';
import { customerChoices, requireCustomerChoice } from './customers';
import { requireActiveService } from '#catalogue/service-choice';
import { readTicketParties } from './ticket-parties';

/** The Customer and Service fields: choices and edits. */

/** The ticket's id, project and reporter, read as the caller (404 when they cannot see it). */
async function ticketOf(issueKey: string): Promise<{ id: string; project: { id: string; key: string }; reporter: string | undefined }> {
  const issue = await findIssue(asUserJira(), issueKey, ['project', 'reporter']);
  const project = issue?.core.project;
  if (!project) throw notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  return { id: issue.id, project, reporter: issue.core.reporter?.accountId };
}

/**
 * Organizations the caller may pick as the ticket's customer, optionally filtered by name: those
 * the Customer rule allows for this ticket (ticket-fields/domain/customer-rule) among those the caller
 * can see. Agents only: the list names the desk's customers.
 */
export async function listCustomers(accountId: string | undefined, issueKey: string, query?: string): Promise<Organization[]> {
  await requireAgentOf(accountId, issueKey);
  const { project, reporter } = await ticketOf(issueKey);
  const [visible, { parties }] = await Promise.all([customerChoices(asUserJira(), project.id), readTicketParties(asAppJira(), project.id, reporter)]);
  const allowed = new Set(allowedCustomers(parties));
  const needle = query?.trim().toLocaleLowerCase('en') ?? '';
  return visible.filter((o) => allowed.has(o.id) && (needle === '' || o.name.toLocaleLowerCase('en').includes(needle)));
}

/**
 * Sets or clears the ticket's customer. The caller must be allowed to edit the ticket (EDIT_ISSUES,
 * asked of Jira as the caller), see the organization, and the Customer rule must allow it for this
 * ticket; then the app, which owns the field, writes `{ id, name }` through the app field value API,
 * whatever the ticket's screens hold.
 */
export async function setCustomer(accountId: string | undefined, issueKey: string, customerId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  const { id, project, reporter } = await ticketOf(issueKey);
  if (customerId === null) {
    await writeAppFieldValues([{ issueId: id, values: { 'brm-customer': null } }]);
    return null;
  }
  const organization = await requireCustomerChoice(asUserJira(), project.id, customerId);
  const { parties, nameOf } = await readTicketParties(asAppJira(), project.id, reporter);
  const verdict = judgeCustomer(organization.id, parties);
  if (!verdict.ok) throw invalidInput('customerId', customerRefusal(organization.id, verdict.problem, nameOf));
  const value = refFieldValueOf(organization);
  await writeAppFieldValues([{ issueId: id, values: { 'brm-customer': value } }]);
  return value;
}

function customerRefusal(organizationId: string, problem: CustomerProblem, nameOf: (id: string) => string): string {
  return problem === 'not-reporter-organization'
    ? `${nameOf(organizationId)} is not an organization of the reporter; a ticket a customer raised is for one of their own organizations.`
    : `${nameOf(organizationId)} is not an organization of this project's service desk.`;
}

/** Sets or clears the ticket's service (an active one of the catalogue), for a caller who may edit the ticket, as setCustomer does. */
export async function setService(accountId: string | undefined, issueKey: string, serviceId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  const { id } = await ticketOf(issueKey);
  const service = serviceId === null ? null : refFieldValueOf(await requireActiveService(serviceId));
  await writeAppFieldValues([{ issueId: id, values: { 'brm-service': service } }]);
  return service;
}
