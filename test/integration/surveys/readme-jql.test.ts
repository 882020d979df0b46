import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { projectRoot } from '#scripts/build-static';
import { dataOf, jira, startSandbox } from '../harness';
import { callPortal, enableSurveys, goodAnswers, openCustomerRequest, poorAnswers, resolveRequest, surveyPropertyOf } from './survey-harness';

/**
 * The README's Surveys section lists JQL in a `jql` block, one query per line. Each one, run as
 * written against the demo tenant once customers have answered (or not) their surveys, finds the
 * requests it says it finds, and only those.
 */

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

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
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true, now: new Date('2026-06-10T09:00:00Z') });
  sandbox = startSandbox();
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

const invitationOf = (key: string) => z.object({ invitationId: z.string() }).parse(surveyPropertyOf(sandbox, key)).invitationId;

test('every JQL example of the README finds the surveyed requests it names', async () => {
  await enableSurveys(sandbox, { expiryDays: 7, reminderDays: null });
  // One survey that nobody answered until it closed.
  const expired = openCustomerRequest(sandbox, 3);
  await resolveRequest(sandbox, expired.key);
  jest.setSystemTime(new Date(Date.now() + 8 * DAY));
  await sandbox.fireScheduledTrigger('survey-hourly-sweep');
  await sandbox.settle();
  // Then, this month: an unhappy customer, a happy one, and one who has not answered yet.
  const unhappy = openCustomerRequest(sandbox, 0);
  const happy = openCustomerRequest(sandbox, 1);
  const waiting = openCustomerRequest(sandbox, 2);
  for (const r of [unhappy, happy, waiting]) await resolveRequest(sandbox, r.key);
  dataOf(
    await callPortal(
      sandbox,
      'submitSurveyResponse',
      { issueKey: unhappy.key, invitationId: invitationOf(unhappy.key), answers: poorAnswers, revision: null },
      unhappy.reporter,
    ),
  );
  dataOf(
    await callPortal(
      sandbox,
      'submitSurveyResponse',
      { issueKey: happy.key, invitationId: invitationOf(happy.key), answers: goodAnswers, revision: null },
      happy.reporter,
    ),
  );
  await sandbox.settle();

  const expected: Record<string, string[]> = {
    'project = ACME AND brmSurveyOverall <= 2': [unhappy.key],
    'project = ACME AND brmNpsCategory = detractor': [unhappy.key],
    'project = ACME AND brmSurveyStatus in (sent, reminded)': [waiting.key],
    'project = ACME AND brmSurveyStatus = expired': [expired.key],
    'project = ACME AND brmSurveyStatus = answered AND brmSurveyAnswered >= startOfMonth()': [happy.key, unhappy.key].sort(),
  };
  const queries = readmeQueries();
  expect(queries.length).toBeGreaterThanOrEqual(3);
  for (const jql of queries) {
    expect({ jql, keys: await search(jql) }).toEqual({ jql, keys: expected[jql] });
  }
});
