import { z } from 'zod';
import { portfolioAdminContract, type PortfolioAdminContract } from '#portfolio/contract';
import { portfolioContract, type PortfolioContract } from '#portfolio/contract';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { callSurface as call, jira } from '../harness';

/** Calls the portfolio's resolvers the way @forge/bridge's invoke reaches them, and reads the envelope against the contract. */

export const PANEL = 'brm-customer-panel';
/** The app's global page, whose `customers` subpage is the portfolio page. */
export const PORTFOLIO_PAGE = 'brm-global-page';
export const GLANCE = 'brm-customer-glance';

/** A portfolio call from the organization panel (by default), the portfolio page or the glance. */
export const callPortfolio = <K extends Extract<keyof PortfolioContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
  moduleKey: string = PANEL,
  extension?: Record<string, unknown>,
) => call(sandbox, portfolioContract, moduleKey, functionKey, payload, accountId, extension);

/** The portfolio page's list, as `who` opens it with `filter` and from `cursor`. */
export const listPortfolioPage = (sandbox: Sandbox, who: string, filter: Record<string, unknown> = {}, cursor: string | null = null) =>
  callPortfolio(sandbox, 'listPortfolio', { filter, cursor }, who, PORTFOLIO_PAGE);

/** A portfolio call from the admin page. */
export const callPortfolioAdmin = <K extends Extract<keyof PortfolioAdminContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
) => call(sandbox, portfolioAdminContract, 'brm-admin-page', functionKey, payload, accountId);

/** The demo organization's id, by name. */
export function organizationId(sandbox: Sandbox, name: string): string {
  const organization = sandbox.jira.store.organizations().find((o) => o.name === name);
  if (!organization) throw new Error(`The demo tenant has no organization ${name}.`);
  return organization.id;
}

/** The organization panel's Forge context on ACME's organization page. */
export function panelExtension(sandbox: Sandbox, organizationIdValue: string): Record<string, unknown> {
  const acme = sandbox.jira.store.project('ACME');
  if (!acme) throw new Error('no ACME');
  return { organization: { id: organizationIdValue }, project: { id: acme.id, key: acme.key } };
}

/** Creates an organization on no service desk (as the app). */
export async function lonelyOrganization(sandbox: Sandbox, name: string): Promise<string> {
  const answer = await jira(sandbox, 'POST', '/rest/servicedeskapi/organization', { name });
  return z.object({ id: z.string() }).parse(answer.body).id;
}

/** POST operations that only read (searches and permission look-ups). */
const READING_POSTS = ['/rest/api/3/permissions/project', '/rest/api/3/search/jql', '/rest/api/3/search/approximate-count', '/rest/api/3/issue/bulkfetch'];

/** Writes the app made since the last reset: Jira writes (not the reading POSTs) and KVS writes. */
export function writesOf(sandbox: Sandbox, since: { jira: string[]; kvs: string[] }): { jira: string[]; kvs: string[] } {
  return { jira: since.jira.filter((w) => !READING_POSTS.some((path) => w === `POST ${path}`)), kvs: since.kvs };
}
