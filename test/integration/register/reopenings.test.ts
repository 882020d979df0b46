import { z } from 'zod';
import { ManualClock } from '@brm/sandbox/runtime/clock';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { resolvePeriod } from '#kernel/periods';
import { callKpiGadget } from '#test/integration/harness';
import { acmeOnlyAgent, agent, callComplaint, dataOf, measureId, newComplaint, searchKeys, startRegisterSandbox, storedRecord, transition } from './harness';

/**
 * Reopened complaints: ACME's Complaint is resolved (transition "Done"), then reopened (a transition
 * out of Done clears its resolution); the app's resolution trigger records the reopening on the
 * complaint's `brm-complaint` record, once however often Forge delivers the event, and the KPI
 * "Complaints reopened" counts it in the month it happened, with a drill-down that finds it.
 */

jest.setTimeout(60_000);

const RESOLVE = '61';
const REOPEN = '11';
const sam = () => agent().accountId;

const reopenings = z.object({
  reopenings: z.object({ count: z.number(), lastAt: z.string().optional(), recent: z.array(z.object({ id: z.string(), at: z.string() })) }),
  measures: z.array(z.object({ id: z.string() })),
});
const recordOf = (sandbox: Sandbox, key: string) => reopenings.parse(storedRecord(sandbox, key));

/** Adds a corrective measure and closes it, so the workflow rule lets the complaint be resolved. */
async function fixed(sandbox: Sandbox, issueKey: string): Promise<void> {
  const id = measureId();
  const measure = { type: 'corrective', description: 'Restart the mail relay', ownerAccountId: acmeOnlyAgent().accountId, dueDate: '2030-01-01' };
  dataOf(await callComplaint(sandbox, 'changeComplaint', { issueKey, operation: { kind: 'addMeasure', measureId: id, measure } }, sam()));
  dataOf(
    await callComplaint(sandbox, 'changeComplaint', { issueKey, operation: { kind: 'closeMeasure', measureId: id, revision: 1, outcome: 'done' } }, sam()),
  );
}

async function resolveAndReopen(sandbox: Sandbox, issueKey: string): Promise<void> {
  expect((await transition(sandbox, issueKey, RESOLVE, sam())).status).toBe(204);
  await sandbox.settle();
  expect((await transition(sandbox, issueKey, REOPEN, sam())).status).toBe(204);
  await sandbox.settle();
}

/** The `avi:jira:updated:issue` event of a reopening, as Forge delivers it (again). */
const reopenedEvent = (issue: { id: string; key: string }, changelogId: string, typeName = 'Complaint') => ({
  issue: { id: issue.id, key: issue.key, fields: { issuetype: { name: typeName } } },
  changelog: {
    id: changelogId,
    items: [{ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: '10000', fromString: 'Done', to: null, toString: null }],
  },
});

describe('a reopened complaint', () => {
  let sandbox: Sandbox;
  let complaint: { id: string; key: string };

  beforeAll(async () => {
    sandbox = startRegisterSandbox();
    complaint = await newComplaint(sandbox);
    await fixed(sandbox, complaint.key);
    await resolveAndReopen(sandbox, complaint.key);
  });
  afterAll(() => sandbox.close());

  it('is recorded once on its register record, by the changelog that cleared the resolution', () => {
    const record = recordOf(sandbox, complaint.key);
    expect(record.reopenings).toMatchObject({ count: 1, recent: [{ id: expect.stringMatching(/^changelog:\d+$/) }] });
    expect(Date.now() - Date.parse(record.reopenings.lastAt ?? '')).toBeLessThan(60_000);
    expect(record.measures).toHaveLength(1);
  });

  it('is not counted again when Forge delivers the event again', async () => {
    const before = storedRecord(sandbox, complaint.key);
    const changelogId = recordOf(sandbox, complaint.key).reopenings.recent[0]?.id.replace('changelog:', '') ?? '';
    await sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, changelogId));
    await sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, changelogId));
    await sandbox.settle();
    expect(storedRecord(sandbox, complaint.key)).toEqual(before);
  });

  it('is found by JQL on its search aliases', async () => {
    expect(await searchKeys(sandbox, `key = ${complaint.key} AND brmReopens = 1 AND brmReopened >= startOfMonth()`)).toEqual([complaint.key]);
  });

  it('counts in "Complaints reopened" this month, and the drill-down JQL finds it', async () => {
    const spec = { kind: 'this-month' } as const;
    const report = dataOf(await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'complaints-reopened' }], period: spec, compare: 'none' }, sam()));
    const kpi = report.kpis.find((k) => k.id === 'complaints-reopened');
    // The seeded history's complaints whose last reopening falls in this month count too.
    const period = resolvePeriod(spec, Date.now());
    const lastAt = z.object({ reopenings: z.object({ lastAt: z.string() }) });
    const reopenedThisMonth = sandbox.jira.store.docs.issues.all().filter((i) => {
      const parsed = lastAt.safeParse(i.properties['brm-complaint']);
      return parsed.success && Date.parse(parsed.data.reopenings.lastAt) >= period.start && Date.parse(parsed.data.reopenings.lastAt) < period.end;
    });
    expect(reopenedThisMonth.map((i) => i.key)).toContain(complaint.key);
    expect([kpi?.state, kpi?.value]).toEqual(['ok', reopenedThisMonth.length]);
    expect(kpi?.drillDownJql).toContain('brmReopened >=');
    const found = await searchKeys(sandbox, kpi?.drillDownJql ?? '');
    expect(found).toContain(complaint.key);
    expect(found.sort()).toEqual(reopenedThisMonth.map((i) => i.key).sort());
  });
});

describe('reopenings and agents’ changes at the same time', () => {
  let sandbox: Sandbox;
  beforeEach(() => (sandbox = startRegisterSandbox()));
  afterEach(() => sandbox.close());

  it('keeps an agent’s measure added while a reopening is recorded, and the reopening', async () => {
    const complaint = await newComplaint(sandbox);
    const measure = { type: 'preventive', description: 'Add a second relay', ownerAccountId: acmeOnlyAgent().accountId, dueDate: '2030-01-01' };
    const added = measureId();
    await Promise.all([
      callComplaint(sandbox, 'changeComplaint', { issueKey: complaint.key, operation: { kind: 'addMeasure', measureId: added, measure } }, sam()),
      sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, '990001')),
      sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, '990001')),
    ]);
    await sandbox.settle();
    const record = recordOf(sandbox, complaint.key);
    expect(record.measures.map((m) => m.id)).toEqual([added]);
    expect(record.reopenings.count).toBe(1);
  });

  it('costs nothing for an update that does not touch the resolution', async () => {
    const complaint = await newComplaint(sandbox);
    await sandbox.settle();
    const before = sandbox.runtime.calls.length;
    await sandbox.deliverEvent('avi:jira:updated:issue', {
      issue: { id: complaint.id, key: complaint.key, fields: { issuetype: { name: 'Complaint' } } },
      changelog: { id: '990002', items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'a', to: null, toString: 'b' }] },
    });
    expect(sandbox.runtime.calls.slice(before)).toEqual([]);
  });

  it('recognises a Complaint type named in another of the app’s languages (Beschwerde)', async () => {
    const complaint = await newComplaint(sandbox);
    await sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, '990003', 'Beschwerde'));
    await sandbox.deliverEvent('avi:jira:updated:issue', reopenedEvent(complaint, '990004', 'Story'));
    expect(recordOf(sandbox, complaint.key).reopenings).toMatchObject({ count: 1, recent: [{ id: 'changelog:990003' }] });
  });

  it('reads the issue to tell its type when the event does not name it, and leaves other issues alone', async () => {
    const complaint = await newComplaint(sandbox);
    const event = reopenedEvent(complaint, '990005');
    await sandbox.deliverEvent('avi:jira:updated:issue', { ...event, issue: { id: complaint.id, key: complaint.key } });
    expect(recordOf(sandbox, complaint.key).reopenings.count).toBe(1);
    const request = sandbox.jira.store.docs.issues
      .all()
      .find((i) => i.projectId === sandbox.jira.store.project('ACME')?.id && i.properties['brm-complaint'] === undefined);
    if (!request) throw new Error('ACME has no issue without a register record');
    await sandbox.deliverEvent('avi:jira:updated:issue', { ...event, issue: { id: request.id, key: request.key } });
    expect(storedRecord(sandbox, request.key)).toBeUndefined();
  });
});

describe('a reopening while the complaint stays busy', () => {
  it('asks Forge to deliver the event again, and is recorded once the lease is free', async () => {
    const clock = new ManualClock(Date.now());
    const sandbox = startRegisterSandbox({ clock });
    try {
      const complaint = await newComplaint(sandbox);
      await fixed(sandbox, complaint.key);
      expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(204);
      await sandbox.settle();
      // Another change holds the complaint's lease for longer than a change waits for it.
      const lease = `register:complaint-lease:${complaint.id}`;
      sandbox.kvs.handle('set', { key: lease, value: { holder: 'another change', since: new Date(clock.now()).toISOString() } });
      expect((await transition(sandbox, complaint.key, REOPEN, sam())).status).toBe(204);
      await sandbox.settle();
      expect(recordOf(sandbox, complaint.key).reopenings.count).toBe(0);
      expect(sandbox.nextDueAt()).toBeGreaterThan(clock.now());
      sandbox.kvs.handle('delete', { key: lease });
      await clock.advance(31_000);
      await sandbox.settle();
      expect(recordOf(sandbox, complaint.key).reopenings.count).toBe(1);
      expect(sandbox.nextDueAt()).toBeUndefined();
    } finally {
      sandbox.close();
    }
  });
});
