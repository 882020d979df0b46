import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { appSandbox } from '#test/support/app';

/**
 * The app's module titles as Jira shows them around its frames, from manifest.yml's translations:
 * in the signed-in user's Jira language, and in English for an Indonesian user (Forge has no
 * Indonesian locale code, so Forge reads the default, en-US).
 */

let sandbox: Sandbox;
let server: RunningServer;
let resourceDir: string;

const admin = demoUser(DEMO_ADMIN_EMAIL);
const agent = demoUser(DEMO_AGENT_EMAIL);
const lena = demoUser('lena.fischer@contoso-pharma.example');
const putri = demoUser('putri.wulandari@litware-health.example');

const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });

async function page(path: string, accountId: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`, { headers: as(accountId) });
  expect(response.status).toBe(200);
  return response.text();
}

/** Chooses a language in the header's language menu, as the user does. */
async function speak(accountId: string, locale: string): Promise<void> {
  const response = await fetch(`${server.url}/__sandbox/language`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...as(accountId) },
    body: new URLSearchParams({ locale, returnTo: '/' }).toString(),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
}

/** A request the customer raised, on their portal. */
async function ownRequestPath(accountId: string): Promise<string> {
  const requests = z
    .object({ values: z.array(z.object({ issueKey: z.string(), serviceDeskId: z.string() })) })
    .parse(await (await fetch(`${server.url}/rest/servicedeskapi/request`, { headers: as(accountId) })).json());
  const first = requests.values[0];
  if (!first) throw new Error('The customer has no request.');
  return `/servicedesk/customer/portal/${first.serviceDeskId}/${first.issueKey}`;
}

/** The issue view's panel headings, its ••• menu's items and its context items' labels. */
const issueModuleTitles = (html: string) => ({
  panels: [...html.matchAll(/<section class="issue-panel" aria-label="([^"]*)">/g)].map((m) => m[1]),
  actions: [...html.matchAll(/role="menuitem"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]),
  contexts: [...html.matchAll(/<summary>([^<]*)<\/summary>/g)].map((m) => m[1]),
});

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 12, now: new Date('2026-06-01T12:00:00Z') });
  resourceDir = mkdtempSync(join(tmpdir(), 'brm-titles-resource-'));
  writeFileSync(join(resourceDir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  server = await startServer({ sandbox, port: 0, log: () => undefined, resources: new Map([['app', resourceDir]]) });
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
  rmSync(resourceDir, { recursive: true, force: true });
});

test("the issue view titles the app's panels, action and context items in German for a German agent, in English for an Indonesian one", async () => {
  await speak(agent.accountId, 'de_DE');
  expect(issueModuleTitles(await page('/browse/ACME-1', agent.accountId))).toEqual({
    panels: ['Kundenbeziehung', 'Beschwerdemaßnahmen'],
    actions: ['Kundenfeedback …'],
    contexts: ['Kundenfeedback', 'Kunde'],
  });
  await speak(agent.accountId, 'in_ID');
  expect(issueModuleTitles(await page('/browse/ACME-1', agent.accountId))).toEqual({
    panels: ['Customer relationship', 'Complaint measures'],
    actions: ['Customer feedback…'],
    contexts: ['Customer feedback', 'Customer'],
  });
  await speak(agent.accountId, 'en_US');
});

test("the apps settings list the app's pages in the admin's language; the app's name is the same in every one", async () => {
  await speak(admin.accountId, 'de_DE');
  const german = await page('/jira/settings/apps', admin.accountId);
  for (const title of ['BRM for Jira Service Management', 'Beschwerderegister', 'Kundenportfolio']) expect(german).toContain(`>${title}</a>`);
  expect(await page('/jira/settings/apps/brm-admin-page', admin.accountId)).toContain('<h1 class="visually-hidden">BRM for Jira Service Management</h1>');
  await speak(admin.accountId, 'in_ID');
  const english = await page('/jira/settings/apps', admin.accountId);
  for (const title of ['Complaint register', 'Customer portfolio']) expect(english).toContain(`>${title}</a>`);
  expect(english).not.toContain('Beschwerderegister');
  await speak(admin.accountId, 'en_US');
});

test('the dashboard titles the KPI gadget, and the gadget directory describes it, in the reader’s language', async () => {
  await speak(agent.accountId, 'de_DE');
  const german = await page('/jira/dashboards/1', agent.accountId);
  expect(german).toContain('<h2>BRM-KPIs</h2>');
  expect(german).toContain('<strong>BRM-KPIs</strong><p class="subtle small">KPIs des ITIL Business Relationship Management');
  await speak(agent.accountId, 'in_ID');
  const english = await page('/jira/dashboards/1', agent.accountId);
  expect(english).toContain('<h2>BRM KPIs</h2>');
  expect(english).toContain('<strong>BRM KPIs</strong><p class="subtle small">ITIL Business Relationship Management KPIs');
  await speak(agent.accountId, 'en_US');
});

test('the portal titles the survey panel in German for Lena Fischer and in English for Putri Wulandari (Indonesian), as seeded', async () => {
  expect(sandbox.jira.store.user(lena.accountId)?.locale).toBe('de_DE');
  expect(sandbox.jira.store.user(putri.accountId)?.locale).toBe('in_ID');
  expect(await page(await ownRequestPath(lena.accountId), lena.accountId)).toContain('<h2 class="panel-title">Umfrage zur Kundenzufriedenheit</h2>');
  expect(await page(await ownRequestPath(putri.accountId), putri.accountId)).toContain('<h2 class="panel-title">Customer satisfaction survey</h2>');
});
