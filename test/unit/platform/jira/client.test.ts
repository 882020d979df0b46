import { route } from '@forge/api';
import { z } from 'zod';
import { JiraClient } from '#platform/jira/client';
import { JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { retryAfterMs, type RetryPolicy } from '#platform/jira/retry-policy';
import { ForgeRuntime } from '@brm/sandbox/runtime/forge-runtime';
import type { ProductRequest, ProductResponse } from '@brm/sandbox/runtime/product-types';

/** A Jira that answers from a script, behind the sandbox's real Forge runtime (so @forge/api runs unchanged). */
const script: ProductResponse[] = [];
const seen: ProductRequest[] = [];
const runtime = new ForgeRuntime({
  jira: {
    handle: async (request) => {
      seen.push(request);
      return script.shift() ?? { status: 200, body: { ok: true } };
    },
  },
  kvs: { handle: () => ({ status: 404, body: { code: 'KEY_NOT_FOUND', message: 'none' } }) },
});

const waits: number[] = [];
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, sleep: async (ms) => void waits.push(ms) };
const ok = z.object({ ok: z.boolean() });

beforeAll(() => runtime.install());
beforeEach(() => {
  script.length = 0;
  seen.length = 0;
  waits.length = 0;
});

describe('JiraClient retries', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    script.push({ status: 429, headers: { 'retry-after': '2' }, body: { errorMessages: ['Rate limit exceeded.'] } });
    await expect(new JiraClient('app', policy).get(route`/rest/api/3/myself`, ok)).resolves.toEqual({ ok: true });
    expect(waits).toEqual([2000]);
    expect(seen).toHaveLength(2);
  });

  it('backs off exponentially on 503 without Retry-After', async () => {
    script.push({ status: 503, body: {} }, { status: 503, body: {} });
    await new JiraClient('app', policy).get(route`/rest/api/3/myself`, ok);
    expect(waits).toEqual([500, 1000]);
  });

  it('gives up after the last attempt with a JiraError carrying Jira’s message', async () => {
    for (let i = 0; i < 5; i++) script.push({ status: 429, headers: { 'retry-after': '1' }, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } });
    const failure = new JiraClient('app', policy).get(route`/rest/api/3/myself`, ok);
    await expect(failure).rejects.toBeInstanceOf(JiraError);
    await expect(failure).rejects.toMatchObject({ status: 429, errorMessages: ['Rate limit exceeded.'] });
    expect(seen).toHaveLength(4);
    expect(waits).toHaveLength(3);
  });

  it('does not wait longer than the policy allows', async () => {
    script.push({ status: 429, headers: { 'retry-after': '60' }, body: {} });
    await expect(new JiraClient('app', policy).get(route`/rest/api/3/myself`, ok)).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([]);
  });

  it('never repeats a request that failed with 500 (it may have been written)', async () => {
    script.push({ status: 500, body: { errorMessages: ['Internal server error'] } });
    await expect(new JiraClient('app', policy).write('POST', route`/rest/api/3/issuetype`, { name: 'X' })).rejects.toMatchObject({ status: 500 });
    expect(seen).toHaveLength(1);
  });
});

describe('JiraClient answers', () => {
  it('keeps field errors and JSM’s single errorMessage', async () => {
    script.push({ status: 400, body: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } } });
    await expect(new JiraClient('app', policy).write('POST', route`/rest/api/3/issue`, {})).rejects.toMatchObject({
      errors: { summary: 'You must specify a summary of the issue.' },
    });
    script.push({ status: 404, body: { errorMessage: 'The organization does not exist.' } });
    await expect(new JiraClient('app', policy).get(route`/rest/servicedeskapi/organization/9`, ok)).rejects.toMatchObject({
      errorMessages: ['The organization does not exist.'],
    });
  });

  it('answers undefined from find on 404, and refuses a body of the wrong shape', async () => {
    script.push({ status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] } });
    await expect(new JiraClient('app', policy).find(route`/rest/api/3/issue/ACME-1`, ok)).resolves.toBeUndefined();
    script.push({ status: 200, body: { ok: 'yes' } });
    await expect(new JiraClient('app', policy).get(route`/rest/api/3/myself`, ok)).rejects.toBeInstanceOf(UnexpectedJiraResponse);
  });

  it('sends asUser requests as the invoking user, and JSM requests with the experimental opt-in', async () => {
    await runtime.run({ accountId: 'user-42', moduleKey: 'brm-admin-page' }, () =>
      new JiraClient('user', policy).get(route`/rest/servicedeskapi/servicedesk`, ok),
    );
    expect(seen[0]?.caller).toEqual({ kind: 'user', accountId: 'user-42' });
    expect(seen[0]?.headers['x-experimentalapi']).toBe('opt-in');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
