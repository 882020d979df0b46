import { z } from 'zod';
import { registerSettingsContract, type RegisterSettingsContract } from '#register/contract';
import { complaintContract, type ComplaintContract } from '#surfaces/complaint-contract';
import { registerContract, type RegisterContract } from '#surfaces/register-contract';
import type { Sandbox, SandboxOptions } from '@brm/sandbox/sandbox';
import { COMPLAINT_PROPERTY_KEY } from '@brm/sandbox/seed/complaint-history';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';
import { callSurface as callModule, jira } from '#test/integration/harness';

export { admin, agent, acmeOnlyAgent, customers, dataOf, errorOf, jira, searchKeys, writesSince } from '#test/integration/harness';

/** A sandbox whose demo tenant has ACME's complaint history (and the app's validator on its Complaint transitions). */
export function startRegisterSandbox(
  options: { issues?: number; complaints?: number; historyEnds?: Date } & Partial<Omit<SandboxOptions, 'dataDir' | 'manifest'>> = {},
): Sandbox {
  const { issues, complaints, historyEnds, ...sandboxOptions } = options;
  const sandbox = appSandbox({ dataDir: ':memory:', ...sandboxOptions });
  seedDemoTenant(sandbox.jira, {
    issues: issues ?? 60,
    kvs: sandbox.kvs,
    ...(complaints === undefined ? {} : { complaints }),
    ...(historyEnds ? { now: historyEnds } : {}),
  });
  return sandbox;
}

/** Calls the complaint panel's resolver (module `brm-complaint-panel`) as `accountId`. */
export const callComplaint = <K extends keyof ComplaintContract>(sandbox: Sandbox, functionKey: K, payload: unknown, accountId: string | undefined) =>
  callModule(sandbox, complaintContract, 'brm-complaint-panel', functionKey, payload, accountId);

/** Calls the register's resolver from the global page, or from ACME's project page when `project` is given. */
export const callRegister = <K extends keyof RegisterContract>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
  project?: { id: string; key: string },
) =>
  project
    ? callModule(sandbox, registerContract, 'brm-register-project', functionKey, payload, accountId, { project: { ...project, type: 'service_desk' } })
    : callModule(sandbox, registerContract, 'brm-global-page', functionKey, payload, accountId);

/** Calls the register's settings on the admin page. */
export const callSettings = <K extends keyof RegisterSettingsContract>(sandbox: Sandbox, functionKey: K, payload: unknown, accountId: string | undefined) =>
  callModule(sandbox, registerSettingsContract, 'brm-admin-page', functionKey, payload, accountId);

/** The complaints of the tenant, straight from the store (test set-up). */
export function storedComplaints(sandbox: Sandbox) {
  const type = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint');
  return sandbox.jira.store.docs.issues.filter((i) => i.issueTypeId === type?.id);
}

/** An open complaint of ACME with no measures yet, made for a test (as the app's tagging would make one). */
export async function newComplaint(sandbox: Sandbox, summary = 'Complaint: the mail outage lasted all morning'): Promise<{ id: string; key: string }> {
  const type = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint');
  const answer = await jira(sandbox, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'ACME' }, issuetype: { id: type?.id }, summary, labels: ['brm-category-service-quality', 'brm-severity-high'] },
  });
  if (answer.status !== 201) throw new Error(`Could not create a complaint: ${JSON.stringify(answer.body)}`);
  return z.object({ id: z.string(), key: z.string() }).parse(answer.body);
}

/** The stored `brm-complaint` value of an issue. */
export const storedRecord = (sandbox: Sandbox, issueKey: string): unknown => sandbox.jira.store.issue(issueKey)?.properties[COMPLAINT_PROPERTY_KEY];

/** Takes a transition as a user, through the REST API (Transition issue). */
export async function transition(sandbox: Sandbox, issueKey: string, transitionId: string, accountId: string): Promise<{ status: number; body: unknown }> {
  const answer = await sandbox.jira.handle({
    method: 'POST',
    path: `/rest/api/3/issue/${issueKey}/transitions`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transition: { id: transitionId } }),
    caller: { kind: 'user', accountId },
  });
  return { status: answer.status, body: answer.body };
}

/** A fresh measure id, as the panel makes one. */
let counter = 0;
export const measureId = (): string => `m-test${String(++counter).padStart(6, '0')}`;
