import { z } from 'zod';
import { JiraEmulator } from '@brm/sandbox/jira/jira-emulator';
import { COMPLAINT_PROPERTY_KEY } from '@brm/sandbox/seed/complaint-history';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { openDatabase } from '@brm/sandbox/store/database';
import { readRecord } from '#register/domain/complaint-record';
import { resolutionVerdict } from '#register/domain/resolution-rule';
import { appManifest } from '#test/support/app';

const NOW = new Date('2026-11-20T12:00:00.000Z');

function seeded(options: { issues?: number; seed?: number; complaints?: number } = {}): JiraEmulator {
  const jira = new JiraEmulator(openDatabase(':memory:'), { now: () => NOW });
  jira.installApp(appManifest());
  seedDemoTenant(jira, { now: NOW, ...options });
  return jira;
}

const complaintsOf = (jira: JiraEmulator) => {
  const type = jira.store.issueTypes().find((t) => t.name === 'Complaint');
  return jira.store.docs.issues.filter((i) => i.issueTypeId === type?.id);
};

async function keys(jira: JiraEmulator, jql: string): Promise<string[]> {
  const res = await jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    headers: {},
    body: JSON.stringify({ jql, maxResults: 5000, fields: ['id'] }),
    caller: { kind: 'app' },
  });
  if (res.status !== 200) throw new Error(`${jql}: ${JSON.stringify(res.body)}`);
  return z
    .object({ issues: z.array(z.object({ key: z.string() })) })
    .parse(res.body)
    .issues.map((i) => i.key);
}

describe('the complaint history seed', () => {
  it('gives ACME complaints over twelve months, with records the app reads, and the same ones for the same seed', () => {
    const jira = seeded({ seed: 3 });
    const complaints = complaintsOf(jira);
    // 40 of the register's history, and the 8 complaint tickets of the BRM set-up, which get a story too.
    expect(complaints.length).toBe(40 + 8);
    const created = complaints.map((c) => Date.parse(c.created));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(300 * 86_400_000);
    for (const complaint of complaints) {
      const read = readRecord(complaint.properties[COMPLAINT_PROPERTY_KEY]);
      expect({ key: complaint.key, ok: read.ok }).toEqual({ key: complaint.key, ok: true });
      // The stored index values are what the app derives from the record.
      if (read.ok && complaint.properties[COMPLAINT_PROPERTY_KEY] !== undefined) expect(complaint.properties[COMPLAINT_PROPERTY_KEY]).toEqual(read.record);
    }
    const again = complaintsOf(seeded({ seed: 3 })).map((c) => JSON.stringify(c));
    expect(again).toEqual(complaints.map((c) => JSON.stringify(c)));
  });

  it('has measures in every state, overdue measures, escalations, disputed resolutions and root causes', async () => {
    const jira = seeded();
    const records = complaintsOf(jira).flatMap((c) => {
      const read = readRecord(c.properties[COMPLAINT_PROPERTY_KEY]);
      return read.ok ? [read.record] : [];
    });
    const statuses = new Set(records.flatMap((r) => r.measures.map((m) => `${m.type}:${m.status}`)));
    expect([...statuses].sort()).toEqual([
      'corrective:cancelled',
      'corrective:done',
      'corrective:open',
      'preventive:cancelled',
      'preventive:done',
      'preventive:open',
    ]);
    expect(records.some((r) => r.escalations.some((e) => e.kind === 'stalled'))).toBe(true);
    expect(records.some((r) => r.escalations.some((e) => e.kind === 'measure-overdue'))).toBe(true);
    expect(records.some((r) => r.response === 'disputed')).toBe(true);
    expect(records.some((r) => r.rootCause !== null)).toBe(true);
    expect((await keys(jira, 'issuetype = Complaint AND statusCategory != Done AND brmNextDue < startOfDay()')).length).toBeGreaterThan(0);
  });

  it('resolves only complaints whose corrective measures are closed, as the workflow rule asks, and puts the rule on their transitions', () => {
    const jira = seeded();
    for (const complaint of complaintsOf(jira).filter((c) => c.resolutionId !== null)) {
      const read = readRecord(complaint.properties[COMPLAINT_PROPERTY_KEY]);
      expect({ key: complaint.key, verdict: read.ok && resolutionVerdict(read.record) }).toEqual({ key: complaint.key, verdict: { allowed: true } });
    }
    expect(jira.store.docs.workflowRules.all()).toEqual([
      expect.objectContaining({ moduleKey: 'brm-complaint-resolution', projectId: jira.store.project('ACME')?.id }),
    ]);
  });

  it('names the complaint in every escalation it records', () => {
    const jira = seeded();
    for (const complaint of complaintsOf(jira)) {
      const read = readRecord(complaint.properties[COMPLAINT_PROPERTY_KEY]);
      for (const escalation of read.ok ? read.record.escalations : []) expect(escalation.id).toMatch(new RegExp(`^(stalled|overdue):${complaint.id}:`));
    }
  });

  it('seeds the 20,000 complaints the register’s benchmark reads, besides the BRM set-up’s 8', () => {
    const jira = seeded({ issues: 1000, complaints: 20_000 });
    expect(complaintsOf(jira)).toHaveLength(20_000 + 8);
  });
});
