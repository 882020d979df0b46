import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { readRecord, type ComplaintRecord } from '#register/domain/complaint-record';
import { projectRoot } from '#scripts/build-static';
import { agent, startRegisterSandbox } from './harness';

/**
 * The README's "Complaint register" JQL examples, each run as an agent against the demo tenant: each
 * finds complaints, and exactly those its sentence describes, worked out here from the stored
 * `brm-complaint` records, labels and statuses.
 */

const readmeQueries = (): string[] => {
  const section = readFileSync(join(projectRoot, 'README.md'), 'utf8').split('## Complaint register')[1] ?? '';
  const block = /```jql\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
};

interface Complaint {
  key: string;
  open: boolean;
  labels: string[];
  record: ComplaintRecord | undefined;
}

/** What each example says it finds. */
const MEANING: Record<string, (c: Complaint, context: { me: string; today: string }) => boolean> = {
  'issuetype = Complaint AND brmOpenCorrective > 0': (c) => (c.record?.openCorrective ?? 0) > 0,
  'issuetype = Complaint AND statusCategory != Done AND brmNextDue < startOfDay()': (c, { today }) =>
    c.open && c.record?.nextDue !== undefined && c.record.nextDue < today,
  'issuetype = Complaint AND brmEscalated = yes': (c) => (c.record?.escalations.length ?? 0) > 0,
  'issuetype = Complaint AND brmMeasureOwner = currentUser()': (c, { me }) =>
    (c.record?.measures ?? []).some((m) => m.status === 'open' && m.ownerAccountId === me),
  'issuetype = Complaint AND brmResponse = disputed': (c) => c.record?.response === 'disputed',
  'issuetype = Complaint AND statusCategory = Done AND brmRootCause = no': (c) => !c.open && c.record !== undefined && c.record.rootCause === null,
  'issuetype = Complaint AND labels in (brm-severity-high, brm-severity-critical) AND brmOpenMeasures > 0': (c) =>
    (c.labels.includes('brm-severity-high') || c.labels.includes('brm-severity-critical')) && (c.record?.measures ?? []).some((m) => m.status === 'open'),
  'issuetype = Complaint AND brmReopens > 0': (c) => (c.record?.reopenings.count ?? 0) > 0,
};

async function search(sandbox: Sandbox, jql: string, accountId: string): Promise<string[]> {
  const answer = await sandbox.jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jql, fields: ['labels'], maxResults: 5000 }),
    caller: { kind: 'user', accountId },
  });
  if (answer.status !== 200) throw new Error(`${jql}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return z
    .object({ issues: z.array(z.object({ key: z.string() })) })
    .parse(answer.body)
    .issues.map((i) => i.key)
    .sort();
}

describe('the README’s complaint register JQL', () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = startRegisterSandbox();
  });
  afterAll(() => sandbox.close());

  it('has at least six examples, each one this test knows the meaning of', () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(6);
    expect(queries).toEqual(Object.keys(MEANING));
  });

  it.each(Object.keys(MEANING))('%s finds complaints of the demo tenant, exactly those it says', async (jql) => {
    const me = agent().accountId;
    const user = sandbox.jira.store.users().find((u) => u.accountId === me);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: user?.timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const open = new Set(await search(sandbox, 'issuetype = Complaint AND statusCategory != Done', me));
    const complaints: Complaint[] = (await search(sandbox, 'issuetype = Complaint', me)).map((key) => {
      const issue = sandbox.jira.store.issue(key);
      const read = readRecord(issue?.properties['brm-complaint']);
      return {
        key,
        open: open.has(key),
        labels: issue?.labels ?? [],
        record: issue?.properties['brm-complaint'] !== undefined && read.ok ? read.record : undefined,
      };
    });
    const meaning = MEANING[jql];
    if (!meaning) throw new Error(`No meaning for ${jql}`);
    const expected = complaints.filter((c) => meaning(c, { me, today })).map((c) => c.key);
    expect(expected.length).toBeGreaterThan(0);
    expect(await search(sandbox, jql, me)).toEqual(expected.sort());
  });
});
