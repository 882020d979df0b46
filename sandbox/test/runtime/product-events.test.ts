import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { ManualClock } from '#sandbox/runtime/clock';
import { Sandbox } from '#sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { APP_MANIFEST_PATH } from '#sandbox/test/support/app-under-test';

/**
 * Product events (`avi:jira:created:issue`, …) are written to an outbox in the transaction of the
 * write that caused them and delivered after the commit, so a crash in between loses none; a
 * trigger's retries follow Forge's "Retry Atlassian app events".
 */

const agent = demoUser(DEMO_AGENT_EMAIL);
const issueEvent = z.object({
  issue: z.object({ key: z.string() }),
  retryContext: z.object({ retryCount: z.number(), retryReason: z.string(), retryData: z.unknown() }).optional(),
});

let mode: 'ok' | 'retry' | 'throw' = 'ok';
const triggered: z.infer<typeof issueEvent>[] = [];
const handlers = {
  onIssueCreated: async (event: unknown) => {
    triggered.push(issueEvent.parse(event));
    if (mode === 'retry')
      return new InvocationError({ retryAfter: 10, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST, retryData: { step: triggered.length } });
    if (mode === 'throw') throw new Error('the trigger failed');
    return undefined;
  },
};

function createIssue(sandbox: Sandbox, summary: string): Promise<string> {
  return sandbox.jira
    .handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary } }),
      caller: { kind: 'user', accountId: agent.accountId },
    })
    .then((answer) => z.object({ key: z.string() }).parse(answer.body).key);
}

let dataDir: string;
beforeEach(() => {
  mode = 'ok';
  triggered.length = 0;
  dataDir = mkdtempSync(join(tmpdir(), 'brm-outbox-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('durable product events', () => {
  it('delivers after a reopen an event whose write committed but whose delivery never began', async () => {
    const first = new Sandbox({ dataDir, handlers, manifest: APP_MANIFEST_PATH });
    seedDemoTenant(first.jira, { issues: 2 });
    const key = await createIssue(first, 'Committed, not yet delivered');
    first.close();
    expect(triggered).toEqual([]);

    const second = new Sandbox({ dataDir, handlers, manifest: APP_MANIFEST_PATH });
    await second.settle();
    expect(triggered.map((e) => e.issue.key)).toEqual([key]);
    second.close();
    const third = new Sandbox({ dataDir, handlers, manifest: APP_MANIFEST_PATH });
    await third.settle();
    expect(triggered).toHaveLength(1);
    third.close();
  });

  it('survives a SIGKILL while the trigger runs: the next sandbox delivers the event once its time limit has passed', async () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'fixtures', 'create-then-crash.ts'), dataDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    const key = child.stdout.trim();
    expect(key).toMatch(/^ACME-\d+$/);

    const clock = new ManualClock(Date.now());
    const reopened = new Sandbox({ dataDir, handlers, clock, manifest: APP_MANIFEST_PATH });
    await reopened.settle();
    await clock.advance(26_000);
    await reopened.settle();
    expect(triggered.map((e) => e.issue.key)).toEqual([key]);
    expect(reopened.nextDueAt()).toBeUndefined();
    reopened.close();
  });
});

describe('trigger retries ("Retry Atlassian app events")', () => {
  it('retries an event whose trigger returns InvocationError after its retryAfter, at most four times', async () => {
    const clock = new ManualClock();
    const sandbox = new Sandbox({ dataDir: ':memory:', handlers, clock, manifest: APP_MANIFEST_PATH });
    seedDemoTenant(sandbox.jira, { issues: 2, now: new Date(clock.now()) });
    mode = 'retry';
    await createIssue(sandbox, 'Retry me');
    await sandbox.settle();
    for (let i = 0; i < 6; i++) {
      await clock.advance(10_000);
      await sandbox.settle();
    }
    expect(triggered.map((e) => e.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { step: 1 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { step: 2 } },
      { retryCount: 3, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { step: 3 } },
      { retryCount: 4, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { step: 4 } },
    ]);
    expect(sandbox.triggerErrors.map((e) => e.message)).toEqual([expect.stringContaining('after 4 retries')]);
    expect(sandbox.nextDueAt()).toBeUndefined();
    sandbox.close();
  });

  it('does not retry a trigger that throws: the error is recorded and the event dropped', async () => {
    const sandbox = new Sandbox({ dataDir: ':memory:', handlers, manifest: APP_MANIFEST_PATH });
    seedDemoTenant(sandbox.jira, { issues: 2 });
    mode = 'throw';
    await createIssue(sandbox, 'Fail once');
    await sandbox.settle();
    expect(triggered).toHaveLength(1);
    expect(sandbox.triggerErrors.map((e) => e.message)).toEqual(['the trigger failed']);
    expect(sandbox.nextDueAt()).toBeUndefined();
    sandbox.close();
  });
});
