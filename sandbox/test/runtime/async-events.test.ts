import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { __requestAtlassianAsApp } from '@forge/api';
import { InvocationError, InvocationErrorCode, Queue, type PushEvent } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { ManualClock } from '#sandbox/runtime/clock';
import { Sandbox } from '#sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '#sandbox/seed/demo-users';
import { testManifest } from './test-app';

/**
 * The sandbox's Forge async events (`@forge/events`): the app pushes through the real `Queue`,
 * the sandbox answers as the platform does and delivers each event to the queue's consumer as
 * Forge's "Async events API" page describes (AsyncEvent, retries within the retention window,
 * delay, stats, cancel) and within "Async events limits".
 */

const agent = demoUser(DEMO_AGENT_EMAIL);

type Behaviour = 'ok' | 'throw' | 'retry' | 'hang' | 'write-late' | 'relay';
const relayErrors: string[] = [];
let behaviour: Behaviour = 'ok';
const received: Record<string, unknown>[] = [];
const legacy: unknown[] = [];
let release = (): void => undefined;

const app = new Resolver();
app.define('push', async ({ payload }) => {
  const request = z.object({ queue: z.string(), events: z.array(z.record(z.string(), z.unknown())) }).parse(payload);
  try {
    const { jobId } = await new Queue({ key: request.queue }).push(
      request.events.map((e) => ({ body: z.record(z.string(), z.unknown()).parse(e.body), ...e })),
    );
    return { jobId };
  } catch (error) {
    return { error: error instanceof Error ? error.constructor.name : 'unknown', message: error instanceof Error ? error.message : String(error) };
  }
});
app.define('stats', async ({ payload }) => {
  const { queue, jobId } = z.object({ queue: z.string(), jobId: z.string() }).parse(payload);
  try {
    return await new Queue({ key: queue }).getJob(jobId).getStats();
  } catch (error) {
    return { error: error instanceof Error ? error.constructor.name : 'unknown' };
  }
});
app.define('cancel', async ({ payload }) => {
  const { queue, jobId } = z.object({ queue: z.string(), jobId: z.string() }).parse(payload);
  try {
    await new Queue({ key: queue }).cancel(jobId);
    return 'cancelled';
  } catch (error) {
    return { error: error instanceof Error ? error.constructor.name : 'unknown' };
  }
});
app.define('rawPush', async ({ payload }) => {
  const response = await __requestAtlassianAsApp('/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: await response.text() };
});

const legacyResolver = new Resolver();
legacyResolver.define('on-event', async ({ payload, context }) => {
  legacy.push({ payload, jobId: context.jobId });
});

const handlers = {
  adminResolver: app.getDefinitions(),
  issueResolver: app.getDefinitions(),
  onIssueCreated: async () => undefined,
  worker: async (event: Record<string, unknown>) => {
    received.push(event);
    const mode = behaviour;
    if (mode === 'throw') throw new Error('the worker failed');
    if (mode === 'relay') {
      // Each delivery pushes the next hop of the same chain, a second later (under the per-minute limit).
      try {
        await new Queue({ key: 'work-queue' }).push({ body: { hop: received.length }, delayInSeconds: 1 });
      } catch (error) {
        relayErrors.push(error instanceof Error ? error.constructor.name : 'unknown');
      }
      return undefined;
    }
    if (mode === 'retry')
      return new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED, retryData: { page: 2 } });
    if (mode === 'hang' || mode === 'write-late') {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      if (mode === 'write-late') await kvs.set('late-write', true);
    }
    return undefined;
  },
  legacyConsumer: legacyResolver.getDefinitions(),
  longWorker: async () => undefined,
};

const manifest = testManifest({
  functions: [
    { key: 'worker-fn', handler: 'index.worker' },
    { key: 'legacy-fn', handler: 'index.legacyConsumer' },
    { key: 'long-fn', handler: 'index.longWorker', timeoutSeconds: 600 },
  ],
  consumers: [
    { key: 'work-consumer', queue: 'work-queue', functionKey: 'worker-fn' },
    { key: 'legacy-consumer', queue: 'legacy-queue', functionKey: 'legacy-fn', resolverMethod: 'on-event' },
    { key: 'long-consumer', queue: 'long-queue', functionKey: 'long-fn' },
  ],
});

let clock: ManualClock;
let sandbox: Sandbox;

function open(dataDir = ':memory:', at?: number): Sandbox {
  clock = new ManualClock(at);
  sandbox = new Sandbox({ dataDir, handlers, clock, manifest });
  return sandbox;
}

async function call(functionKey: string, payload: unknown): Promise<unknown> {
  const result = await sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey, accountId: agent.accountId, payload });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function push(queue: string, events: PushEvent[]): Promise<string> {
  const answer = z.object({ jobId: z.string() }).safeParse(await call('push', { queue, events }));
  if (!answer.success) throw new Error('the push failed');
  return answer.data.jobId;
}

const stats = (queue: string, jobId: string) => call('stats', { queue, jobId });

/** Moves the clock to each due delivery in turn and delivers it, until nothing is owed or `until` is passed. */
async function runUntil(until: number): Promise<void> {
  for (;;) {
    await sandbox.runDueEvents();
    const next = sandbox.nextDueAt();
    if (next === undefined || next > until) return;
    await clock.advanceTo(Math.max(next, clock.now()));
  }
}

beforeEach(() => {
  behaviour = 'ok';
  received.length = 0;
  legacy.length = 0;
  relayErrors.length = 0;
  release();
});
afterEach(() => sandbox.close());

describe('delivery to the consumer (Async events API: Event consumer, AsyncEvent)', () => {
  it('calls the consumer function with body, queueName, jobId and eventId, once, as the app', async () => {
    open();
    const jobId = await push('work-queue', [{ body: { page: 1 } }, { body: { page: 2 } }]);
    await sandbox.settle();
    expect(received).toEqual([
      { body: { page: 1 }, queueName: 'work-queue', jobId, eventId: expect.any(String) },
      { body: { page: 2 }, queueName: 'work-queue', jobId, eventId: expect.any(String) },
    ]);
    expect(received[0]?.eventId).not.toBe(received[1]?.eventId);
    expect(await stats('work-queue', jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it('calls a resolver-form consumer (resolver: { function, method }) with the event as payload and the job in context', async () => {
    open();
    const jobId = await push('legacy-queue', [{ body: { hello: 'world' } }]);
    await sandbox.settle();
    expect(legacy).toEqual([{ payload: { body: { hello: 'world' }, queueName: 'legacy-queue', jobId, eventId: expect.any(String) }, jobId }]);
  });

  it('holds an event back for its delayInSeconds', async () => {
    open();
    const jobId = await push('work-queue', [{ body: { later: true }, delayInSeconds: 300 }]);
    await sandbox.settle();
    expect(received).toEqual([]);
    expect(await stats('work-queue', jobId)).toEqual({ success: 0, inProgress: 1, failed: 0 });
    await clock.advance(299_000);
    await sandbox.runDueEvents();
    expect(received).toEqual([]);
    await clock.advance(1_000);
    await sandbox.runDueEvents();
    expect(received).toEqual([expect.objectContaining({ body: { later: true }, delayInSeconds: 300 })]);
  });
});

describe('retries (Async events API: Retries, Retry request)', () => {
  it('retries a consumer that throws, with retryContext.retryCount counting up and the retention window', async () => {
    open();
    const pushedAt = clock.now();
    behaviour = 'throw';
    const jobId = await push('work-queue', [{ body: { n: 1 } }]);
    await sandbox.settle();
    expect(await stats('work-queue', jobId)).toEqual({ success: 0, inProgress: 1, failed: 0 });
    await runUntil(clock.now() + 15_000);
    behaviour = 'ok';
    await runUntil(clock.now() + 30_000);
    expect(received.map((e) => e.retryContext)).toEqual([
      undefined,
      {
        retryCount: 1,
        retryReason: 'FUNCTION_RUNTIME_ERROR',
        retryData: null,
        retentionWindow: { startTime: new Date(pushedAt).toISOString(), remainingTimeMs: 24 * 3600_000 - 15_000 },
      },
      {
        retryCount: 2,
        retryReason: 'FUNCTION_RUNTIME_ERROR',
        retryData: null,
        retentionWindow: expect.objectContaining({ remainingTimeMs: 24 * 3600_000 - 45_000 }),
      },
    ]);
    expect(await stats('work-queue', jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
    expect(sandbox.consumerErrors.map((e) => e.message)).toEqual(['the worker failed', 'the worker failed']);
  });

  it('retries after the retryAfter of a returned InvocationError, passing its reason and retryData', async () => {
    open();
    behaviour = 'retry';
    await push('work-queue', [{ body: { n: 1 } }]);
    await sandbox.settle();
    await clock.advance(29_000);
    await sandbox.runDueEvents();
    expect(received).toHaveLength(1);
    behaviour = 'ok';
    await clock.advance(1_000);
    await sandbox.runDueEvents();
    expect(received[1]?.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { page: 2 } });
  });

  it('counts an event failed once its 24-hour retention window has passed', async () => {
    open();
    behaviour = 'throw';
    const jobId = await push('work-queue', [{ body: { n: 1 } }]);
    await runUntil(clock.now() + 48 * 3600_000);
    expect(await stats('work-queue', jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
    const attempts = received.length;
    expect(attempts).toBeGreaterThan(90);
    expect(received.at(-1)?.retryContext).toMatchObject({ retryCount: attempts - 1 });
    expect(sandbox.nextDueAt()).toBeUndefined();
  });

  it("stops a consumer at its function's limit (55 s by default), refuses its later writes and retries the event (FUNCTION_TIME_OUT)", async () => {
    open();
    behaviour = 'write-late';
    const jobId = await push('work-queue', [{ body: { n: 1 } }]);
    await clock.advance(55_000);
    behaviour = 'ok';
    release();
    await clock.advance(1);
    expect(sandbox.kvs.handle('get', { key: 'late-write' }).status).toBe(404);
    expect(sandbox.runtime.refusedCalls.map((c) => c.invocation)).toEqual(['worker-fn']);
    await runUntil(clock.now() + 60_000);
    expect(received[1]?.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_TIME_OUT' });
    expect(await stats('work-queue', jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });
});

describe('jobs (Async events API: Tracking progress, Cancel a job in progress)', () => {
  it('cancels the events of a job that have not started, and says so in the stats', async () => {
    open();
    const jobId = await push('work-queue', [
      { body: { n: 1 }, delayInSeconds: 60 },
      { body: { n: 2 }, delayInSeconds: 60 },
    ]);
    expect(await call('cancel', { queue: 'work-queue', jobId })).toBe('cancelled');
    await clock.advance(120_000);
    await sandbox.runDueEvents();
    expect(received).toEqual([]);
    expect(await stats('work-queue', jobId)).toEqual({ success: 0, inProgress: 0, failed: 2 });
  });

  it('answers an unknown job, or a job of another queue, with 404 (JobDoesNotExistError)', async () => {
    open();
    const jobId = await push('work-queue', [{ body: { n: 1 } }]);
    expect(await stats('work-queue', 'no-such-job')).toEqual({ error: 'JobDoesNotExistError' });
    expect(await stats('legacy-queue', jobId)).toEqual({ error: 'JobDoesNotExistError' });
    expect(await call('cancel', { queue: 'work-queue', jobId: 'no-such-job' })).toEqual({ error: 'JobDoesNotExistError' });
  });
});

describe('limits (Async events limits)', () => {
  it('refuses a single event over 100 KB for a consumer whose timeout is over 55 s (413, PayloadTooBigError)', async () => {
    open();
    const big = 'x'.repeat(110 * 1024);
    expect(await call('push', { queue: 'long-queue', events: [{ body: { big } }] })).toMatchObject({ error: 'PayloadTooBigError' });
    expect(await call('push', { queue: 'work-queue', events: [{ body: { big } }] })).toMatchObject({ jobId: expect.any(String) });
  });

  it('refuses more than 500 events a minute (429, RateLimitError)', async () => {
    open();
    const fifty = Array.from({ length: 50 }, (_, n) => ({ body: { n }, delayInSeconds: 900 }));
    for (let i = 0; i < 10; i++) expect(await call('push', { queue: 'work-queue', events: fifty })).toMatchObject({ jobId: expect.any(String) });
    expect(await call('push', { queue: 'work-queue', events: [{ body: { n: 501 } }] })).toMatchObject({ error: 'RateLimitError' });
    await clock.advance(60_000);
    expect(await call('push', { queue: 'work-queue', events: [{ body: { n: 501 } }] })).toMatchObject({ jobId: expect.any(String) });
  });

  it('refuses the 1,001st push of a chain of consumers pushing onwards (405, InvocationLimitReachedError: cyclic invocation limit)', async () => {
    open();
    behaviour = 'relay';
    await push('work-queue', [{ body: { hop: 0 }, delayInSeconds: 1 }]);
    await runUntil(clock.now() + 2_000_000);
    expect(relayErrors).toEqual(['InvocationLimitReachedError']);
    expect(received).toHaveLength(1000);
  }, 30_000); // a thousand deliveries: about 2 s alone, more on a machine busy with other suites

  it('checks on the platform side what the package checks too: 50 events a push, 200 KB, the delay, the queue', async () => {
    open();
    const request = (payload: unknown[], queueName = 'work-queue') => ({
      queueName,
      jobId: 'job-x',
      type: 'avi:forge:app:event',
      schema: 'ari:cloud:ecosystem::forge/app-event-2',
      payload,
      time: new Date(clock.now()).toISOString(),
    });
    const status = async (body: unknown) => z.object({ status: z.number() }).parse(await call('rawPush', body)).status;
    expect(await status(request(Array.from({ length: 51 }, () => ({ body: {} }))))).toBe(400);
    expect(await status(request([{ body: { big: 'x'.repeat(201 * 1024) } }]))).toBe(413);
    expect(await status(request([{ body: {}, delayInSeconds: 901 }]))).toBe(400);
    expect(await status(request([{ body: 'not an object' }]))).toBe(400);
    expect(await status(request([{ body: {} }], 'no-consumer-queue'))).toBe(400);
    expect(await status(request([{ body: {} }]))).toBe(201);
  });
});

describe('background delivery (npm start)', () => {
  it('delivers delayed events and retries as the clock passes them, unasked', async () => {
    open();
    sandbox.deliverInBackground();
    behaviour = 'retry';
    await push('work-queue', [{ body: { n: 1 }, delayInSeconds: 120 }]);
    await clock.advance(119_000);
    expect(received).toHaveLength(0);
    await clock.advance(1_000);
    expect(received).toHaveLength(1);
    behaviour = 'ok';
    await clock.advance(30_000);
    expect(received).toHaveLength(2);
    expect(sandbox.nextDueAt()).toBeUndefined();
  });
});

describe('durability (the queue lives in the sandbox SQLite file)', () => {
  it('delivers, after a reopen of the same data folder, the events pushed and not yet consumed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brm-events-'));
    try {
      open(dataDir);
      const start = clock.now();
      const jobId = await push('work-queue', [{ body: { survives: true }, delayInSeconds: 60 }]);
      sandbox.close();

      open(dataDir, start);
      await clock.advance(60_000);
      await sandbox.runDueEvents();
      expect(received).toEqual([{ body: { survives: true }, delayInSeconds: 60, queueName: 'work-queue', jobId, eventId: expect.any(String) }]);
      expect(await stats('work-queue', jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
    } finally {
      sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
