import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { projectRoot } from '#scripts/build-static';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import type { InvitationRecord } from '#surveys/domain/invitation';
import { invitations } from '#surveys/store/invitation-store';
import { appSandbox } from '#test/support/app';
import { dataOf, jira } from '../harness';
import { answerSurvey, enableSurveys, fakeNow, goodAnswers, poorAnswers, resolveRequest, sweep, travel } from './survey-harness';

/**
 * The README's Surveys section lists JQL in a `jql` block, one query per line. Each one, run as
 * written against the demo tenant (its seeded year of surveys, then once more customers have
 * answered or not), finds the requests it says it finds, and only those: what it means is said of
 * each request's invitation records in KVS, which the `brm-survey` property mirrors.
 */

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The queries of the README's Surveys section, as written. */
function readmeQueries(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Surveys\n'));
  const block = section?.match(/```jql\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('The README has no jql block in its Surveys section.');
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const found = z.object({ issues: z.array(z.object({ key: z.string() })) });

let sandbox: Sandbox;
beforeAll(() => {
  fakeNow(new Date('2026-06-10T09:00:00Z'));
  // The demo tenant as `npm run seed` makes it: a year of ACME's surveys.
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { kvs: sandbox.kvs });
});
afterAll(() => {
  sandbox.close();
  jest.useRealTimers();
});

async function search(jql: string): Promise<string[]> {
  const answer = await jira(sandbox, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=100`);
  expect({ jql, status: answer.status }).toEqual({ jql, status: 200 });
  return found
    .parse(answer.body)
    .issues.map((i) => i.key)
    .sort();
}

/** What each README query is meant to find, said of a request's latest invitation (the record in KVS, the source of truth). */
const MEANING: Record<string, (record: InvitationRecord, now: Date) => boolean> = {
  'project = ACME AND brmSurveyOverall <= 2': (r) => (r.response?.scores.overall ?? 9) <= 2,
  'project = ACME AND brmNpsCategory = detractor': (r) => r.response?.scores.npsCategory === 'detractor',
  'project = ACME AND brmSurveyStatus in (sent, reminded)': (r) => r.status === 'sent' || r.status === 'reminded',
  'project = ACME AND brmSurveyStatus = expired': (r) => r.status === 'expired',
  'project = ACME AND brmSurveyStatus = answered AND brmSurveyAnswered >= startOfMonth()': (r, now) =>
    r.status === 'answered' && (r.response?.answeredAt ?? '') >= `${now.toISOString().slice(0, 7)}-01`,
};

/** The keys each query should find: the requests whose latest invitation means it. */
async function expectedKeys(): Promise<Record<string, string[]>> {
  const all = await sandbox.runtime.run({ moduleKey: 'survey-readme-check' }, () => invitations.queryAll('sync', { partition: ['no'] }));
  const latest = new Map<string, InvitationRecord>();
  for (const { value } of [...all].sort((a, b) => a.value.record.createdAt.localeCompare(b.value.record.createdAt)))
    if (value.record.status !== 'withdrawn' && value.record.status !== 'raising') latest.set(value.record.issueKey, value.record);
  const now = new Date();
  return Object.fromEntries(
    Object.entries(MEANING).map(([jql, means]) => [
      jql,
      [...latest]
        .filter(([, r]) => means(r, now))
        .map(([key]) => key)
        .sort(),
    ]),
  );
}

/** An ACME request a customer raised, still open and never surveyed, the `index`-th one. */
function unsurveyedRequest(index: number): { key: string; reporter: string } {
  const store = sandbox.jira.store;
  const customers = new Set(
    store
      .users()
      .filter((u) => u.kind === 'customer')
      .map((u) => u.accountId),
  );
  const open = store.docs.issues
    .filter(
      (i) =>
        i.projectId === store.project('ACME')?.id &&
        i.requestTypeId !== null &&
        i.resolutionId === null &&
        customers.has(i.reporterId ?? '') &&
        i.properties['brm-survey'] === undefined,
    )
    .sort((a, b) => Number(a.id) - Number(b.id));
  const issue = open[index];
  if (!issue?.reporterId) throw new Error(`The demo tenant has no unsurveyed open request #${index}.`);
  return { key: issue.key, reporter: issue.reporterId };
}

test('every JQL example of the README finds seeded requests of the demo tenant, and only those it names', async () => {
  const queries = readmeQueries();
  expect(queries.length).toBeGreaterThanOrEqual(3);
  const expected = await expectedKeys();
  for (const jql of queries) {
    const keys = await search(jql);
    expect(keys.length).toBeGreaterThan(0);
    expect({ jql, keys }).toEqual({ jql, keys: expected[jql] });
  }
});

test('every JQL example of the README finds the requests surveyed since, as they are answered or not', async () => {
  await enableSurveys(sandbox, { expiryDays: 7, reminderDays: null });
  // One survey that nobody answered until it closed.
  const expired = unsurveyedRequest(3);
  await resolveRequest(sandbox, expired.key);
  travel(8 * DAY);
  await sweep(sandbox);
  // Then, this month: an unhappy customer, a happy one, and one who has not answered yet.
  const unhappy = unsurveyedRequest(0);
  const happy = unsurveyedRequest(1);
  const waiting = unsurveyedRequest(2);
  for (const r of [unhappy, happy, waiting]) await resolveRequest(sandbox, r.key);
  dataOf(await answerSurvey(sandbox, unhappy, poorAnswers));
  dataOf(await answerSurvey(sandbox, happy, goodAnswers));
  await sandbox.settle();

  const ours: Record<string, string[]> = {
    'project = ACME AND brmSurveyOverall <= 2': [unhappy.key],
    'project = ACME AND brmNpsCategory = detractor': [unhappy.key],
    'project = ACME AND brmSurveyStatus in (sent, reminded)': [waiting.key],
    'project = ACME AND brmSurveyStatus = expired': [expired.key],
    'project = ACME AND brmSurveyStatus = answered AND brmSurveyAnswered >= startOfMonth()': [happy.key, unhappy.key],
  };
  const expected = await expectedKeys();
  for (const jql of readmeQueries()) {
    const keys = await search(jql);
    expect({ jql, keys }).toEqual({ jql, keys: expected[jql] });
    expect(keys).toEqual(expect.arrayContaining(ours[jql] ?? ['a query the test does not know']));
  }
});
