import { invalidInput } from '#kernel/app-error';
import type { JiraClient } from '#platform/jira/client';
import { listOrganizations, serviceDeskOfProject, serviceDeskOrganizations, type Organization } from '#platform/jira/service-desk';

const byName = (a: Organization, b: Organization): number => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/**
 * The customers (JSM organizations) a ticket of this project can be for: the organizations added to
 * the project's service desk, or every organization the client's actor can see when the project is
 * not a service project. Asked as the user, so an agent picks only among organizations they can see.
 */
export async function customerChoices(client: JiraClient, projectId: string): Promise<Organization[]> {
  const desk = await serviceDeskOfProject(client, projectId);
  const organizations = desk ? await serviceDeskOrganizations(client, desk.id) : await listOrganizations(client);
  return [...organizations].sort(byName);
}

/** The organization `customerId`, if the caller may pick it for this project; else an error naming `field`. */
export async function requireCustomerChoice(client: JiraClient, projectId: string, customerId: string, field = 'customerId'): Promise<Organization> {
  const choice = (await customerChoices(client, projectId)).find((o) => o.id === customerId);
  if (!choice) throw invalidInput(field, `organization ${customerId} is not one you can see for this project.`);
  return choice;
}
