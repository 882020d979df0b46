import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { defineJob } from '#platform/jobs/define-job';
import type { StoredJob } from '#platform/jobs/job-record';
import { pushJobEvent } from '#platform/jobs/job-queue';
import { cancelJob, findJob, JobTooLargeError, MAX_JOB_BYTES, startJob } from '#platform/jobs/jobs';
import { readJob, writeJob } from '#platform/jobs/job-store';
import { deliverJobEvent, type DeliveryEnd, type RunnerOptions } from '#platform/jobs/runner';
import { ManualClock } from '@brm/sandbox/runtime/clock';
import { Sandbox } from '@brm/sandbox/sandbox';
import { MANIFEST_PATH } from '#test/support/app';

/**
 * The job runner through the sandbox: jobs are KVS records in the KVS emulator, events go through
 * `@forge/events` to the events emulator, which delivers them to the manifest's `consumer` with
 * Forge's time limit (job-runner: timeoutSeconds 300) on a manual clock.
 */

const LIMIT_MS = 300_000;

/** What each step did, in order: `<jobId>:<step>@<delivery>` (a step cut short shows up twice). */
const stepLog: string[] = [];
/** How each delivery ended. */
const ends: DeliveryEnd[] = [];
/** Whether each step ran as the first one after a takeover. */
const resumedSteps: boolean[] = [];
let clock: ManualClock;
let sandbox: Sandbox;
/** Steps that wait for the test to let them finish, by step number. */
const gates = new Map<number, { reached: boolean; open: () => void; opened: Promise<void> }>();
let delivery = 0;

function gate(step: number) {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const entry = { reached: false, open, opened };
  gates.set(step, entry);
  return entry;
}

/**
 * A job that counts to `steps`: each step writes KVS key `counted-<job>-<n>` (its one write), takes
 * `stepMs` of the clock, and, when it runs after a takeover, first looks whether its write is
 * already there, as a real job kind must.
 */
const countJob = defineJob({
  kind: 'count',
  params: z.object({ steps: z.number().int(), stepMs: z.number().int(), failAt: z.number().int().optional() }),
  checkpoint: z.object({ next: z.number().int() }),
  result: z.object({ counted: z.number().int() }),
  stepSeconds: 60,
  async step(params, checkpoint, context) {
    const n = checkpoint.next;
    resumedSteps.push(context.resumed);
    if (params.failAt === n) throw new Error('the counter broke');
    const key = `counted-${context.jobId}-${n}`;
    if (!context.resumed || (await kvs.get(key)) === undefined) await kvs.set(key, n);
    stepLog.push(`${n}@${delivery}`);
    const waiting = gates.get(n);
    if (waiting) {
      waiting.reached = true;
      await waiting.opened;
    }
    if (params.stepMs > 0) await clock.advance(params.stepMs);
    const progress = { done: n, total: params.steps, label: `counted to ${n}` };
    return n >= params.steps ? { status: 'done', result: { counted: n }, progress } : { status: 'continue', checkpoint: { next: n + 1 }, progress };
  },
});

const options = (): RunnerOptions => ({ jobs: [countJob], now: () => clock.now() });

function open(): void {
  clock = new ManualClock();
  const runJobs = async (event: unknown) => {
    delivery += 1;
    const outcome = await deliverJobEvent(event, options());
    ends.push(outcome.end);
    return outcome.retry;
  };
  sandbox = new Sandbox({ dataDir: ':memory:', handlers: { runJobs }, clock, manifest: MANIFEST_PATH });
}

const start = (params: { steps: number; stepMs?: number; failAt?: number }, scope = 'site', push?: (id: string) => Promise<void>) =>
  startJob(
    countJob,
    { scope, params: { stepMs: 0, ...params }, checkpoint: { next: 1 }, progress: { done: 0, total: params.steps, label: 'starting' }, startedBy: 'admin-1' },
    { now: () => clock.now(), ...(push ? { push } : {}) },
  );

/** Lets queued work run until `done()` holds (deliveries start on their own as events are pushed). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('gave up waiting');
}

/** Moves the clock to each due delivery in turn and delivers it, until nothing is owed. */
async function runAll(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await sandbox.runDueEvents();
    const next = sandbox.nextDueAt();
    if (next === undefined) return;
    await clock.advanceTo(Math.max(next, clock.now()));
  }
  throw new Error('deliveries never stopped');
}

/** KVS writes of each plain key, as the KVS emulator received them. */
const writesByKey = new Map<string, number>();
/** The KVS emulator's own handler, and what a test wants done just before each request reaches it. */
let realKvs: Sandbox['kvs']['handle'] = () => ({ status: 500, body: {} });
let beforeKvs: (operation: string, body: unknown) => void = () => undefined;
const kvsWritesOf = (key: string): number => writesByKey.get(key) ?? 0;

beforeEach(() => {
  stepLog.length = 0;
  ends.length = 0;
  resumedSteps.length = 0;
  gates.clear();
  delivery = 0;
  writesByKey.clear();
  open();
  // Count each KVS write by key, as the KVS emulator receives them.
  realKvs = sandbox.kvs.handle.bind(sandbox.kvs);
  beforeKvs = () => undefined;
  jest.spyOn(sandbox.kvs, 'handle').mockImplementation((operation, body) => {
    beforeKvs(operation, body);
    const key = z.object({ key: z.string() }).safeParse(body);
    if (operation === 'set' && key.success) writesByKey.set(key.data.key, (writesByKey.get(key.data.key) ?? 0) + 1);
    return realKvs(operation, body);
  });
});
afterEach(() => {
  for (const g of gates.values()) g.open();
  sandbox.close();
});

describe('the job runner (Forge async events, consumer with timeoutSeconds 300)', () => {
  it('completes a job that needs several deliveries, stopping each before its time limit and pushing a continuation', async () => {
    const { job } = await start({ steps: 12, stepMs: 50_000 });
    await runAll();
    const done = await findJob(countJob, job.id);
    expect(done).toMatchObject({ status: 'done', result: { counted: 12 }, progress: { done: 12, total: 12 }, leaseHolder: '', stepCount: 12 });
    // Five 50 s steps fit in 300 s with a 60 s step and a 15 s reserve; then the delivery hands over.
    expect(stepLog).toEqual(['1@1', '2@1', '3@1', '4@1', '5@1', '6@2', '7@2', '8@2', '9@2', '10@2', '11@3', '12@3']);
    expect(ends).toEqual(['continued', 'continued', 'finished']);
    expect(sandbox.consumerErrors).toEqual([]);
    expect(sandbox.runtime.calls.filter((c) => c.type === 'events' && c.path.startsWith('/webhook/queue/publish/')).length).toBe(3);
  });

  it('resumes a delivery Forge stopped mid-step from its checkpoint, in a retry that takes over the expired lease, repeating no write', async () => {
    const cut = gate(3);
    const { job } = await start({ steps: 5 });
    await until(() => cut.reached);
    // Forge stops the consumer at its 300 s limit while step 3 has written and not yet returned.
    await clock.advance(LIMIT_MS);
    cut.open();
    await until(() => sandbox.runtime.refusedCalls.length > 0);
    expect(sandbox.runtime.refusedCalls.map((c) => c.invocation)).toEqual(['job-runner']);
    await runAll();
    const done = await findJob(countJob, job.id);
    expect(done).toMatchObject({ status: 'done', result: { counted: 5 } });
    // Steps 1 and 2 were checkpointed and not run again; step 3 ran again after the takeover, looked, and did not write again.
    expect(stepLog).toEqual(['1@1', '2@1', '3@1', '3@2', '4@2', '5@2']);
    expect(resumedSteps).toEqual([false, false, false, true, false, false]);
    for (let n = 1; n <= 5; n++) expect([n, kvsWritesOf(`counted-${job.id}-${n}`)]).toEqual([n, 1]);
    expect(sandbox.consumerErrors.map((e) => e.name)).toEqual(['InvocationTimeoutError']);
  });

  it('lets a duplicate delivery of the event leave quietly while another holds a live lease, so no step runs twice', async () => {
    const first = gate(1);
    const { job } = await start({ steps: 3 });
    await until(() => first.reached);
    await pushJobEvent(job.id);
    await until(() => ends.includes('busy'));
    first.open();
    await runAll();
    expect(ends).toEqual(['busy', 'finished']);
    expect(stepLog.map((entry) => entry.split('@')[0])).toEqual(['1', '2', '3']);
    expect(await findJob(countJob, job.id)).toMatchObject({ status: 'done', result: { counted: 3 } });
  });

  it('takes over an expired lease, and asks Forge to retry a redelivery later while the lease still runs', async () => {
    const { job } = await start({ steps: 2 }, 'site', async () => undefined);
    const read = await readJob(job.id);
    if (!read) throw new Error('no job');
    const { id, ...stored } = read;
    const ghost: StoredJob = { ...stored, status: 'running', leaseHolder: 'a-delivery-that-died', leaseUntil: clock.now() + 60_000 };
    expect(await writeJob(id, ghost, { leaseHolder: '', stepCount: 0 })).toBe(true);

    const retried = await deliverJobEvent({ body: { jobId: id }, retryContext: { retryCount: 1, retryReason: 'FUNCTION_RUNTIME_ERROR' } }, options());
    expect(retried.end).toBe('busy');
    expect(retried.retry?.retryOptions).toMatchObject({ retryAfter: 61, retryReason: 'FUNCTION_RETRY_REQUEST' });

    await clock.advance(60_000);
    await pushJobEvent(id);
    await runAll();
    expect(await findJob(countJob, id)).toMatchObject({ status: 'done', result: { counted: 2 }, leaseHolder: '' });
    expect(resumedSteps).toEqual([true, false]);
  });

  it('answers the active job of a kind and scope instead of starting another, and queues it again once it has stalled', async () => {
    const lost = async () => undefined;
    const first = await start({ steps: 2 }, 'site', lost);
    const second = await start({ steps: 9 }, 'site', lost);
    expect(second).toEqual({ started: false, job: first.job });
    expect(ends).toEqual([]);
    const other = await start({ steps: 1 }, 'elsewhere');
    expect(other.started).toBe(true);
    await runAll();
    expect(await findJob(countJob, first.job.id)).toMatchObject({ status: 'queued' });

    await clock.advance(3 * 60_000);
    expect((await start({ steps: 9 })).job.id).toBe(first.job.id);
    await runAll();
    expect(await findJob(countJob, first.job.id)).toMatchObject({ status: 'done', result: { counted: 2 } });
    expect((await start({ steps: 1 })).started).toBe(true);
  });

  it('cancels a job: at once when nobody works on it, else after the step under way, whose writes it records', async () => {
    const queued = await start({ steps: 3 }, 'site', async () => undefined);
    expect(await cancelJob(countJob, queued.job.id, { now: () => clock.now() })).toMatchObject({ status: 'cancelled', cancelRequested: true });

    const second = gate(2);
    const running = await start({ steps: 4 });
    expect(running.started).toBe(true);
    await until(() => second.reached);
    expect(await cancelJob(countJob, running.job.id, { now: () => clock.now() })).toMatchObject({ status: 'running', cancelRequested: true });
    second.open();
    await runAll();
    expect(await findJob(countJob, running.job.id)).toMatchObject({ status: 'cancelled', checkpoint: { next: 3 }, progress: { done: 2 } });
    expect(stepLog).toEqual(['1@1', '2@1']);
    expect((await start({ steps: 1 })).started).toBe(true);
  });

  it('does not bring back a job that a cancel ended between a delivery reading it and taking its lease', async () => {
    const { job } = await start({ steps: 2 }, 'site', async () => undefined);
    const read = await readJob(job.id);
    if (!read) throw new Error('no job');
    const { id, ...stored } = read;
    let cancelled = false;
    beforeKvs = (operation, body) => {
      // Just before the delivery's conditional write lands, a cancel ends the job.
      if (operation !== 'transaction' || cancelled || !JSON.stringify(body).includes('"status":"running"')) return;
      cancelled = true;
      realKvs('entity/set', {
        entityName: 'job',
        key: id,
        value: { ...stored, status: 'cancelled', cancelRequested: true, finishedAt: new Date(clock.now()).toISOString() },
      });
    };
    expect((await deliverJobEvent({ body: { jobId: id } }, options())).end).toBe('lost');
    expect(await readJob(id)).toMatchObject({ status: 'cancelled', leaseHolder: '' });
    expect(stepLog).toEqual([]);
  });

  it('refuses a job whose record would not fit one KVS value (240 KiB), writing nothing', async () => {
    const huge = startJob(countJob, {
      scope: 'site',
      params: { steps: 1, stepMs: 0 },
      checkpoint: { next: 1 },
      progress: { done: 0, total: 1, label: 'x'.repeat(MAX_JOB_BYTES) },
      startedBy: 'admin-1',
    });
    await expect(huge).rejects.toThrow(JobTooLargeError);
    expect(sandbox.runtime.calls.filter((c) => c.type === 'kvs' && !c.path.endsWith('/get')).map((c) => c.path)).toEqual([]);
    expect(sandbox.runtime.calls.filter((c) => c.type === 'events')).toEqual([]);
  });

  it('keeps the result and drops the checkpoint once a job has ended with one', async () => {
    const { job } = await start({ steps: 2 });
    await runAll();
    const ended = await readJob(job.id);
    expect(ended).toMatchObject({ status: 'done', result: { counted: 2 } });
    expect(ended?.checkpoint).toBeUndefined();
  });

  it('records why a job failed, in words in every language, and frees its slot', async () => {
    const { job } = await start({ steps: 3, failAt: 2 });
    await runAll();
    expect(await findJob(countJob, job.id)).toMatchObject({
      status: 'failed',
      error: 'The job stopped on an unexpected error: the counter broke',
      errorText: {
        en: 'The job stopped on an unexpected error: the counter broke',
        de: 'Der Job wurde durch einen unerwarteten Fehler angehalten: the counter broke',
        'zh-CN': '作业因意外错误而停止：the counter broke',
      },
      progress: { done: 1 },
    });
    expect((await start({ steps: 1 })).started).toBe(true);
  });
});
