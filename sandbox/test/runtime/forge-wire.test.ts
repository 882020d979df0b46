import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import api, { route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import {
  BRIDGE_CALLS,
  BRIDGE_GLOBAL,
  installForgeGlobals,
  resolverEvent,
  routeOf,
  runtimePayloadOf,
  type FetchTarget,
  type WireAppContext,
  type WireRoute,
} from '#sandbox/runtime/forge-wire';

/**
 * The installed @forge/* SDKs still speak the wire runtime/forge-wire.ts answers: each SDK is driven
 * for real against a recording `__forge_fetch__` (or host), and what it sends is held to what the
 * adapter expects. A failure names the package and version that changed, so an upgrade that breaks
 * the sandbox says where to look.
 */

/** The installed version of a package (its package.json, found from its entry point). */
function installedVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = z.object({ name: z.string(), version: z.string() }).parse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
      if (manifest.name === name) return manifest.version;
    } catch {
      // not this folder's package.json
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

/** Fails with the package and version when what it sent is not what the sandbox expects. */
function expectWire(name: string, what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  throw new Error(
    `${name}@${installedVersion(name)} no longer sends ${what} as the sandbox expects (sandbox/runtime/forge-wire.ts).\n` +
      `  expected: ${JSON.stringify(expected)}\n  got:      ${JSON.stringify(actual)}`,
  );
}

const appContext = (): WireAppContext => ({
  appId: 'wire-test',
  appVersion: '1.0.0',
  environmentId: 'wire-env',
  environmentType: 'DEVELOPMENT',
  invocationId: 'wire-invocation',
  installationId: 'wire-installation',
  moduleKey: 'wire-module',
  license: undefined,
  installation: undefined,
  permissions: { scopes: [], external: {} },
});

interface Sent {
  route: WireRoute;
  method: string;
  body: unknown;
}

let sent: Sent[] = [];
let answer: () => Response = () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  sent = [];
  installForgeGlobals(
    async (target: FetchTarget, path: string, init?: RequestInit) => {
      const text = typeof init?.body === 'string' ? init.body : undefined;
      sent.push({ route: routeOf(target, path), method: (init?.method ?? 'GET').toUpperCase(), body: text === undefined ? undefined : JSON.parse(text) });
      return Promise.resolve(answer());
    },
    { appContext, remainingMillis: () => 20_000, newId: () => 'wire-id' },
  );
});

describe('the wire the installed Forge SDKs speak (runtime/forge-wire.ts)', () => {
  test('@forge/api: requestJira asApp and asUser reach Jira through __forge_fetch__ with their provider', async () => {
    await api.asApp().requestJira(route`/rest/api/3/myself`);
    await api.asUser().requestJira(route`/rest/api/3/myself`);
    expectWire(
      '@forge/api',
      'requestJira',
      sent.map((s) => s.route),
      [
        { kind: 'jira', provider: 'app' },
        { kind: 'jira', provider: 'user' },
      ],
    );
  });

  test('@forge/kvs: a get is POST /api/v1/get through __forge_fetch__ with a JSON body', async () => {
    answer = () => new Response(JSON.stringify({ key: 'k', value: 1 }), { status: 200, headers: { 'content-type': 'application/json' } });
    await kvs.get('k');
    expectWire(
      '@forge/kvs',
      'kvs.get',
      sent.map((s) => ({ route: s.route, method: s.method, key: z.object({ key: z.string() }).safeParse(s.body).data?.key })),
      [{ route: { kind: 'kvs', operation: 'get' }, method: 'POST', key: 'k' }],
    );
  });

  test('@forge/events: a push goes to the queue webhook through __forge_fetch__', async () => {
    answer = () => new Response(JSON.stringify({}), { status: 201, headers: { 'content-type': 'application/json' } });
    await new Queue({ key: 'wire-queue' }).push({ body: { n: 1 } });
    expectWire(
      '@forge/events',
      'Queue.push',
      sent.map((s) => s.route),
      [{ kind: 'queue' }],
    );
  });

  test("@forge/resolver: the handler takes the sandbox's event and reads the caller from the runtime payload", async () => {
    const resolver = new Resolver();
    resolver.define('echo', ({ payload, context }) => ({ payload, accountId: context.accountId }));
    const handler = resolver.getDefinitions();
    const answered = await handler(
      resolverEvent('echo', { n: 1 }, { moduleKey: 'wire-module', extension: {} }),
      runtimePayloadOf('ari:cloud:jira::site/wire', 'user-1'),
    );
    expectWire('@forge/resolver', 'the resolver event and principal', answered, { payload: { n: 1 }, accountId: 'user-1' });
  });

  test('@forge/bridge: it calls the host through globalThis.__bridge.callBridge, with names the frames answer', async () => {
    const names: string[] = [];
    Reflect.set(globalThis, BRIDGE_GLOBAL, {
      callBridge: (name: string, payload?: unknown) => {
        names.push(name);
        return Promise.resolve(name === 'invoke' ? { ok: true, payload } : {});
      },
    });
    try {
      // Loaded only now, with the host in place, as a frame loads it after the host's script.
      const bridge = jest.requireActual<typeof import('@forge/bridge')>('@forge/bridge');
      await bridge.invoke('fn', { n: 1 });
      await bridge.view.getContext();
      await bridge.view.submit({ id: '1', name: 'x' });
    } finally {
      Reflect.deleteProperty(globalThis, BRIDGE_GLOBAL);
    }
    expectWire('@forge/bridge', 'its calls', names, ['invoke', 'getContext', 'submit']);
    const known: readonly string[] = BRIDGE_CALLS;
    expectWire(
      '@forge/bridge',
      'call names the frames answer',
      names.filter((name) => !known.includes(name)),
      [],
    );
  });

  test('a change is reported with the package and its installed version', () => {
    expect(() => expectWire('@forge/api', 'requestJira', [{ kind: 'jira' }], [])).toThrow(
      /^@forge\/api@\d+\.\d+\.\d+ no longer sends requestJira as the sandbox expects/,
    );
  });
});
