import { forbidden, invalidInput, notFound } from '../../domain/app-error';
import { allowedCustomers, judgeCustomer, type CustomerProblem } from '../../domain/feedback/customer-rule';
import type { NamedRef } from '../../contract/common';
import { asAppJira, asUserJira } from '../../platform/jira/client';
import { findIssue } from '../../platform/jira/issues';
import { findOrganization, type Organization } from '../../platform/jira/service-desk';
import { findService } from '../../platform/kvs/service-store';
import { requireAgentOf, requireIssuePermission } from '../access';
import { idValue, writeAppFieldValues } from '../app-field-values';
import { appFieldIds } from '../app-fields';
import { customerChoices, requireCustomerChoice } from './customers';
import { requireActiveService } from './service-choice';
import { readTicketParties } from './ticket-parties';

/** The Customer and Service fields: choices, display names, and edits. */

/** The ticket's project and reporter, read as the caller (404 when they cannot see it). */
async function ticketOf(issueKey: string): Promise<{ project: { id: string; key: string }; reporter: string | undefined }> {
  const issue = await findIssue(asUserJira(), issueKey, ['project', 'reporter']);
  const project = issue?.core.project;
  if (!project) throw notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  return { project, reporter: issue.core.reporter?.accountId };
}

/**
 * Organizations the caller may pick as the ticket's customer, optionally filtered by name: those
 * the Customer rule allows for this ticket (domain/feedback/customer-rule) among those the caller
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
 * Sets or clears the ticket's customer. The caller must be allowed to edit the ticket, see the
 * organization, and the Customer rule must allow it for this ticket; the write goes as the app,
 * which owns the field.
 */
export async function setCustomer(accountId: string | undefined, issueKey: string, customerId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  if (customerId === null) {
    await writeAppFieldValues(issueKey, { 'brm-customer': null });
    return null;
  }
  const { project, reporter } = await ticketOf(issueKey);
  const organization = await requireCustomerChoice(asUserJira(), project.id, customerId);
  const { parties, nameOf } = await readTicketParties(asAppJira(), project.id, reporter);
  const verdict = judgeCustomer(organization.id, parties);
  if (!verdict.ok) throw invalidInput('customerId', customerRefusal(organization.id, verdict.problem, nameOf));
  await writeAppFieldValues(issueKey, { 'brm-customer': organization.id });
  return { id: organization.id, name: organization.name };
}

function customerRefusal(organizationId: string, problem: CustomerProblem, nameOf: (id: string) => string): string {
  return problem === 'not-reporter-organization'
    ? `${nameOf(organizationId)} is not an organization of the reporter; a ticket a customer raised is for one of their own organizations.`
    : `${nameOf(organizationId)} is not an organization of this project's service desk.`;
}

export async function setService(accountId: string | undefined, issueKey: string, serviceId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  const service = serviceId === null ? null : await requireActiveService(serviceId);
  await writeAppFieldValues(issueKey, { 'brm-service': service?.id ?? null });
  return service ? { id: service.id, name: service.name } : null;
}

export interface FieldDisplay {
  label: string | null;
  status: 'empty' | 'known' | 'archived' | 'unknown';
}

/**
 * The name the Customer or Service field shows for a stored id. Only the value of that field on the
 * issue the field is shown on (`shownOn`, from the module's Forge context), and only if the caller
 * can see that issue: anything else, an organization or service the caller cannot vouch for through
 * a ticket they may see, shows as unknown, so the call cannot be used to look names up.
 */
export async function fieldDisplay(accountId: string | undefined, fieldKey: 'brm-customer' | 'brm-service', value: string | null, shownOn: string | undefined): Promise<FieldDisplay> {
  if (!accountId) throw forbidden('You need to be signed in to Jira to do this.');
  const id = value?.trim() ?? '';
  if (id === '') return { label: null, status: 'empty' };
  const unknown: FieldDisplay = { label: null, status: 'unknown' };
  if (shownOn === undefined) return unknown;
  const fieldId = (await appFieldIds(asAppJira())).get(fieldKey);
  const issue = fieldId ? await findIssue(asUserJira(), shownOn, [fieldId]) : undefined;
  if (!fieldId || !issue || idValue(issue.fields[fieldId]) !== id) return unknown;
  // The caller sees this value on a ticket they may browse: the app may name it for them.
  if (fieldKey === 'brm-customer') {
    const organization = /^\d+$/.test(id) ? await findOrganization(asAppJira(), id) : undefined;
    return organization ? { label: organization.name, status: 'known' } : unknown;
  }
  const service = await findService(id);
  if (!service) return unknown;
  return { label: service.name, status: service.status === 'active' ? 'known' : 'archived' };
}
