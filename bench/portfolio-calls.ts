/**
 * What the portfolio's screens cost: the customer panel (its two calls, as the organization page
 * makes them at once) for a customer with 100 and with 10,000 tickets, and the portfolio page's
 * first page with 1,000 customers. Platform calls across the runtime boundary and wall time in the
 * sandbox (a measure of the app's own work and the emulators', not of Jira Cloud's latency).
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { demoUser, DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';
import { giveTicketsTo } from '#test/integration/portfolio/tenant';

interface Measure {
  jiraReads: number;
  jiraWrites: number;
  kvs: number;
  ms: number;
}

const SEED = { seed: 7, now: new Date('2026-11-01T00:00:00Z') };
const okAnswer = z.object({ ok: z.literal(true) });

function organizationNamed(sandbox: Sandbox, name: string) {
  const organization = sandbox.jira.store.organizations().find((o) => o.name === name);
  if (!organization) throw new Error(`The demo tenant has no ${name}.`);
  return organization;
}

/** Runs resolver calls at once, as a screen makes them, and counts what crossed the boundary. */
async function measure(sandbox: Sandbox, calls: Parameters<Sandbox['invoke']>[0][]): Promise<Measure> {
  sandbox.runtime.resetCalls();
  const started = performance.now();
  const outcomes = await Promise.all(calls.map((call) => sandbox.invoke(call)));
  const ms = performance.now() - started;
  for (const outcome of outcomes) if (!outcome.ok || !okAnswer.safeParse(outcome.value).success) throw new Error(`A call failed: ${JSON.stringify(outcome)}`);
  const recorded = sandbox.runtime.calls;
  return {
    jiraReads: recorded.filter((c) => c.type === 'product' && c.method === 'GET').length,
    // Counts and searches are POSTs that read: the panel writes nothing.
    jiraWrites: recorded.filter((c) => c.type === 'product' && c.method !== 'GET' && !/\/search\/|\/permissions\//.test(c.path)).length,
    kvs: recorded.filter((c) => c.type === 'kvs').length,
    ms,
  };
}

async function panelAt(tickets: number): Promise<Measure & { jiraCalls: number }> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    // Without the demo's surveys: reading the survey aggregates costs what the surveys' reader costs
    // (months × customers × services), which their own benchmark measures.
    seedDemoTenant(sandbox.jira, { issues: tickets, kvs: sandbox.kvs, surveys: false, ...SEED });
    const northwind = organizationNamed(sandbox, 'Northwind Traders');
    giveTicketsTo(sandbox, northwind, { complaintEvery: 10 });
    const acme = sandbox.jira.store.project('ACME');
    if (!acme) throw new Error('The demo tenant has no ACME.');
    const extension = { organization: { id: northwind.id }, project: { id: acme.id, key: acme.key } };
    const accountId = demoUser(DEMO_AGENT_EMAIL).accountId;
    const call = (functionKey: string) => ({ moduleKey: 'brm-customer-panel', functionKey, payload: { organizationId: northwind.id }, accountId, extension });
    // A first opening warms the emulators' caches; the second is measured.
    await measure(sandbox, [call('getCustomer'), call('getCustomerInsights')]);
    const measured = await measure(sandbox, [call('getCustomer'), call('getCustomerInsights')]);
    return { ...measured, jiraCalls: sandbox.runtime.calls.filter((c) => c.type === 'product').length };
  } finally {
    sandbox.close();
  }
}

const storedValue = z.object({ value: z.record(z.string(), z.unknown()) });

/** The demo tenant with `customers` organizations on ACME's desk, each with a profile like Northwind's. */
function withCustomers(sandbox: Sandbox, customers: number): void {
  const store = sandbox.jira.store;
  const northwind = organizationNamed(sandbox, 'Northwind Traders');
  const profile = storedValue.parse(sandbox.kvs.handle('entity/get', { entityName: 'customer-profile', key: northwind.id }).body).value;
  const existing = store.organizations().length;
  store.transaction(() => {
    for (let n = existing + 1; n <= customers; n++) {
      const id = String(90_000 + n);
      const name = `Customer ${String(n).padStart(4, '0')}`;
      store.docs.organizations.put({ id, name, memberIds: [], serviceDeskIds: northwind.serviceDeskIds, properties: {} });
      const answer = sandbox.kvs.handle('entity/set', { entityName: 'customer-profile', key: id, value: { ...profile, name, sortName: name.toLowerCase() } });
      if (answer.status >= 300) throw new Error(`Could not write the profile of ${name}: ${JSON.stringify(answer.body)}`);
    }
  });
}

interface PageFigures {
  all: Measure;
  served: Measure;
  mine: Measure;
  /** "My customers" before the app's copy of the desks' organizations exists: the desks read from JSM. */
  mineUncopied: Measure;
  /** The customer panel of the last customer on the desk, as Sam Agent, before and after the copy. */
  lastPanelUncopied: Measure;
  lastPanel: Measure;
}

async function portfolioPage(customers: number): Promise<PageFigures> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    seedDemoTenant(sandbox.jira, { issues: 100, kvs: sandbox.kvs, ...SEED });
    withCustomers(sandbox, customers);
    const page = (filter: Record<string, unknown>, who: string) => ({
      moduleKey: 'brm-global-page',
      functionKey: 'listPortfolio',
      payload: { filter, cursor: null },
      accountId: demoUser(who).accountId,
      extension: { type: 'jira:globalPage' },
    });
    // The first visit starts the health assessment in the background; the page does not wait for it.
    await measure(sandbox, [page({}, DEMO_ADMIN_EMAIL)]);
    const all = await measure(sandbox, [page({}, DEMO_ADMIN_EMAIL)]);
    const acme = sandbox.jira.store.project('ACME');
    if (!acme) throw new Error('The demo tenant has no ACME.');
    const last = String(90_000 + customers);
    const panel = (functionKey: string) => ({
      moduleKey: 'brm-customer-panel',
      functionKey,
      payload: { organizationId: last },
      accountId: demoUser(DEMO_AGENT_EMAIL).accountId,
      extension: { organization: { id: last }, project: { id: acme.id, key: acme.key } },
    });
    const openPanel = async () => {
      await measure(sandbox, [panel('getCustomer'), panel('getCustomerInsights')]);
      return measure(sandbox, [panel('getCustomer'), panel('getCustomerInsights')]);
    };
    const lastPanelUncopied = await openPanel();
    // An agent's first visit reads the desks from JSM and starts the copy; the hourly trigger keeps it.
    const mineUncopied = await measure(sandbox, [page({ mine: true }, DEMO_AGENT_EMAIL)]);
    await sandbox.settle();
    await measure(sandbox, [page({}, DEMO_AGENT_EMAIL)]);
    const served = await measure(sandbox, [page({}, DEMO_AGENT_EMAIL)]);
    const mine = await measure(sandbox, [page({ mine: true }, DEMO_AGENT_EMAIL)]);
    const lastPanel = await openPanel();
    return { all, served, mine, mineUncopied, lastPanelUncopied, lastPanel };
  } finally {
    sandbox.close();
  }
}

const cell = (m: Measure): string => `${m.jiraReads + m.jiraWrites} / ${m.kvs} / ${m.ms.toFixed(0)} ms`;

/** Markdown lines for docs/benchmarks.md. */
export async function portfolioCalls(): Promise<string[]> {
  const small = await panelAt(100);
  const large = await panelAt(10_000);
  const thousand = await portfolioPage(1000);
  const fiveThousand = await portfolioPage(5000);
  const pageRows = (label: string, page: PageFigures) => [
    `| Portfolio page, first page of ${label} customers | \`listPortfolio\` | all customers, as Ada Admin | ${cell(page.all)} |`,
    `| Portfolio page, first page among ${label} | \`listPortfolio\` | the customers Sam Agent serves | ${cell(page.served)} |`,
    `| Portfolio page, "my customers" among ${label} | \`listPortfolio\` | Sam Agent's | ${cell(page.mine)} |`,
    `| Customer panel of the last of ${label} customers on the desk | \`getCustomer\` + \`getCustomerInsights\` | as Sam Agent | ${cell(page.lastPanel)} |`,
  ];
  const same = (a: Measure, b: Measure) => a.jiraReads + a.jiraWrites === b.jiraReads + b.jiraWrites && a.kvs === b.kvs;
  return [
    'Jira calls / KVS calls / wall time in the sandbox, per screen opening (the second one: the first warms the caches).',
    '',
    '| screen | calls | measured | figures |',
    '| --- | --- | --- | --- |',
    `| Customer panel, 100 tickets of the customer | \`getCustomer\` + \`getCustomerInsights\` | Northwind Traders, as Sam Agent | ${cell(small)} |`,
    `| Customer panel, 10,000 tickets of the customer | \`getCustomer\` + \`getCustomerInsights\` | Northwind Traders, as Sam Agent | ${cell(large)} |`,
    ...pageRows('1,000', thousand),
    ...pageRows('5,000', fiveThousand),
    `| Portfolio page, "my customers" among 1,000, before the first copy of the desks' organizations | \`listPortfolio\` | Sam Agent's | ${cell(thousand.mineUncopied)} |`,
    `| Customer panel of the last of 1,000 customers on the desk, before the first copy | \`getCustomer\` + \`getCustomerInsights\` | as Sam Agent | ${cell(thousand.lastPanelUncopied)} |`,
    '',
    small.jiraCalls === large.jiraCalls && small.kvs === large.kvs
      ? 'The panel makes the same calls at 100 and at 10,000 tickets.'
      : 'The panel makes more calls at 10,000 tickets than at 100: see the rows above.',
    (['all', 'served', 'mine', 'lastPanel'] as const).every((k) => same(thousand[k], fiveThousand[k]))
      ? 'The portfolio page and the panel make the same calls with 1,000 and with 5,000 customers.'
      : 'The portfolio page or the panel makes more calls with 5,000 customers than with 1,000: see the rows above.',
  ];
}
