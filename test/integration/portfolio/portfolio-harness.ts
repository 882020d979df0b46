import { z } from 'zod';
import { portfolioAdminContract, type PortfolioAdminContract } from '#portfolio/contract';
import { portfolioContract, type PortfolioContract } from '#portfolio/contract';
import { callError, type CallResult, type Contract } from '#kernel/contract';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { jira } from '../harness';

/** Calls the portfolio's resolvers the way @forge/bridge's invoke reaches them, and reads the envelope against the contract. */

export const PANEL = 'brm-customer-panel';
export const PORTFOLIO_PAGE = 'brm-portfolio-page';
export const GLANCE = 'brm-customer-glance';

async function call<C extends Contract, K extends keyof C & string>(
  sandbox: Sandbox,
  contract: C,
  moduleKey: string,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
  extension?: Record<string, unknown>,
): Promise<CallResult<z.output<C[K]['output']>>> {
  const outcome = await sandbox.invoke({ moduleKey, functionKey, payload, ...(accountId ? { accountId } : {}), ...(extension ? { extension } : {}) });
  if (!outcome.ok) throw new Error(`The resolver threw instead of answering an envelope: ${outcome.error}`);
  const schema = contract[functionKey];
  if (!schema) throw new Error(`No call ${functionKey}`);
  return parseResult<C[K]['output']>(schema.output, outcome.value);
}

function parseResult<S extends z.ZodType>(schema: S, value: unknown): CallResult<z.output<S>> {
  const failure = z.object({ ok: z.literal(false), error: callError }).safeParse(value);
  if (failure.success) return failure.data;
  const success = z.object({ ok: z.literal(true), data: z.unknown() }).parse(value);
  return { ok: true, data: schema.parse(success.data) };
}

/** A portfolio call from the organization panel (by default), the portfolio page or the glance. */
export const callPortfolio = <K extends Extract<keyof PortfolioContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
  moduleKey: string = PANEL,
  extension?: Record<string, unknown>,
) => call(sandbox, portfolioContract, moduleKey, functionKey, payload, accountId, extension);

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
