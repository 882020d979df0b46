import { z } from 'zod';
import * as app from '#app';
import { readRecord } from '#register/domain/complaint-record';
import { escalationTrigger } from '#triggers/escalate-complaints';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { COMPLAINT_PROPERTY_KEY } from '@brm/sandbox/seed/complaint-history';
import { admin, callSettings, dataOf, startRegisterSandbox, storedComplaints } from './harness';

/**
 * The daily escalation run (`scheduledTrigger` `register-escalation`): overdue measures and
 * stalled complaints, each alerted once through Send notification for issue and recorded on the
 * complaint, however many times Forge delivers the trigger.
 */

const runOutcome = z.object({
  status: z.enum(['done', 'continued']),
  counts: z.object({ sent: z.number(), recorded: z.number(), skipped: z.number(), failed: z.number() }),
  jobId: z.string().optional(),
});

const NOW = new Date('2026-11-20T09:00:00.000Z');

/** Notifications the sandbox recorded, as issue key and subject. */
const sent = (sandbox: Sandbox) =>
  sandbox.jira.store.docs.notifications.all().map((n) => `${sandbox.jira.store.issue(n.issueId)?.key ?? n.issueId}|${n.subject}|${n.recipientIds.join(',')}`);

/** The escalations the app recorded on the complaints, by id. */
function appEscalations(sandbox: Sandbox): Map<string, { to: string | null; issueKey: string }> {
  const found = new Map<string, { to: string | null; issueKey: string }>();
  for (const complaint of storedComplaints(sandbox)) {
    const read = readRecord(complaint.properties[COMPLAINT_PROPERTY_KEY]);
    if (read.ok) for (const e of read.record.escalations) if (e.by === 'app') found.set(e.id, { to: e.toAccountId, issueKey: complaint.key });
  }
  return found;
}

describe('the daily escalation run', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('alerts every overdue measure and stalled complaint once, records each on its complaint, and sends nothing when run again', async () => {
    sandbox = startRegisterSandbox({ issues: 200, historyEnds: NOW });
    const before = appEscalations(sandbox);
    const first = runOutcome.parse(await sandbox.fireScheduledTrigger('register-escalation'));
    expect(first.status).toBe('done');
    expect(first.counts.failed).toBe(0);
    expect(first.counts.sent).toBeGreaterThan(0);
    const emails = sent(sandbox);
    expect(emails).toHaveLength(first.counts.sent);
    const after = appEscalations(sandbox);
    const added = [...after.keys()].filter((id) => !before.has(id));
    expect(added.length).toBe(first.counts.sent + first.counts.recorded);
    expect(added.some((id) => id.startsWith('overdue:'))).toBe(true);
    expect(added.some((id) => id.startsWith('stalled:'))).toBe(true);
    // Each email went to whom the complaint records it was escalated to.
    for (const id of added) {
      const escalation = after.get(id);
      if (escalation?.to) expect(emails.some((e) => e.startsWith(`${escalation.issueKey}|`) && e.endsWith(escalation.to ?? ''))).toBe(true);
    }

    const second = runOutcome.parse(await sandbox.fireScheduledTrigger('register-escalation'));
    expect(second.counts).toMatchObject({ sent: 0, recorded: 0, failed: 0 });
    expect(sent(sandbox)).toEqual(emails);
  });

  it('sends each alert once when Forge delivers the trigger twice at the same time', async () => {
    sandbox = startRegisterSandbox({ issues: 200, historyEnds: NOW });
    const [a, b] = await Promise.all([sandbox.fireScheduledTrigger('register-escalation'), sandbox.fireScheduledTrigger('register-escalation')]).then((r) =>
      r.map((o) => runOutcome.parse(o)),
    );
    const emails = sent(sandbox);
    expect(emails.length).toBe((a?.counts.sent ?? 0) + (b?.counts.sent ?? 0));
    expect(new Set(emails).size).toBe(emails.length);
    const reference = startRegisterSandbox({ issues: 200, historyEnds: NOW });
    await reference.fireScheduledTrigger('register-escalation');
    expect(emails.sort()).toEqual(sent(reference).sort());
    reference.close();
  });

  it('escalates stalled complaints to the escalation contact set on the admin page', async () => {
    sandbox = startRegisterSandbox({ issues: 200, historyEnds: NOW });
    const settings = dataOf(await callSettings(sandbox, 'getRegisterSettings', {}, admin().accountId)).settings;
    dataOf(await callSettings(sandbox, 'saveRegisterSettings', { ...settings, escalationContactAccountId: admin().accountId }, admin().accountId));
    await sandbox.fireScheduledTrigger('register-escalation');
    const stalled = sandbox.jira.store.docs.notifications.all().filter((n) => n.subject.includes('open for'));
    expect(stalled.length).toBeGreaterThan(0);
    expect(stalled.every((n) => n.recipientIds.join() === admin().accountId)).toBe(true);
    expect(stalled[0]?.textBody).toContain(`/browse/${sandbox.jira.store.issue(stalled[0]?.issueId ?? '')?.key ?? 'none'}`);
  });

  it('continues as a job when it cannot finish in its invocation, and the job sends what the run would have', async () => {
    sandbox = startRegisterSandbox({ issues: 200, historyEnds: NOW, handlers: { ...app, escalateComplaints: escalationTrigger({ maxInlineSteps: 1 }) } });
    const outcome = runOutcome.parse(await sandbox.fireScheduledTrigger('register-escalation'));
    expect(outcome.status).toBe('continued');
    const inline = sent(sandbox);
    await sandbox.settle();
    expect(sandbox.consumerErrors).toEqual([]);
    const job = sandbox.kvs.handle('entity/get', { entityName: 'job', key: outcome.jobId });
    expect(job.body).toMatchObject({ value: { kind: 'register-escalation', status: 'done' } });
    expect(sent(sandbox).length).toBeGreaterThan(inline.length);
    const reference = startRegisterSandbox({ issues: 200, historyEnds: NOW });
    await reference.fireScheduledTrigger('register-escalation');
    expect(sent(sandbox).sort()).toEqual(sent(reference).sort());
    reference.close();
  });
});
