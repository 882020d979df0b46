import { conflict, forbidden, notFound } from '../../domain/app-error';
import type { AppFieldKey } from '../../domain/brm/app-fields';
import type { NamedRef } from '../../contract/common';
import { asAppJira, asUserJira } from '../../platform/jira/client';
import { findIssue, updateIssueFields } from '../../platform/jira/issues';
import { findOrganization, type Organization } from '../../platform/jira/service-desk';
import { findService } from '../../platform/kvs/service-store';
import { requireAgentOf, requireIssuePermission } from '../access';
import { appFieldIds } from '../app-fields';
import { customerChoices, requireCustomerChoice } from './customers';
import { idValue } from './feedback-state';
import { requireActiveService } from './service-choice';

/** The Customer and Service fields: choices, display names, and edits. */

async function projectOf(issueKey: string): Promise<{ id: string; key: string }> {
  const issue = await findIssue(asUserJira(), issueKey, ['project']);
  const project = issue?.core.project;
  if (!project) throw notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  return project;
}

/** Organizations the caller may pick as the ticket's customer, optionally filtered by name. Agents only: the list names the desk's customers. */
export async function listCustomers(accountId: string | undefined, issueKey: string, query?: string): Promise<Organization[]> {
  await requireAgentOf(accountId, issueKey);
  const project = await projectOf(issueKey);
  const all = await customerChoices(asUserJira(), project.id);
  const needle = query?.trim().toLocaleLowerCase('en') ?? '';
  return needle === '' ? all : all.filter((o) => o.name.toLocaleLowerCase('en').includes(needle));
}

async function fieldIdOf(key: AppFieldKey): Promise<string> {
  const id = (await appFieldIds(asAppJira())).get(key);
  if (!id) throw conflict(`The app's ${key === 'brm-customer' ? 'Customer' : 'Service'} field is missing from Jira. Ask a Jira admin to provision the project.`);
  return id;
}

/** Sets or clears the ticket's customer. The caller must be allowed to edit the ticket; the write goes as the app, which owns the field. */
export async function setCustomer(accountId: string | undefined, issueKey: string, customerId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  const project = await projectOf(issueKey);
  const organization = customerId === null ? null : await requireCustomerChoice(asUserJira(), project.id, customerId);
  await updateIssueFields(asAppJira(), issueKey, { [await fieldIdOf('brm-customer')]: organization?.id ?? null });
  return organization ? { id: organization.id, name: organization.name } : null;
}

export async function setService(accountId: string | undefined, issueKey: string, serviceId: string | null): Promise<NamedRef | null> {
  await requireIssuePermission(accountId, issueKey, 'EDIT_ISSUES', 'edit issues');
  const service = serviceId === null ? null : await requireActiveService(serviceId);
  await updateIssueFields(asAppJira(), issueKey, { [await fieldIdOf('brm-service')]: service?.id ?? null });
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
