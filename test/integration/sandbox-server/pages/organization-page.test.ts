import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { appSandbox } from '#test/support/app';
import { DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';

/**
 * The organization page hosts `jiraServiceManagement:organizationPanel` with the Forge context
 * Atlassian documents for the module (`extension: { type, organization: { id }, project: { id,
 * key }, location }`), within a service project that serves the organization; the app's
 * `jira:globalPage` is served at Jira Cloud's address `/jira/apps/<app id>/<environment id>`.
 */

let sandbox: Sandbox;
let server: RunningServer;
let resourceDir: string;

const sam = demoUser(DEMO_AGENT_EMAIL);
const kim = demoUser(DEMO_AGENT2_EMAIL);
const nora = demoUser('nora.lindqvist@northwind-traders.example');
const frameConfig = z.object({ context: z.object({ accountId: z.string(), moduleKey: z.string(), extension: z.record(z.string(), z.unknown()) }) });
const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });
const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function page(path: string, accountId: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`, { headers: as(accountId), redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** The Forge context of the frame of `moduleKey` on a page. */
async function frameContext(text: string, moduleKey: string, accountId: string) {
  const frame = new RegExp(`<iframe [^>]*data-module-key="${moduleKey}"[^>]*>`).exec(text)?.[0];
  const src = frame ? unescape(/ src="([^"]*)"/.exec(frame)?.[1] ?? '') : undefined;
  if (!src) return undefined;
  const framePage = await (await fetch(`${server.url}${src}`, { headers: as(accountId) })).text();
  return frameConfig.parse(JSON.parse(/__forgeSandboxFrame = (.*?);<\/script>/.exec(framePage)?.[1] ?? 'null')).context;
}

const idOf = (name: string): string => sandbox.jira.store.organizations().find((o) => o.name === name)?.id ?? '';

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 4, now: new Date('2026-06-01T12:00:00Z') });
  resourceDir = mkdtempSync(join(tmpdir(), 'brm-org-resource-'));
  writeFileSync(join(resourceDir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  server = await startServer({ sandbox, port: 0, log: () => undefined, resources: new Map([['app', resourceDir]]) });
});

afterAll(async () => {
  await server.close();
  sandbox.close();
  rmSync(resourceDir, { recursive: true, force: true });
});

test("an organization's page in a project gives its panels the documented context: organization, project and location", async () => {
  const northwind = idOf('Northwind Traders');
  const field = sandbox.jira.store.project('FIELD');
  const { status, text } = await page(`/jira/servicedesk/projects/FIELD/organization/${northwind}`, sam.accountId);
  expect(status).toBe(200);
  const context = await frameContext(text, 'brm-customer-panel', sam.accountId);
  expect(context?.extension).toEqual({
    type: 'jiraServiceManagement:organizationPanel',
    organization: { id: northwind },
    project: { id: field?.id, key: 'FIELD' },
    location: `${server.url}/jira/servicedesk/projects/FIELD/organization/${northwind}`,
  });
  // It names the other project the organization is a customer of.
  expect(text).toContain(`/jira/servicedesk/projects/ACME/organization/${northwind}`);
});

test('the organizations list opens an organization in the first project that serves it', async () => {
  const contoso = idOf('Contoso Pharmaceuticals');
  const { status, text } = await page(`/jira/servicedesk/organizations/${contoso}`, kim.accountId);
  expect(status).toBe(200);
  expect((await frameContext(text, 'brm-customer-panel', kim.accountId))?.extension).toMatchObject({ organization: { id: contoso }, project: { key: 'ACME' } });
});

test('a project that does not serve the organization, or that the user cannot see, shows no panel', async () => {
  const contoso = idOf('Contoso Pharmaceuticals');
  const notServed = await page(`/jira/servicedesk/projects/FIELD/organization/${contoso}`, sam.accountId);
  expect(notServed.status).toBe(404);
  expect(notServed.text).not.toContain('data-module-key="brm-customer-panel"');
  expect((await page(`/jira/servicedesk/projects/FIELD/organization/${idOf('Northwind Traders')}`, kim.accountId)).status).toBe(404);
});

test('the global page is served at /jira/apps/<app id>/<environment id>, and listed under Apps', async () => {
  const path = `/jira/apps/${sandbox.runtime.appId}/${sandbox.runtime.environmentId}`;
  const { status, text } = await page(path, sam.accountId);
  expect(status).toBe(200);
  expect((await frameContext(text, 'brm-portfolio-page', sam.accountId))?.extension).toEqual({ type: 'jira:globalPage', location: `${server.url}${path}` });
  expect((await page(`/jira/apps/another-app/${sandbox.runtime.environmentId}`, sam.accountId)).status).toBe(404);
  expect((await page('/jira/settings/apps', sam.accountId)).text).toContain(`href="${path}"`);
  expect((await page(path, nora.accountId)).status).toBe(200);
});
