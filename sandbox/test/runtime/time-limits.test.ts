import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { ManualClock } from '#sandbox/runtime/clock';
import { InvocationTimeoutError } from '#sandbox/runtime/forge-runtime';
import { Sandbox } from '#sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { testManifest } from './test-app';

/**
 * Forge stops an invocation at its time limit (Forge platform limits: "Invocation limits"): 25 s
 * for resolvers and product triggers, `timeoutSeconds` (55 s by default, at most 900 s) for
 * functions only scheduled triggers or consumers use. The sandbox's clock is a ManualClock here,
 * so no test waits.
 */

const agent = demoUser(DEMO_AGENT_EMAIL);

/** A promise a test resolves by hand: the handler waits on it as if on slow work. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

let slow = gate();
const remaining: number[] = [];
const triggered: unknown[] = [];
let hangTrigger = false;

const resolver = new Resolver();
resolver.define('slowWrite', async () => {
  remaining.push(getAppContext().invocationRemainingTimeInMillis());
  await kvs.set('before-the-limit', true);
  await slow.wait;
  remaining.push(getAppContext().invocationRemainingTimeInMillis());
  await kvs.set('after-the-limit', true);
  return 'done';
});

const handlers = {
  adminResolver: resolver.getDefinitions(),
  issueResolver: resolver.getDefinitions(),
  onIssueCreated: async (event: unknown) => {
    triggered.push(event);
    if (hangTrigger) await slow.wait;
  },
  nightly: async () => {
    await slow.wait;
    return 'nightly done';
  },
};

let clock: ManualClock;
let sandbox: Sandbox;

function open(extra: Parameters<typeof testManifest>[0] = {}): Sandbox {
  clock = new ManualClock();
  sandbox = new Sandbox({ dataDir: ':memory:', handlers, clock, manifest: testManifest(extra) });
  seedDemoTenant(sandbox.jira, { issues: 3, now: new Date(clock.now()) });
  return sandbox;
}

beforeEach(() => {
  slow = gate();
  remaining.length = 0;
  triggered.length = 0;
  hangTrigger = false;
});
afterEach(() => {
  slow.open();
  sandbox.close();
});

describe('resolvers (Forge invocation limits: 25 s)', () => {
  it('are stopped at 25 s: invoke gets an error, and the stopped resolver cannot write afterwards', async () => {
    open();
    const call = sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'slowWrite', accountId: agent.accountId });
    await clock.advance(25_000);
    await expect(call).resolves.toEqual({ ok: false, error: expect.stringContaining('25 s limit') });
    slow.open();
    await clock.advance(1);
    expect(sandbox.kvs.handle('get', { key: 'before-the-limit' }).status).toBe(200);
    expect(sandbox.kvs.handle('get', { key: 'after-the-limit' }).status).toBe(404);
    expect(sandbox.runtime.refusedCalls).toEqual([{ invocation: 'issue-resolver', method: 'POST', path: '/api/v1/set' }]);
  });

  it('run to the end when they finish inside the limit, and see the time they have left', async () => {
    open();
    const call = sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'slowWrite', accountId: agent.accountId });
    await clock.advance(24_000);
    slow.open();
    await expect(call).resolves.toEqual({ ok: true, value: 'done' });
    expect(remaining).toEqual([25_000, 1_000]);
    expect(sandbox.kvs.handle('get', { key: 'after-the-limit' }).status).toBe(200);
  });
});

describe('scheduled triggers (scheduledTrigger module, function timeoutSeconds)', () => {
  it('run for 55 s by default, then are stopped', async () => {
    open({ functions: [{ key: 'nightly-fn', handler: 'index.nightly' }], scheduledTriggers: [{ key: 'nightly', functionKey: 'nightly-fn', interval: 'day' }] });
    const fired = sandbox.fireScheduledTrigger('nightly');
    const settled = fired.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await clock.advance(54_000);
    await clock.advance(1_000);
    const error = await settled;
    expect(error).toBeInstanceOf(InvocationTimeoutError);
    expect(error).toMatchObject({ limitSeconds: 55 });
  });

  it('run up to their timeoutSeconds', async () => {
    open({
      functions: [{ key: 'nightly-fn', handler: 'index.nightly', timeoutSeconds: 600 }],
      scheduledTriggers: [{ key: 'nightly', functionKey: 'nightly-fn', interval: 'day' }],
    });
    const fired = sandbox.fireScheduledTrigger('nightly');
    await clock.advance(590_000);
    slow.open();
    await expect(fired).resolves.toBe('nightly done');
  });
});

describe('product triggers (Forge invocation limits: 25 s; "Retry Atlassian app events": platform errors are retried)', () => {
  it('are stopped at 25 s and the event is delivered again, with retryContext FUNCTION_TIME_OUT', async () => {
    open();
    hangTrigger = true;
    const created = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'Slow trigger' } }),
      caller: { kind: 'user', accountId: agent.accountId },
    });
    expect(created.status).toBe(201);
    await clock.advance(1);
    expect(triggered).toHaveLength(1);
    await clock.advance(25_000);
    expect(sandbox.triggerErrors.map((e) => e.name)).toEqual(['InvocationTimeoutError']);
    hangTrigger = false;
    await clock.advance(60_000);
    await sandbox.settle();
    expect(triggered).toHaveLength(2);
    const retried = z.object({ retryContext: z.object({ retryCount: z.number(), retryReason: z.string(), retryData: z.null() }) }).parse(triggered[1]);
    expect(retried.retryContext).toEqual({ retryCount: 1, retryReason: 'FUNCTION_TIME_OUT', retryData: null });
    expect(sandbox.nextDueAt()).toBeUndefined();
  });
});
