/**
 * The complaint register's cost at 1,000 and at 20,000 complaints: the first page as the register
 * page asks for it when it opens (page size 50), and the full CSV export as the page runs it (the
 * approximate count for the progress bar, then every page of 100 with Jira's page token, one
 * resolver call each). For each: the platform calls that cross the runtime boundary (Jira reads and
 * searches, KVS) and the wall time through the sandbox's Forge runtime.
 */
import { z } from 'zod';
import { demoUser, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '#register/contract';
import { appSandbox } from '#test/support/app';

const pageAnswer = z.object({ ok: z.literal(true), data: z.object({ rows: z.array(z.object({ key: z.string() })), nextPageToken: z.string().nullable() }) });
const countAnswer = z.object({ ok: z.literal(true), data: z.object({ count: z.number() }) });

interface Cost {
  resolverCalls: number;
  searches: number;
  otherJira: number;
  kvs: number;
  rows: number;
  ms: number;
}

const query = { filter: {}, sort: { key: 'created', direction: 'desc' } };

async function measure(sandbox: Sandbox, work: (call: (functionKey: string, payload: unknown) => Promise<unknown>) => Promise<number>): Promise<Cost> {
  const accountId = demoUser(DEMO_AGENT_EMAIL).accountId;
  let resolverCalls = 0;
  const call = async (functionKey: string, payload: unknown): Promise<unknown> => {
    resolverCalls += 1;
    const outcome = await sandbox.invoke({ moduleKey: 'brm-global-page', functionKey, payload, accountId });
    if (!outcome.ok) throw new Error(`${functionKey} failed: ${outcome.error}`);
    return outcome.value;
  };
  sandbox.runtime.resetCalls();
  const started = performance.now();
  const rows = await work(call);
  const ms = performance.now() - started;
  const calls = sandbox.runtime.calls;
  const searches = calls.filter((c) => c.type === 'product' && c.path.startsWith('/rest/api/3/search/')).length;
  return {
    resolverCalls,
    searches,
    otherJira: calls.filter((c) => c.type === 'product').length - searches,
    kvs: calls.filter((c) => c.type === 'kvs').length,
    rows,
    ms,
  };
}

async function costsAt(complaints: number): Promise<{ total: number; first: Cost; exported: Cost }> {
  const sandbox = appSandbox({ dataDir: ':memory:' });
  try {
    seedDemoTenant(sandbox.jira, { issues: 1000, complaints, seed: 7, now: new Date('2026-11-01T00:00:00Z'), kvs: sandbox.kvs });
    const type = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint');
    const total = sandbox.jira.store.docs.issues.filter((i) => i.issueTypeId === type?.id).length;
    const first = await measure(
      sandbox,
      async (call) => pageAnswer.parse(await call('getRegisterPage', { ...query, pageSize: DEFAULT_PAGE_SIZE })).data.rows.length,
    );
    const exported = await measure(sandbox, async (call) => {
      countAnswer.parse(await call('countRegister', query));
      let rows = 0;
      let token: string | null = null;
      do {
        const page: { rows: { key: string }[]; nextPageToken: string | null } = pageAnswer.parse(
          await call('getRegisterPage', { ...query, pageSize: MAX_PAGE_SIZE, ...(token ? { nextPageToken: token } : {}) }),
        ).data;
        rows += page.rows.length;
        token = page.nextPageToken;
      } while (token !== null);
      return rows;
    });
    if (exported.rows !== total) throw new Error(`The export gave ${exported.rows} rows of ${total} complaints.`);
    return { total, first, exported };
  } finally {
    sandbox.close();
  }
}

const row = (label: string, complaints: number, cost: Cost): string =>
  `| ${label} | ${complaints.toLocaleString('en-US')} | ${cost.rows.toLocaleString('en-US')} | ${cost.resolverCalls} | ${cost.searches} / ${cost.otherJira} / ${cost.kvs} | ${Math.round(cost.ms).toLocaleString('en-US')} |`;

export async function registerCost(sizes: readonly number[] = [1000, 20_000]): Promise<string[]> {
  const lines = [
    'Resolver calls the page makes; platform calls across the runtime boundary: Jira searches / other Jira calls / KVS calls; wall time through the sandbox.',
    '',
    '| register | complaints | rows | resolver calls | searches / other Jira / KVS | time (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const size of sizes) {
    const { total, first, exported } = await costsAt(size);
    lines.push(row('first page (50 rows)', total, first), row('full CSV export (pages of 100)', total, exported));
  }
  return lines;
}
