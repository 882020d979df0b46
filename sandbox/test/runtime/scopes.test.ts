import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asApp, asUser, assumeTrustedRoute } from '@forge/api';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { buildRouter } from '#sandbox/jira/routes/index';
import { Sandbox } from '#sandbox/sandbox';
import { deriveTable } from '#sandbox/runtime/scopes/derive';
import { OperationIndex, scopesGrant } from '#sandbox/runtime/scopes/scope-table';
import { shippedScopeTable } from '#sandbox/runtime/scopes/shipped-table';
import { DEMO_AGENT_EMAIL, demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { testManifest } from './test-app';

/**
 * Forge checks every product and storage call an app makes against the scopes its manifest
 * declares ("Add scopes to call an Atlassian REST API"); each REST operation accepts its classic
 * scopes or its granular scopes, as Atlassian's OpenAPI documents list them.
 */

const agent = demoUser(DEMO_AGENT_EMAIL);
const outcome = z.object({ status: z.number(), body: z.unknown() });

const resolver = new Resolver();
resolver.define('call', async ({ payload }) => {
  const call = z.object({ as: z.enum(['user', 'app']), method: z.string(), path: z.string(), body: z.unknown().optional() }).parse(payload);
  const client = call.as === 'user' ? asUser() : asApp();
  const response = await client.requestJira(assumeTrustedRoute(call.path), {
    method: call.method,
    headers: { 'content-type': 'application/json' },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
});
resolver.define('store', async () => {
  await kvs.set('scope-probe', { at: 1 });
  return 'stored';
});
const handlers = { adminResolver: resolver.getDefinitions(), issueResolver: resolver.getDefinitions(), onIssueCreated: async () => undefined };

function sandboxWith(scopes: string[]): Sandbox {
  const sandbox = new Sandbox({ dataDir: ':memory:', handlers, manifest: testManifest({ scopes }) });
  seedDemoTenant(sandbox.jira, { issues: 5, now: new Date('2026-06-01T12:00:00Z') });
  return sandbox;
}

async function call(sandbox: Sandbox, payload: { as: 'user' | 'app'; method: string; path: string; body?: unknown }) {
  const result = await sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'call', accountId: agent.accountId, payload });
  if (!result.ok) throw new Error(result.error);
  return outcome.parse(result.value);
}

describe('scope checks at the Forge boundary', () => {
  it("refuses Get issue (GET /rest/api/3/issue/{issueIdOrKey}) without read:jira-work with Forge's 401 'scope does not match', for asUser and asApp alike", async () => {
    const sandbox = sandboxWith(['write:jira-work', 'storage:app']);
    for (const as of ['user', 'app'] as const) {
      const answer = await call(sandbox, { as, method: 'GET', path: '/rest/api/3/issue/ACME-1' });
      expect(answer).toEqual({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
    }
    expect(sandbox.runtime.calls.map((c) => c.status)).toEqual([401, 401]);
    sandbox.close();
  });

  it('lets Get issue through with the classic read:jira-work, or with its full granular set instead', async () => {
    const classic = sandboxWith(['read:jira-work']);
    expect((await call(classic, { as: 'app', method: 'GET', path: '/rest/api/3/issue/ACME-1' })).status).toBe(200);
    classic.close();
    const row = new OperationIndex(shippedScopeTable.operations).find('GET', '/rest/api/3/issue/ACME-1');
    const granularSet = row?.granular ?? [];
    expect(granularSet.length).toBeGreaterThan(1);
    const granular = sandboxWith(granularSet);
    expect((await call(granular, { as: 'app', method: 'GET', path: '/rest/api/3/issue/ACME-1' })).status).toBe(200);
    granular.close();
    // A granular set held in part grants nothing.
    const partial = sandboxWith(granularSet.slice(1));
    expect((await call(partial, { as: 'app', method: 'GET', path: '/rest/api/3/issue/ACME-1' })).status).toBe(401);
    partial.close();
  });

  it('refuses Create request type (POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype) to classic scopes: it has granular ones only', async () => {
    const body = { issueTypeId: '10001', name: 'Scope probe', description: '', helpText: '' };
    const classicOnly = sandboxWith([
      'read:servicedesk-request',
      'write:servicedesk-request',
      'manage:servicedesk-customer',
      'manage:jira-project',
      'manage:jira-configuration',
    ]);
    expect((await call(classicOnly, { as: 'app', method: 'POST', path: '/rest/servicedeskapi/servicedesk/1/requesttype', body })).status).toBe(401);
    classicOnly.close();
    const granular = sandboxWith(['read:requesttype:jira-service-management', 'write:requesttype:jira-service-management']);
    expect((await call(granular, { as: 'app', method: 'POST', path: '/rest/servicedeskapi/servicedesk/1/requesttype', body })).status).not.toBe(401);
    granular.close();
  });

  it('does not take an empty classic set for "no scope needed": Update custom field value (PUT /rest/api/3/app/field/{fieldIdOrKey}/value) needs write:app-data:jira', () => {
    const row = new OperationIndex(shippedScopeTable.operations).find('PUT', '/rest/api/3/app/field/customfield_10050/value');
    expect(row).toMatchObject({ classic: [], granular: ['write:app-data:jira'] });
    if (!row) throw new Error('The scope table has no row for Update custom field value.');
    expect(scopesGrant(row, new Set(['read:jira-work', 'write:jira-work']))).toBe(false);
    expect(scopesGrant(row, new Set(['write:app-data:jira']))).toBe(true);
    const serverInfo = new OperationIndex(shippedScopeTable.operations).find('GET', '/rest/api/3/serverInfo');
    if (!serverInfo) throw new Error('The scope table has no row for Get Jira instance info.');
    expect(scopesGrant(serverInfo, new Set())).toBe(true);
  });

  it('fails loudly, naming the operation, when a call has no row in the scope table', async () => {
    const sandbox = sandboxWith(['read:jira-work']);
    const result = await sandbox.invoke({
      moduleKey: 'brm-issue-panel',
      functionKey: 'call',
      accountId: agent.accountId,
      payload: { as: 'app', method: 'GET', path: '/rest/api/3/dashboard' },
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('knows no OAuth scopes for GET /rest/api/3/dashboard') });
    sandbox.close();
  });

  it('refuses storage calls (KVS) without storage:app (Forge manifest permissions: storage:app)', async () => {
    const without = sandboxWith(['read:jira-work']);
    const refused = await without.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'store', accountId: agent.accountId });
    expect(refused.ok).toBe(false);
    expect(without.runtime.calls).toEqual([{ type: 'kvs', method: 'POST', path: '/api/v1/set', caller: 'app', status: 401 }]);
    without.close();
    const withStorage = sandboxWith(['storage:app']);
    expect(await withStorage.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'store', accountId: agent.accountId })).toEqual({ ok: true, value: 'stored' });
    withStorage.close();
  });

  it("reports the manifest's scopes in the app context (getAppContext().permissions)", async () => {
    const sandbox = sandboxWith(['read:jira-work', 'storage:app']);
    const { getAppContext } = await import('@forge/api');
    const scopes = await sandbox.runtime.run({ moduleKey: 'brm-issue-panel' }, async () => getAppContext().permissions?.scopes);
    expect(z.array(z.string()).parse(scopes).sort()).toEqual(['read:jira-work', 'storage:app']);
    sandbox.close();
  });
});

describe('the scope table', () => {
  it('has a row for every REST operation the Jira emulator answers', () => {
    const index = new OperationIndex(shippedScopeTable.operations);
    const missing: string[] = [];
    const router = buildRouter({ search: () => undefined } as never);
    for (const [method, path] of router.templates()) {
      const concrete = path.replace(/\{[^}]+\}/g, '1');
      if (!index.find(method, concrete)) missing.push(`${method} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('records where it comes from: repository, path, commit and document date of each OpenAPI document', () => {
    expect(shippedScopeTable.sources.map((s) => s.api).sort()).toEqual(['jsm', 'platform']);
    for (const source of shippedScopeTable.sources) {
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.documentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(shippedScopeTable.derivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is derived from x-atlassian-oauth2-scopes (Current = classic, Beta = granular), else from security', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brm-derive-'));
    try {
      const doc = (paths: unknown) => JSON.stringify({ info: { version: 'test' }, paths });
      writeFileSync(
        join(dir, 'platform.json'),
        doc({
          '/rest/api/3/thing/{id}': {
            get: {
              operationId: 'getThing',
              'x-atlassian-oauth2-scopes': [
                { state: 'Current', scopes: ['read:jira-work'] },
                { state: 'Beta', scopes: ['read:thing:jira'] },
              ],
            },
            delete: { operationId: 'deleteThing', security: [{ basicAuth: [] }, { OAuth2: ['delete:thing:jira'] }] },
          },
          '/rest/api/3/other': { get: { operationId: 'other', 'x-atlassian-oauth2-scopes': [{ state: 'Current', scopes: ['read:jira-work'] }] } },
        }),
      );
      writeFileSync(join(dir, 'jsm.json'), doc({ '/rest/servicedeskapi/info': { get: { operationId: 'info', security: [{ OAuth2: [] }] } } }));
      const sources = [
        { api: 'platform' as const, file: join(dir, 'platform.json'), source: 'o/r:p.json@0123456789abcdef0123456789abcdef01234567', date: '2025-01-01' },
        { api: 'jsm' as const, file: join(dir, 'jsm.json'), source: 'o/r:j.json@0123456789abcdef0123456789abcdef01234567', date: '2024-01-01' },
      ];
      const table = deriveTable(sources, '* /rest/api/3/thing/{thingId}\nGET /rest/servicedeskapi/info\n', '2026-11-30');
      expect(table.operations).toEqual([
        { method: 'GET', path: '/rest/api/3/thing/{id}', operationId: 'getThing', classic: ['read:jira-work'], granular: ['read:thing:jira'] },
        { method: 'DELETE', path: '/rest/api/3/thing/{id}', operationId: 'deleteThing', classic: null, granular: ['delete:thing:jira'] },
        { method: 'GET', path: '/rest/servicedeskapi/info', operationId: 'info', classic: [], granular: null },
      ]);
      expect(() => deriveTable(sources, 'GET /rest/api/3/nowhere\n', '2026-11-30')).toThrow('GET /rest/api/3/nowhere');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
