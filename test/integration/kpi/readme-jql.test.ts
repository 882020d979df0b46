import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { projectRoot } from '#scripts/build-static';
import { appSandbox } from '#test/support/app';
import { searchKeys } from '#test/integration/harness';

/**
 * The JQL examples of the README's section "KPIs on a dashboard" each find issues in the demo
 * tenant as `npm start` seeds it (200 requests and a year of BRM history up to now), whatever the
 * day of the year it is seeded on.
 */

function readmeExamples(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split('\n## ').find((s) => s.startsWith('KPIs on a dashboard')) ?? '';
  const block = /```jql\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim().length > 0);
}

const examples = readmeExamples();

test('the README has JQL examples for the KPI drill-downs', () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
});

describe.each([
  ['today', new Date()],
  ['on the second day of a year', new Date(Date.UTC(2027, 0, 2, 9))],
  ['in the middle of a year', new Date(Date.UTC(2027, 6, 1, 9))],
])('the demo tenant seeded %s', (_when, now) => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = appSandbox({ dataDir: ':memory:', now: () => now });
    seedDemoTenant(sandbox.jira, { kvs: sandbox.kvs, now });
  });
  afterAll(() => sandbox.close());

  test.each(examples)('%s finds issues', async (jql) => {
    expect((await searchKeys(sandbox, jql)).length).toBeGreaterThan(0);
  });
});
