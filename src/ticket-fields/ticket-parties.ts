import { reporterOrganizationsOfProject, unnamedOrganization, type TicketParties } from './domain/customer-rule';
import type { JiraClient } from '#platform/jira/client';
import { listOrganizations, organizationsOfUser, serviceDeskOfProject, serviceDeskOrganizations } from '#platform/jira/service-desk';
import { findUser } from '#platform/jira/users';

/** Who a ticket can be for, as the Customer rule needs it, with the names of the organizations read on the way. */
export interface TicketPartiesRead {
  parties: TicketParties;
  /** “Name” of an organization read here, or "organization <id>", for sentences. */
  nameOf: (organizationId: string) => string;
  /** The names of the organizations read here (the project's and the reporter's), by id. */
  names: ReadonlyMap<string, string>;
}

/**
 * Reads the parties of a ticket of `projectId` reported by `reporterAccountId`: the project's
 * organizations (its service desk's, or all outside JSM), the reporter's, and whether the reporter
 * is a customer (a portal-only account, or a member of one of the project's organizations). Read as
 * the app: the rule holds whoever asks.
 */
export async function readTicketParties(app: JiraClient, projectId: string, reporterAccountId: string | undefined): Promise<TicketPartiesRead> {
  const [desk, reporterOrganizations] = await Promise.all([
    serviceDeskOfProject(app, projectId),
    reporterAccountId ? organizationsOfUser(app, reporterAccountId) : Promise.resolve([]),
  ]);
  const projectOrganizations = desk ? await serviceDeskOrganizations(app, desk.id) : await listOrganizations(app);
  const base = {
    reporterOrganizationIds: reporterOrganizations.map((o) => o.id),
    projectOrganizationIds: projectOrganizations.map((o) => o.id),
  };
  let reporterIsCustomer = reporterOrganizationsOfProject({ ...base, reporterIsCustomer: true }).length > 0;
  if (!reporterIsCustomer && reporterAccountId) reporterIsCustomer = (await findUser(app, reporterAccountId))?.accountType === 'customer';
  const names = new Map([...projectOrganizations, ...reporterOrganizations].map((o) => [o.id, o.name]));
  return {
    parties: { ...base, reporterIsCustomer },
    names,
    nameOf: (id) => {
      const name = names.get(id);
      return name === undefined ? unnamedOrganization(id) : `“${name}”`;
    },
  };
}
