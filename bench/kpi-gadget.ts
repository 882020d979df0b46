/**
 * What a render of the KPI gadget costs, cold (nothing cached) and warm (the cache of the render
 * before), for the ten KPIs the demo dashboard shows, on a tenant of 1,000 and of N issues: product
 * calls by kind, KVS operations, and the time the resolver took. ACME's seeded year of BRM history is
 * topped up in proportion to the tenant (a complaint for every 20 requests, and so on), so that the
 * large tenant has many BRM issues too.
 */
import type { Sandbox } from '@brm/sandbox/sandbox';
import { appSandbox } from '#test/support/app';
import { DEMO_KPI_GADGET_CONFIG } from '@brm/sandbox/seed/demo-dashboard';
import { demoUser, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { addBrmHistory } from '#test/support/brm-history';

export interface RenderCost {
  issues: number;
  brmIssues: number;
  render: 'cold' | 'warm' | 'open period expired';
  counts: number;
  searches: number;
  otherReads: number;
  kvs: number;
  ms: number;
}

async function render(sandbox: Sandbox, accountId: string): Promise<Omit<RenderCost, 'issues' | 'brmIssues' | 'render'>> {
  sandbox.runtime.resetCalls();
  const started = performance.now();
  const outcome = await sandbox.invoke({
    moduleKey: 'brm-kpi-gadget',
    functionKey: 'getKpis',
    payload: DEMO_KPI_GADGET_CONFIG,
    accountId,
    extension: { dashboard: { id: '1' } },
  });
  const ms = performance.now() - started;
  if (!outcome.ok || typeof outcome.value !== 'object' || outcome.value === null || !('ok' in outcome.value) || outcome.value.ok !== true)
    throw new Error(`The render failed: ${JSON.stringify(outcome)}`);
  const calls = sandbox.runtime.calls;
  const product = calls.filter((c) => c.type === 'product');
  return {
    counts: product.filter((c) => c.path.startsWith('/rest/api/3/search/approximate-count')).length,
    searches: product.filter((c) => c.path.startsWith('/rest/api/3/search/jql')).length,
    otherReads: product.filter((c) => !c.path.startsWith('/rest/api/3/search/')).length,
    kvs: calls.filter((c) => c.type === 'kvs').length,
    ms,
  };
}

export async function kpiRenderCosts(sizes: readonly number[]): Promise<RenderCost[]> {
  const costs: RenderCost[] = [];
  const accountId = demoUser(DEMO_AGENT_EMAIL).accountId;
  for (const issues of sizes) {
    const sandbox = appSandbox({ dataDir: ':memory:' });
    try {
      const before = sandbox.jira.store.docs.issues.size;
      seedDemoTenant(sandbox.jira, { issues, kvs: sandbox.kvs });
      addBrmHistory(sandbox.jira, {
        complaints: issues / 20,
        compliments: issues / 50,
        businessCases: issues / 200,
        serviceRequirements: issues / 100,
        services: [],
        now: new Date(),
      });
      const brmTypes = new Set(
        sandbox.jira.store
          .issueTypes()
          .filter((t) => ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].includes(t.name))
          .map((t) => t.id),
      );
      const brmIssues = sandbox.jira.store.docs.issues.filter((i) => brmTypes.has(i.issueTypeId)).length;
      const total = sandbox.jira.store.docs.issues.size - before;
      costs.push({ issues: total, brmIssues, render: 'cold', ...(await render(sandbox, accountId)) });
      costs.push({ issues: total, brmIssues, render: 'warm', ...(await render(sandbox, accountId)) });
      // The gadget's cache time (15 minutes) later: only the open period and the viewer's scope are asked again.
      const later = Date.now() + 16 * 60_000;
      const realNow = Date.now;
      Date.now = () => later;
      try {
        costs.push({ issues: total, brmIssues, render: 'open period expired', ...(await render(sandbox, accountId)) });
      } finally {
        Date.now = realNow;
      }
    } finally {
      sandbox.close();
    }
  }
  return costs;
}

export async function kpiGadget(sizes: readonly number[]): Promise<string[]> {
  const costs = await kpiRenderCosts(sizes);
  const lines = [
    'The ten KPIs of the demo dashboard, this month against last, with twelve-month sparklines, as Sam Agent (ACME, FIELD and GLOBEX).',
    '',
    '| tenant (issues) | BRM issues | render | counts (approximate-count) | pages (search/jql) | other Jira reads | KVS calls | time (ms) |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of costs)
    lines.push(
      `| ${c.issues.toLocaleString('en-US')} | ${c.brmIssues.toLocaleString('en-US')} | ${c.render} | ${c.counts} | ${c.searches} | ${c.otherReads} | ${c.kvs} | ${c.ms.toFixed(0)} |`,
    );
  return lines;
}
