import fc from 'fast-check';
import { z } from 'zod';
import { defineContract } from '#kernel/contract';
// The frames' global `__bridge`, as the sandbox's host injects it (its type only).
import type {} from '@brm/sandbox/server/browser/bridge/index';

/**
 * The client goes through the real @forge/bridge `invoke`, which talks to the host's
 * `globalThis.__bridge`; this test plays the host.
 */
type HostAnswer = (name: string, payload: unknown) => Promise<unknown>;
const received: { name: string; payload: unknown }[] = [];
let host: HostAnswer = () => Promise.reject(new Error('no answer set'));
globalThis.__bridge = {
  callBridge: (name: string, payload?: unknown) => {
    received.push({ name, payload });
    return host(name, payload);
  },
};

const greetings = defineContract({
  greet: { input: z.object({ name: z.string().min(1, { error: 'is required' }) }), output: z.object({ greeting: z.string() }) },
});

async function load() {
  const { createClient } = await import('../../../../../static/app/src/shared/bridge-client');
  return createClient(greetings);
}

beforeEach(() => {
  received.length = 0;
});

test('a successful call sends the function key and input through invoke and returns the checked data', async () => {
  const client = await load();
  host = async () => ({ ok: true, data: { greeting: 'Hello, Ada' } });
  const result = await client.call('greet', { name: 'Ada' });
  expect(result).toEqual({ ok: true, data: { greeting: 'Hello, Ada' } });
  expect(received).toHaveLength(1);
  expect(received[0]?.name).toBe('invoke');
  expect(received[0]?.payload).toMatchObject({ functionKey: 'greet', payload: { name: 'Ada' } });
});

test("a resolver's error envelope reaches the UI with its code, message and field", async () => {
  const client = await load();
  host = async () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Jira admins can do this.', field: 'name' } });
  expect(await client.call('greet', { name: 'Ada' })).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: 'Only Jira admins can do this.', field: 'name' },
  });
});

test('an invalid input is refused before anything is sent, naming the field', async () => {
  const client = await load();
  const result = await client.call('greet', { name: '' });
  expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'is required', field: 'name' } });
  expect(received).toHaveLength(0);
});

test('a rejected invoke (resolver threw, network down) becomes an UPSTREAM error, not an exception', async () => {
  const client = await load();
  host = async () => {
    throw new Error('Internal server error');
  };
  const result = await client.call('greet', { name: 'Ada' });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('UPSTREAM');
});

test('an answer that breaks the contract is reported as INTERNAL', async () => {
  const client = await load();
  host = async () => ({ ok: true, data: { greeting: 42 } });
  const result = await client.call('greet', { name: 'Ada' });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('INTERNAL');
});

/** The greeting a raw answer carries when it is a valid success envelope. */
function greetingOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw) || raw.ok !== true || !('data' in raw)) return undefined;
  const data: unknown = raw.data;
  if (typeof data !== 'object' || data === null || !('greeting' in data) || typeof data.greeting !== 'string') return undefined;
  return data.greeting;
}

test('whatever the host answers, the client resolves, and reports success only for a valid envelope', async () => {
  const client = await load();
  const validOk = fc.record({ ok: fc.constant(true), data: fc.record({ greeting: fc.string() }) });
  const validError = fc.record({
    ok: fc.constant(false),
    error: fc.record({ code: fc.constantFrom('FORBIDDEN', 'NOT_FOUND', 'INTERNAL'), message: fc.string() }),
  });
  await fc.assert(
    fc.asyncProperty(fc.oneof(validOk, validError, fc.anything()), async (raw) => {
      host = async () => raw;
      const result = await client.call('greet', { name: 'x' });
      const greeting = greetingOf(raw);
      expect(result.ok).toBe(greeting !== undefined);
      if (result.ok) expect(result.data.greeting).toBe(greeting);
    }),
    { numRuns: 300 },
  );
});
