import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { foreignRequest, ownOrigin } from '@brm/sandbox/server/origin-guard';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { appManifest } from '#test/support/app';
import { appSandbox } from '#test/support/app';

/**
 * The sandbox's own door: its REST API and bridge endpoints act as the signed-in user, so they
 * answer only the server's own pages and REST clients, never another site's page or a page that
 * reaches the server under a foreign host name.
 */

const admin = demoUser(DEMO_ADMIN_EMAIL);
const agent = demoUser(DEMO_AGENT_EMAIL);
const basic = (email: string): string => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;

let sandbox: Sandbox;
let server: RunningServer;

beforeAll(async () => {
  // The app as it would be without its JSM scopes: requestJira from a frame to JSM is refused.
  const manifest = appManifest();
  manifest.scopes = manifest.scopes.filter((s) => !s.includes('servicedesk'));
  sandbox = appSandbox({ dataDir: ':memory:', manifest });
  seedDemoTenant(sandbox.jira, { issues: 5, now: new Date('2026-06-01T12:00:00Z') });
  server = await startServer({ sandbox, port: 0, log: () => undefined });
});
afterAll(async () => {
  await server.close();
  sandbox.close();
});

/** A raw request, so that the Host header can be what a rebinding page would send. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = (): string => `localhost:${server.port}`;

describe('requests from another origin', () => {
  it('a page of another site cannot sign in or invoke a resolver as the signed-in user (403)', async () => {
    const session = await raw(
      'POST',
      '/__sandbox/session',
      { host: own(), origin: 'https://evil.example', 'content-type': 'application/json' },
      JSON.stringify({ accountId: admin.accountId }),
    );
    expect(session.status).toBe(403);
    const invoke = await raw(
      'POST',
      '/__sandbox/invoke',
      { host: own(), origin: 'http://localhost:1', cookie: server.sessionCookie(admin.accountId), 'content-type': 'application/json' },
      JSON.stringify({ moduleKey: 'brm-admin-page', functionKey: 'getStatus' }),
    );
    expect(invoke.status).toBe(403);
  });

  it('a cross-site fetch to the REST API is refused even without an Origin header (Sec-Fetch-Site)', async () => {
    const answer = await raw('GET', '/rest/api/3/myself', { host: own(), cookie: server.sessionCookie(agent.accountId), 'sec-fetch-site': 'cross-site' });
    expect(answer.status).toBe(403);
  });

  it('a page under a foreign host name (DNS rebinding) is refused, whatever its Origin says', async () => {
    const answer = await raw('GET', '/rest/api/3/myself', { host: `rebind.example:${server.port}`, origin: `http://rebind.example:${server.port}` });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('rebind.example');
    const wrongPort = await raw('GET', '/rest/api/3/myself', { host: 'localhost:1', authorization: basic(agent.email) });
    expect(wrongPort.status).toBe(403);
  });

  it("the server's own pages and a REST client without an Origin (curl) still get through", async () => {
    const curl = await raw('GET', '/rest/api/3/myself', { host: own(), authorization: basic(agent.email) });
    expect(curl.status).toBe(200);
    expect(z.object({ accountId: z.string() }).parse(JSON.parse(curl.text)).accountId).toBe(agent.accountId);
    const page = await raw('GET', '/rest/api/3/myself', {
      host: `127.0.0.1:${server.port}`,
      origin: `http://127.0.0.1:${server.port}`,
      'sec-fetch-site': 'same-origin',
      cookie: server.sessionCookie(agent.accountId),
    });
    expect(page.status).toBe(200);
  });

  it('refuses any Host or Origin that is not the server itself, and lets its own through (property)', () => {
    const door = ownOrigin(8080, '127.0.0.1');
    const ownNames = ['localhost', '127.0.0.1', '[::1]'];
    const hostName = fc.oneof(fc.constantFrom(...ownNames), fc.domain());
    const port = fc.oneof(fc.constant(8080), fc.integer({ min: 1, max: 65535 }));
    fc.assert(
      fc.property(hostName, port, hostName, port, fc.boolean(), (host, hostPort, originHost, originPort, sendOrigin) => {
        const headers = { host: `${host}:${hostPort}`, ...(sendOrigin ? { origin: `http://${originHost}:${originPort}` } : {}) };
        const hostIsOwn = ownNames.includes(host.toLowerCase()) && hostPort === 8080;
        const originIsOwn = !sendOrigin || (ownNames.includes(originHost.toLowerCase()) && originPort === 8080);
        expect(foreignRequest(headers, door) === undefined).toBe(hostIsOwn && originIsOwn);
      }),
    );
  });

  it('the guard names what it refuses', () => {
    const door = ownOrigin(8080, '127.0.0.1');
    expect(foreignRequest({ host: 'localhost:8080' }, door)).toBeUndefined();
    expect(foreignRequest({ host: '[::1]:8080', origin: 'http://[::1]:8080' }, door)).toBeUndefined();
    expect(foreignRequest({ host: 'localhost:8080', origin: 'null' }, door)).toBeDefined();
    expect(foreignRequest({}, door)).toContain('Host');
    expect(foreignRequest({ host: 'sandbox.lan:8080' }, ownOrigin(8080, '0.0.0.0', ['sandbox.lan']))).toBeUndefined();
  });
});

describe("a frame's requestJira (fetchProduct)", () => {
  const product = (path: string, cookie: string) =>
    raw(
      'POST',
      '/__sandbox/product',
      { host: own(), cookie, 'content-type': 'application/json' },
      JSON.stringify({ product: 'jira', restPath: path, method: 'GET', headers: [] }),
    );

  it('runs as the signed-in user where the manifest holds the scopes', async () => {
    const answer = await product('/rest/api/3/project/search', server.sessionCookie(agent.accountId));
    expect(answer.status).toBe(200);
    const relayed = z.object({ status: z.number(), body: z.string() }).parse(JSON.parse(answer.text));
    expect(relayed.status).toBe(200);
    expect(JSON.parse(relayed.body)).toMatchObject({ values: expect.any(Array) });
  });

  it("is refused the way Forge refuses a scope the manifest lacks: 401 'scope does not match' (Get service desks, GET /rest/servicedeskapi/servicedesk)", async () => {
    const answer = await product('/rest/servicedeskapi/servicedesk', server.sessionCookie(agent.accountId));
    const relayed = z.object({ status: z.number(), body: z.string(), headers: z.record(z.string(), z.string()) }).parse(JSON.parse(answer.text));
    expect(relayed.status).toBe(401);
    expect(JSON.parse(relayed.body)).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect(relayed.headers['x-failure-category']).toBe('FAILURE_CLIENT_SCOPE_CHECK');
  });
});
