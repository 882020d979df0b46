import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customerJql, printJql, ticketsWithoutCustomer } from '#portfolio/jql';
import { projectRoot } from '#scripts/build-static';
import type { Sandbox } from '@brm/sandbox/sandbox';
import type { StoredIssue } from '@brm/sandbox/jira/model';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';
import { z } from 'zod';
import { jira } from '../harness';
import { customerFieldId } from './tenant';
import { ENGLISH_TYPE_NAMES } from '#provisioning/domain/names';

/**
 * The README's JQL for the customer panel's numbers is what the panel counts with, and finds on the
 * seeded demo tenant exactly the tickets the numbers mean. The tenant is seeded for a fixed day (its
 * history is relative to the day), and one open complaint for Contoso is raised.
 */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 200, seed: 1, now: new Date('2026-11-20T12:00:00Z'), kvs: sandbox.kvs });
  const created = await jira(sandbox, 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'ACME' },
      issuetype: { name: 'Complaint' },
      summary: 'Validated reports arrive late',
      [customerFieldId(sandbox)]: { id: '2', name: 'Contoso Pharmaceuticals' },
    },
  });
  expect(created.status).toBe(201);
});
afterAll(() => sandbox.close());

const typeNamed = (name: string): string => sandbox.jira.store.issueTypes().find((t) => t.name === name)?.id ?? '';
const isDone = (issue: StoredIssue): boolean => sandbox.jira.store.docs.statuses.get(issue.statusId)?.categoryKey === 'done';
const customerOf = (issue: StoredIssue): unknown => {
  const value = issue.customFields[customerFieldId(sandbox)];
  return typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
};
const keysWhere = (keep: (issue: StoredIssue) => boolean): string[] =>
  sandbox.jira.store.docs.issues
    .all()
    .filter(keep)
    .map((i) => i.key)
    .sort();

const searchPage = z.object({ issues: z.array(z.object({ key: z.string() })), nextPageToken: z.string().optional() });

/** Every issue a query finds, page by page (Search for issues using JQL, 100 a page at most). */
async function allKeys(jql: string): Promise<string[]> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const answer = await jira(sandbox, 'POST', '/rest/api/3/search/jql', {
      jql,
      fields: ['summary'],
      maxResults: 100,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    expect(answer.status).toBe(200);
    const page = searchPage.parse(answer.body);
    keys.push(...page.issues.map((i) => i.key));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return keys;
}

const examples: { meaning: string; jql: () => string; expected: () => string[] }[] = [
  {
    meaning: 'open complaints',
    jql: () => printJql(customerJql.openComplaints('2', ENGLISH_TYPE_NAMES)),
    expected: () => keysWhere((i) => customerOf(i) === '2' && i.issueTypeId === typeNamed('Complaint') && !isDone(i)),
  },
  {
    meaning: 'last resolved complaints',
    jql: () => printJql(customerJql.resolvedComplaints('1', ENGLISH_TYPE_NAMES)),
    expected: () => keysWhere((i) => customerOf(i) === '1' && i.issueTypeId === typeNamed('Complaint') && isDone(i)),
  },
  {
    meaning: 'compliments',
    jql: () => printJql(customerJql.compliments('1', ENGLISH_TYPE_NAMES)),
    expected: () => keysWhere((i) => customerOf(i) === '1' && i.issueTypeId === typeNamed('Compliment')),
  },
  {
    meaning: 'open business cases',
    jql: () => printJql(customerJql.openBusinessCases('6', ENGLISH_TYPE_NAMES)),
    expected: () => keysWhere((i) => customerOf(i) === '6' && i.issueTypeId === typeNamed('Business Case') && !isDone(i)),
  },
  {
    meaning: 'tickets the backfill would fill',
    jql: () => printJql(ticketsWithoutCustomer(sandbox.jira.store.project('ACME')?.id ?? '', undefined)),
    expected: () => keysWhere((i) => i.projectId === sandbox.jira.store.project('ACME')?.id && customerOf(i) === undefined),
  },
];

test.each(examples)('the README gives the panel’s JQL for $meaning, and it finds those tickets in the demo tenant', async ({ meaning, jql, expected }) => {
  const query = jql();
  expect(readme).toContain(`| ${meaning} | \`${query}\` |`);
  const found = await allKeys(query);
  expect(found.sort()).toEqual(expected());
  expect(found.length).toBeGreaterThan(0);
});
