/**
 * Which organization a ticket can be for: the rule for the Customer field, wherever its value comes
 * from (the portal, an agent's edit, Jira's own edit screen, the REST API, the app).
 *
 * - A ticket raised by a portal customer is for one of that customer's organizations, among those
 *   of the project's service desk.
 * - A ticket raised by an agent can be for any organization of the project's service desk (the
 *   choices the agent surfaces offer).
 * - A project without a service desk has every organization as its own.
 *
 * A value the rule refuses is replaced by the reporter's organization when exactly one fits, and
 * cleared otherwise, so that an agent chooses.
 */

export interface TicketParties {
  /**
   * The reporter raises requests as a customer: a portal-only account, or a member of one of the
   * project's organizations. Agents are not members of customer organizations.
   */
  reporterIsCustomer: boolean;
  /** Ids of the organizations the reporter belongs to. */
  reporterOrganizationIds: readonly string[];
  /** Ids of the organizations tickets of this project can be for: its service desk's (or all of them outside JSM). */
  projectOrganizationIds: readonly string[];
}

/** The reporter's organizations that are also the project's. */
export const reporterOrganizationsOfProject = (parties: TicketParties): string[] =>
  parties.reporterOrganizationIds.filter((id) => parties.projectOrganizationIds.includes(id));

/** The organizations this ticket may have as its Customer. */
export function allowedCustomers(parties: TicketParties): string[] {
  return parties.reporterIsCustomer ? reporterOrganizationsOfProject(parties) : [...parties.projectOrganizationIds];
}

/** What the Customer defaults to: the reporter's one organization of the project, if there is exactly one. */
export type CustomerDefault = { kind: 'one'; organizationId: string } | { kind: 'none' } | { kind: 'several' };

export function defaultCustomer(parties: TicketParties): CustomerDefault {
  const own = reporterOrganizationsOfProject(parties);
  const [only] = own;
  if (only === undefined) return { kind: 'none' };
  return own.length === 1 ? { kind: 'one', organizationId: only } : { kind: 'several' };
}

export type CustomerProblem = 'not-reporter-organization' | 'not-project-organization';

export type CustomerVerdict =
  | { ok: true }
  | {
      ok: false;
      problem: CustomerProblem;
      /** The value it takes instead: the reporter's one organization, or null (cleared). */
      replacement: string | null;
      /** Why that replacement: the reporter's default. */
      basis: CustomerDefault['kind'];
    };

/** Whether `organizationId` may be this ticket's Customer, and if not, what it becomes. */
export function judgeCustomer(organizationId: string, parties: TicketParties): CustomerVerdict {
  if (allowedCustomers(parties).includes(organizationId)) return { ok: true };
  const fallback = defaultCustomer(parties);
  return {
    ok: false,
    problem: parties.reporterIsCustomer ? 'not-reporter-organization' : 'not-project-organization',
    replacement: fallback.kind === 'one' ? fallback.organizationId : null,
    basis: fallback.kind,
  };
}

/** A sentence for agents saying why the Customer was changed. `nameOf` names an organization by id. */
export function customerCorrectionReason(previous: string, verdict: Extract<CustomerVerdict, { ok: false }>, nameOf: (id: string) => string): string {
  const what =
    verdict.problem === 'not-reporter-organization'
      ? `${nameOf(previous)} is not an organization of the reporter, who raised this ticket as a customer`
      : `${nameOf(previous)} is not an organization of this project's service desk`;
  if (verdict.replacement !== null) return `${what}; the reporter's organization ${nameOf(verdict.replacement)} was set instead.`;
  if (verdict.basis === 'several') return `${what}; it was cleared for an agent to choose among the reporter's organizations.`;
  return `${what}; it was cleared for an agent to choose.`;
}

/** How an organization is named in such a sentence when its name is not known. */
export const unnamedOrganization = (id: string): string => `organization ${id}`;
