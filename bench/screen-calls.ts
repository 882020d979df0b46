/**
 * What each screen of the app costs in platform calls, and whether that grows with the tenant.
 * For each tenant size, a sandbox runs the app's real resolvers as the UI calls them when a screen
 * opens or acts, lets it deliver what they set off (product triggers, and the job runner's queue:
 * provisioning runs as a job), and counts the calls that cross the runtime boundary: Jira (read and
 * write), KVS, and pushes to `@forge/events` queues.
 */
import { z } from 'zod';
import { demoUser, DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';

interface Step {
  screen: string;
  call: string;
  moduleKey: string;
  payload: () => unknown;
  who: 'admin' | 'agent';
}

interface Cost {
  jiraReads: number;
  jiraWrites: number;
  kvs: number;
  pushes: number;
}

const customersAnswer = z.object({ ok: z.literal(true), data: z.object({ customers: z.array(z.object({ id: z.string() })) }) });
const serviceAnswer = z.object({ ok: z.literal(true), data: z.object({ service: z.object({ id: z.string() }) }) });
const runAnswer = z.object({ ok: z.literal(true), data: z.object({ jobId: z.string().nullable() }) });

interface Ids {
  /** GLOBEX: BRM is not set up there yet (ACME comes set up), so its first provisioning is the whole job. */
  globex: string;
  field: string;
  ticket: () => string;
  customer: () => string;
  service: () => string;
  run: () => string;
}

async function costsAt(issues: number, steps: (ids: Ids) => Step[]): Promise<Cost[]> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    seedDemoTenant(sandbox.jira, { issues, seed: 7, now: new Date('2026-11-01T00:00:00Z') });
    const acme = sandbox.jira.store.project('ACME');
    const globex = sandbox.jira.store.project('GLOBEX');
    const field = sandbox.jira.store.project('FIELD');
    if (!acme || !globex || !field) throw new Error('The demo tenant has no ACME, GLOBEX or FIELD project.');
    // The tickets the agent opens: ACME's requests an agent raised, oldest first (not its BRM tickets, nor tagged ones).
    const store = sandbox.jira.store;
    const agentTypes = new Set(
      store
        .issueTypesOfProject(acme)
        .filter((t) => ['Problem', 'Change', 'Task'].includes(t.name))
        .map((t) => t.id),
    );
    const tickets = store.docs.issues
      .filter((i) => i.projectId === acme.id && agentTypes.has(i.issueTypeId))
      .sort((a, b) => a.created.localeCompare(b.created))
      .map((i) => i.key);
    const accounts = { admin: demoUser(DEMO_ADMIN_EMAIL).accountId, agent: demoUser(DEMO_AGENT_EMAIL).accountId };
    let ticketNumber = 0;
    let customer = '';
    let service = '';
    let run = '';
    const ids: Ids = {
      globex: globex.id,
      field: field.id,
      ticket: () => tickets[ticketNumber - 1] ?? '',
      customer: () => customer,
      service: () => service,
      run: () => run,
    };
    const costs: Cost[] = [];
    for (const step of steps(ids)) {
      if (step.call === 'getFeedbackState' && step.screen.startsWith('Issue view')) ticketNumber += 1;
      sandbox.runtime.resetCalls();
      const outcome = await sandbox.invoke({ moduleKey: step.moduleKey, functionKey: step.call, payload: step.payload(), accountId: accounts[step.who] });
      await sandbox.settle();
      if (!outcome.ok || (typeof outcome.value === 'object' && outcome.value !== null && 'ok' in outcome.value && outcome.value.ok !== true)) {
        throw new Error(`${step.screen} / ${step.call} failed: ${JSON.stringify(outcome)}`);
      }
      if (step.call === 'listCustomers') customer = customersAnswer.parse(outcome.value).data.customers[0]?.id ?? '';
      if (step.call === 'saveService') service = serviceAnswer.parse(outcome.value).data.service.id;
      if (step.call === 'runProvisioning' && run === '') run = runAnswer.parse(outcome.value).data.jobId ?? '';
      const calls = sandbox.runtime.calls;
      costs.push({
        jiraReads: calls.filter((c) => c.type === 'product' && c.method === 'GET').length,
        jiraWrites: calls.filter((c) => c.type === 'product' && c.method !== 'GET').length,
        kvs: calls.filter((c) => c.type === 'kvs').length,
        pushes: calls.filter((c) => c.type === 'events' && c.path.startsWith('/webhook/queue/publish/')).length,
      });
    }
    return costs;
  } finally {
    sandbox.close();
  }
}

const admin = 'brm-admin-page';
const action = 'brm-feedback-action';

const scenario = (ids: Ids): Step[] => [
  { screen: 'Admin page opens', call: 'getOverview', moduleKey: admin, payload: () => ({}), who: 'admin' },
  { screen: 'Admin reviews the plan for GLOBEX', call: 'planProvisioning', moduleKey: admin, payload: () => ({ projectIds: [ids.globex] }), who: 'admin' },
  {
    screen: 'Admin provisions GLOBEX (first run: the resolver and the whole job)',
    call: 'runProvisioning',
    moduleKey: admin,
    payload: () => ({ projectIds: [ids.globex] }),
    who: 'admin',
  },
  { screen: 'Admin page asks how the run goes (each poll)', call: 'getProvisioningRun', moduleKey: admin, payload: () => ({ jobId: ids.run() }), who: 'admin' },
  {
    screen: 'Admin provisions GLOBEX again (nothing to do)',
    call: 'runProvisioning',
    moduleKey: admin,
    payload: () => ({ projectIds: [ids.globex] }),
    who: 'admin',
  },
  {
    screen: "Admin checks FIELD's manual steps (Check again)",
    call: 'getChecklist',
    moduleKey: admin,
    payload: () => ({ projectIds: [ids.field] }),
    who: 'admin',
  },
  { screen: 'Admin adds a service to the catalogue', call: 'saveService', moduleKey: admin, payload: () => ({ name: 'Email and calendar' }), who: 'admin' },
  {
    screen: 'Issue view: badge, panel or action opens',
    call: 'getFeedbackState',
    moduleKey: action,
    payload: () => ({ issueKey: ids.ticket() }),
    who: 'agent',
  },
  { screen: 'Feedback form: customer choices', call: 'listCustomers', moduleKey: action, payload: () => ({ issueKey: ids.ticket() }), who: 'agent' },
  { screen: 'Feedback form: service choices', call: 'listServices', moduleKey: action, payload: () => ({ issueKey: ids.ticket() }), who: 'agent' },
  {
    screen: 'Agent tags the ticket as a complaint',
    call: 'tagFeedback',
    moduleKey: action,
    payload: () => ({
      issueKey: ids.ticket(),
      kind: 'complaint',
      customerId: ids.customer(),
      serviceId: ids.service(),
      severity: 'high',
      statement: 'Nobody answered for a week.',
    }),
    who: 'agent',
  },
  {
    screen: 'Agent tags it again (answers the existing tag)',
    call: 'tagFeedback',
    moduleKey: action,
    payload: () => ({ issueKey: ids.ticket(), kind: 'complaint', customerId: ids.customer(), severity: 'high', statement: 'Again.' }),
    who: 'agent',
  },
  {
    screen: 'Agent clears the ticket’s customer on the panel',
    call: 'setCustomer',
    moduleKey: 'brm-issue-panel',
    payload: () => ({ issueKey: ids.ticket(), customerId: null }),
    who: 'agent',
  },
  {
    screen: 'Agent sets it again on the panel',
    call: 'setCustomer',
    moduleKey: 'brm-issue-panel',
    payload: () => ({ issueKey: ids.ticket(), customerId: ids.customer() }),
    who: 'agent',
  },
];

const cell = (c: Cost | undefined): string => (c ? `${c.jiraReads} / ${c.jiraWrites} / ${c.kvs} / ${c.pushes}` : '-');

/** Markdown lines: one row per screen step, one column per tenant size. */
export async function screenCalls(sizes: readonly number[]): Promise<string[]> {
  const columns: Cost[][] = [];
  for (const size of sizes) columns.push(await costsAt(size, scenario));
  const steps = scenario({ globex: '', field: '', ticket: () => '', customer: () => '', service: () => '', run: () => '' });
  const same = steps.every((_, i) => new Set(columns.map((col) => cell(col[i]))).size === 1);
  return [
    'Calls across the runtime boundary per resolver call, with what it sets off (triggers, job deliveries): Jira reads / Jira writes / KVS calls / queue pushes.',
    '',
    `| screen | call | ${sizes.map((s) => `${s.toLocaleString('en')} issues`).join(' | ')} |`,
    `| --- | --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...steps.map((step, i) => `| ${step.screen} | \`${step.call}\` | ${columns.map((col) => cell(col[i])).join(' | ')} |`),
    '',
    same ? 'Every screen costs the same calls at every size.' : 'Some screens cost more calls on the larger tenant: see the rows above.',
  ];
}
