/**
 * How the sandbox's Jira emulator answers at tenant scale: seeds a tenant of `issues` into a
 * temporary folder, reopens it as a fresh process would, then times approximate-count and one page
 * of search over it, as the app and as an agent. Answers Markdown lines, with the peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JiraEmulator } from '@brm/sandbox/jira/jira-emulator';
import type { Caller } from '@brm/sandbox/runtime/product-types';
import { openDatabase } from '@brm/sandbox/store/database';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { demoUser, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { appManifest } from '#test/support/app';

const runs = 15;

let peakRss = 0;
const sampleMemory = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function time(
  label: string,
  jira: JiraEmulator,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ label: string; ms: number; first: number; answer: string }> {
  const samples: number[] = [];
  let answer = '';
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const response = await jira.handle({
      method,
      path,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      caller,
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
    const result = response.body;
    if (result && typeof result === 'object') {
      if ('count' in result) answer = `count ${String(result.count)}`;
      else if ('issues' in result && Array.isArray(result.issues)) answer = `${result.issues.length} issues`;
    }
    sampleMemory();
  }
  return { label, ms: median(samples), first: samples[0] ?? 0, answer };
}

export async function emulatorLatency(issues: number): Promise<string[]> {
  const sampler = setInterval(sampleMemory, 20);
  const dir = mkdtempSync(join(tmpdir(), 'brm-bench-'));
  try {
    const seedStarted = Date.now();
    {
      const db = openDatabase(dir);
      const jira = new JiraEmulator(db);
      jira.installApp(appManifest());
      seedDemoTenant(jira, { issues, seed: 7, now: new Date('2026-11-01T00:00:00Z') });
      db.close();
    }
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    sampleMemory();

    const loadStarted = Date.now();
    const db = openDatabase(dir);
    const jira = new JiraEmulator(db);
    jira.installApp(appManifest());
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    sampleMemory();

    const app: Caller = { kind: 'app' };
    const agent: Caller = { kind: 'user', accountId: demoUser(DEMO_AGENT_EMAIL).accountId };
    const count = (jql: string) => ['POST', '/rest/api/3/search/approximate-count', { jql }] as const;
    const page = (jql: string) => `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=50&fields=summary,status,created`;
    const results = [
      await time('approximate-count `project = ACME` (app)', jira, app, ...count('project = ACME')),
      await time(
        'approximate-count `project = ACME AND created >= -30d AND statusCategory != Done` (app)',
        jira,
        app,
        ...count('project = ACME AND created >= -30d AND statusCategory != Done'),
      ),
      await time(
        'approximate-count `project = ACME AND resolved >= startOfMonth(-1)` (agent)',
        jira,
        agent,
        ...count('project = ACME AND resolved >= startOfMonth(-1)'),
      ),
      await time('search/jql, first page of 50, `project = ACME ORDER BY created DESC` (app)', jira, app, 'GET', page('project = ACME ORDER BY created DESC')),
      await time(
        'search/jql, first page of 50, `project = ACME AND statusCategory = Done ORDER BY resolved DESC` (agent)',
        jira,
        agent,
        'GET',
        page('project = ACME AND statusCategory = Done ORDER BY resolved DESC'),
      ),
    ];
    sampleMemory();

    const lines = [
      `Tenant: ${issues.toLocaleString('en')} ACME requests (plus 20 BRM tickets, 10 FIELD and 40 GLOBEX issues), seeded in ${seedSeconds.toFixed(1)} s; reopened (loaded from SQLite) in ${loadSeconds.toFixed(2)} s.`,
      `First run (cold: nothing cached for that query) and median of ${runs} runs each, Node ${process.version}, ${process.arch}.`,
      '',
      '| request | first run (ms) | median (ms) | answer |',
      '| --- | ---: | ---: | --- |',
      ...results.map((r) => `| ${r.label} | ${r.first.toFixed(1)} | ${r.ms.toFixed(1)} | ${r.answer} |`),
      '',
      `Peak resident memory of the process (seed, load and queries): ${(peakRss / 1024 / 1024).toFixed(0)} MiB (max RSS reported by the OS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB).`,
    ];
    db.close();
    return lines;
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
