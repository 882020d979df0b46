/**
 * What the surveys cost the platform, on the demo tenant with its seeded year of surveys grown to
 * a given number of responses: a customer's submit (the portal's resolver: product calls, KVS
 * operations), and the admin's rebuild of the aggregates from the requests' `brm-survey`
 * properties (the job, all its steps). The submit's calls must not grow with the tenant.
 */
import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, DEMO_USERS, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';

/** Requests per response in the seeded history (about 0.3 of the demo's requests get an answered survey). */
const ISSUES_PER_RESPONSE = 3.3;

export interface SurveyCost {
  responses: number;
  invitations: number;
  operation: 'submit' | 'rebuild';
  productReads: number;
  productWrites: number;
  kvsReads: number;
  kvsWrites: number;
  ms: number;
}

const KVS_WRITE = /\/(set|delete|transaction|batch\/set|batch\/delete|entity\/set|entity\/delete)$/;

function costOf(sandbox: Sandbox, started: number): Omit<SurveyCost, 'responses' | 'invitations' | 'operation'> {
  const calls = sandbox.runtime.calls;
  const product = calls.filter((c) => c.type === 'product');
  const kvs = calls.filter((c) => c.type === 'kvs');
  return {
    productReads: product.filter((c) => c.method === 'GET' || c.path.includes('/search')).length,
    productWrites: product.filter((c) => c.method !== 'GET' && !c.path.includes('/search')).length,
    kvsReads: kvs.filter((c) => !KVS_WRITE.test(c.path)).length,
    kvsWrites: kvs.filter((c) => KVS_WRITE.test(c.path)).length,
    ms: performance.now() - started,
  };
}

async function invoke(sandbox: Sandbox, moduleKey: string, functionKey: string, payload: unknown, accountId: string): Promise<unknown> {
  const outcome = await sandbox.invoke({ moduleKey, functionKey, payload, accountId });
  if (!outcome.ok || typeof outcome.value !== 'object' || outcome.value === null || !('ok' in outcome.value) || outcome.value.ok !== true)
    throw new Error(`${functionKey} failed: ${JSON.stringify(outcome)}`);
  return 'data' in outcome.value ? outcome.value.data : undefined;
}

/** The property's invitation id of a request, read as Jira holds it. */
function invitationIdOf(sandbox: Sandbox, key: string): string {
  const property = sandbox.jira.store.issue(key)?.properties['brm-survey'];
  if (typeof property !== 'object' || property === null || !('invitationId' in property) || typeof property.invitationId !== 'string')
    throw new Error(`${key} has no survey.`);
  return property.invitationId;
}

async function measure(responsesWanted: number): Promise<SurveyCost[]> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    const summary = seedDemoTenant(sandbox.jira, { issues: Math.round(responsesWanted * ISSUES_PER_RESPONSE), kvs: sandbox.kvs });
    const store = sandbox.jira.store;
    const props = store.docs.issues.filter((i) => i.properties['brm-survey'] !== undefined);
    const responses = props.filter((i) => {
      const p = i.properties['brm-survey'];
      return typeof p === 'object' && p !== null && 'status' in p && p.status === 'answered';
    }).length;
    const admin = demoUser(DEMO_ADMIN_EMAIL).accountId;
    const acme = store.project('ACME');
    // The survey after a ticket on for ACME; one open request of a customer is resolved and surveyed.
    await invoke(
      sandbox,
      'brm-admin-page',
      'saveSurveyRules',
      {
        rules: {
          enabled: true,
          questionnaireId: 'default',
          scope: { kind: 'projects', projects: [{ projectId: acme?.id ?? '', requestTypeIds: [] }] },
          delayHours: 0,
          sampleRate: 100,
          maxPerCustomer30Days: null,
          expiryDays: 14,
          reminderDays: 7,
          anonymous: false,
          responders: 'reporter',
          resurveyOnReopen: false,
          followUp: { enabled: false, overallAtOrBelow: 2, dimensionAtOrBelow: null, npsDetractor: true, action: 'complaint' },
        },
      },
      admin,
    );
    const customers = new Set(DEMO_USERS.filter((u) => u.kind === 'customer').map((u) => u.accountId));
    const request = store.docs.issues.find(
      (i) =>
        i.projectId === acme?.id &&
        i.requestTypeId !== null &&
        i.resolutionId === null &&
        customers.has(i.reporterId ?? '') &&
        i.properties['brm-survey'] === undefined,
    );
    if (!request?.reporterId) throw new Error('No open request to survey.');
    const resolved = await sandbox.jira.handle({
      method: 'POST',
      path: `/rest/api/3/issue/${request.key}/transitions`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transition: { id: '61' } }),
      caller: { kind: 'user', accountId: demoUser(DEMO_AGENT_EMAIL).accountId },
    });
    if (resolved.status !== 204) throw new Error(`Resolving ${request.key} answered ${resolved.status}.`);
    await sandbox.settle();
    const answers = { overall: 4, quality: 4, speed: 3, friendliness: 5, orientation: 4, recommend: 8, comment: 'Fine.' };
    sandbox.runtime.resetCalls();
    let started = performance.now();
    await invoke(
      sandbox,
      'brm-survey-portal',
      'submitSurveyResponse',
      { issueKey: request.key, invitationId: invitationIdOf(sandbox, request.key), answers, revision: null },
      request.reporterId,
    );
    const submit = costOf(sandbox, started);
    await sandbox.settle();
    sandbox.runtime.resetCalls();
    started = performance.now();
    await invoke(sandbox, 'brm-admin-page', 'rebuildSurveyAggregates', {}, admin);
    await sandbox.settle();
    const rebuild = costOf(sandbox, started);
    const base = { responses, invitations: summary.surveyInvitations };
    return [
      { ...base, operation: 'submit', ...submit },
      { ...base, operation: 'rebuild', ...rebuild },
    ];
  } finally {
    sandbox.close();
  }
}

export async function surveyCosts(responses: readonly number[]): Promise<string[]> {
  const costs: SurveyCost[] = [];
  for (const n of responses) costs.push(...(await measure(n)));
  const lines = [
    'A customer submits the default questionnaire on a resolved ACME request (the resolver, the aggregates in the same transaction, the issue property), and an admin rebuilds the aggregates from the requests (the whole job), on the demo tenant with its seeded surveys grown to the size shown.',
    '',
    '| responses | invitations | operation | product reads | product writes | KVS reads | KVS writes | time (ms) |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of costs)
    lines.push(
      `| ${c.responses.toLocaleString('en-US')} | ${c.invitations.toLocaleString('en-US')} | ${c.operation} | ${c.productReads} | ${c.productWrites} | ${c.kvsReads} | ${c.kvsWrites} | ${c.ms.toFixed(0)} |`,
    );
  return lines;
}
