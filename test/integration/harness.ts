import { z } from 'zod';
import { type ProvisioningReport, type ProvisioningRunView } from '#provisioning/contract';
import { adminContract, type AdminContract } from '#surfaces/admin-contract';
import { callError, type CallResult, type Contract } from '#kernel/contract';
import { issueContract, type IssueContract } from '#surfaces/issue-contract';
import { kpiGadgetContract, type KpiGadgetContract } from '#surfaces/kpi-gadget-contract';
import { configureRetry } from '#platform/jira/retry-policy';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_USERS } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';

/**
 * Integration tests drive the app's real handlers through the sandbox: the Forge runtime, the Jira
 * emulator and the KVS emulator. Nothing of @forge is mocked.
 */

/** Waits the Jira client would make, recorded instead of slept. */
export const retryWaits: number[] = [];
configureRetry({ sleep: async (ms) => void retryWaits.push(ms) });

/** A sandbox with the demo tenant of 30 ACME requests; `surveys: false` leaves out its seeded year of surveys. */
export function startSandbox(options: { surveys?: boolean } = {}): Sandbox {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 30, kvs: sandbox.kvs, ...options });
  return sandbox;
}

const userOf = (email: string) => {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`The demo tenant has no ${email}.`);
  return user;
};

export const admin = () => userOf('admin@brm-demo.example');
export const agent = () => userOf('agent@brm-demo.example');
/** An agent of ACME only. */
export const acmeOnlyAgent = () => userOf('agent2@brm-demo.example');
export const customers = () => DEMO_USERS.filter((u) => u.kind === 'customer');

/** Reads a resolver's envelope, checking its data against the call's output schema. */
function parseResult<S extends z.ZodType>(schema: S, value: unknown): CallResult<z.output<S>> {
  const failure = z.object({ ok: z.literal(false), error: callError }).safeParse(value);
  if (failure.success) return failure.data;
  const success = z.object({ ok: z.literal(true), data: z.unknown() }).parse(value);
  return { ok: true, data: schema.parse(success.data) };
}

function callOf<C extends Contract, K extends keyof C & string>(contract: C, key: K): C[K] {
  const call = contract[key];
  if (call === undefined) throw new Error(`The contract has no call ${key}.`);
  return call;
}

/** Calls a resolver of the app in the sandbox as `accountId` from `moduleKey`, as @forge/bridge's invoke would, and reads its envelope with the call's output schema. */
export async function callSurface<C extends Contract, K extends keyof C & string>(
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
  return parseResult<C[K]['output']>(callOf(contract, functionKey).output, outcome.value);
}

/** Calls the admin page's resolver as `accountId`, as @forge/bridge's invoke would. */
export const callAdmin = <K extends Extract<keyof AdminContract, string>>(sandbox: Sandbox, functionKey: K, payload: unknown, accountId: string | undefined) =>
  callSurface(sandbox, adminContract, 'brm-admin-page', functionKey, payload, accountId);

/**
 * Provisions through the admin page's resolver as `accountId` (the admin by default) and lets the
 * sandbox deliver the provisioning job's events until the run has ended; answers the run as the
 * page's last poll would see it.
 */
export async function provision(
  sandbox: Sandbox,
  projectIds: readonly string[],
  accountId: string = admin().accountId,
): Promise<ProvisioningRunView & { report: ProvisioningReport }> {
  const started = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds }, accountId));
  if (started.jobId !== null) await sandbox.settle();
  const ended = started.jobId === null ? started : dataOf(await callAdmin(sandbox, 'getProvisioningRun', { jobId: started.jobId }, accountId));
  const { report } = ended;
  if (report === null) throw new Error(`The run ${started.jobId ?? ''} has not ended (${ended.status}).`);
  return { ...ended, report };
}

export type IssueModule = 'brm-feedback-action' | 'brm-issue-panel' | 'brm-feedback-context' | 'brm-customer' | 'brm-service';

/**
 * Calls the issue surfaces' resolver from one of its modules. `extension` is what Jira tells the
 * module about where it is (e.g. `{ issue: { id, key } }` for a field on an issue).
 */
export const callIssue = <K extends Extract<keyof IssueContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
  moduleKey: IssueModule = 'brm-feedback-action',
  extension?: Record<string, unknown>,
) => callSurface(sandbox, issueContract, moduleKey, functionKey, payload, accountId, extension);

/** Calls the KPI dashboard gadget's resolver as `accountId`, from the gadget on dashboard 1. */
export const callKpiGadget = <K extends Extract<keyof KpiGadgetContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
) => callSurface(sandbox, kpiGadgetContract, 'brm-kpi-gadget', functionKey, payload, accountId, { dashboard: { id: '1' }, gadget: { id: '1-brm-kpi-gadget' } });

/** The extension Jira gives a module shown on an issue. */
export async function onIssue(sandbox: Sandbox, issueKey: string): Promise<Record<string, unknown>> {
  const answer = await jira(sandbox, 'GET', `/rest/api/3/issue/${issueKey}?fields=project`);
  const issue = z.object({ id: z.string(), key: z.string(), fields: z.object({ project: z.object({ id: z.string(), key: z.string() }) }) }).parse(answer.body);
  return { issue: { id: issue.id, key: issue.key }, project: { id: issue.fields.project.id, key: issue.fields.project.key } };
}

/** The data of a successful call; fails the test with the error otherwise. */
export function dataOf<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

export function errorOf<T>(result: CallResult<T>) {
  if (result.ok) throw new Error('Expected an error, got success.');
  return result.error;
}

const KVS_WRITES = /\/(set|delete|transaction|batch\/set|batch\/delete|entity\/set|entity\/delete|secret\/set|secret\/delete)$/;

/** POST operations that only read (searches and permission checks). */
const READING_POSTS = /^\/rest\/api\/3\/(search\/jql|search\/approximate-count|permissions\/check|issue\/bulkfetch)(\?|$)/;

/** Writes the app made across the runtime boundary since the last reset: Jira (non-GET, except POSTs that only read) and KVS. */
export function writesSince(sandbox: Sandbox): { jira: string[]; kvs: string[] } {
  const calls = sandbox.runtime.calls;
  return {
    jira: calls
      .filter((c) => c.type === 'product' && c.method !== 'GET' && !(c.method === 'POST' && READING_POSTS.test(c.path)))
      .map((c) => `${c.method} ${c.path}`),
    kvs: calls.filter((c) => c.type === 'kvs' && KVS_WRITES.test(c.path)).map((c) => c.path),
  };
}

/** Calls the Jira emulator directly, as the app (test setup and checks, outside the runtime's count). */
export async function jira(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const answer = await sandbox.jira.handle({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    caller: { kind: 'app' },
  });
  return { status: answer.status, body: answer.body };
}

/** Keys of the issues a JQL query finds (as the app sees them). */
export async function searchKeys(sandbox: Sandbox, jql: string): Promise<string[]> {
  const answer = await jira(sandbox, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 500 });
  if (answer.status !== 200) throw new Error(`JQL ${jql} failed with ${answer.status}: ${JSON.stringify(answer.body)}`);
  return issueKeys.parse(answer.body).issues.map((i) => i.key);
}

const issueKeys = z.object({ issues: z.array(z.object({ key: z.string() })) });

export async function projectId(sandbox: Sandbox, key: string): Promise<string> {
  const answer = await jira(sandbox, 'GET', `/rest/api/3/project/${key}`);
  return z.object({ id: z.string() }).parse(answer.body).id;
}
