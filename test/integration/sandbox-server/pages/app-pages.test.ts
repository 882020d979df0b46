import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { appSandbox } from '#test/support/app';

/**
 * The host pages of full-page modules at Jira Cloud's addresses (`jira:projectPage`,
 * `jira:globalPage`), the issue view's transitions (where workflow validators speak), and the
 * page of emails the sandbox recorded instead of sending.
 */

let sandbox: Sandbox;
let server: RunningServer;
const admin = demoUser(DEMO_ADMIN_EMAIL);
const agent = demoUser(DEMO_AGENT_EMAIL);
const kim = demoUser(DEMO_AGENT2_EMAIL);

const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const get = (path: string, accountId: string) => fetch(`${server.url}${path}`, { headers: { cookie: server.sessionCookie(accountId) }, redirect: 'manual' });
const text = async (path: string, accountId: string) => unescape(await (await get(path, accountId)).text());
const post = (path: string, accountId: string, fields: Record<string, string>) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, cookie: server.sessionCookie(accountId) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

const appPath = () => `${sandbox.manifest.appId}/${sandbox.runtime.environmentId}`;

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 20, now: new Date('2026-06-01T12:00:00Z'), kvs: sandbox.kvs });
  server = await startServer({ sandbox, port: 0, log: () => undefined });
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
});

describe('full-page app modules', () => {
  test("a project page is served at Jira Cloud's address, its frame told which project it is in, and linked from the project's sidebar", async () => {
    const acme = sandbox.jira.store.project('ACME');
    const page = await text(`/jira/servicedesk/projects/ACME/apps/${appPath()}`, agent.accountId);
    expect(page).toContain('moduleKey=brm-register-project');
    expect(page).toContain(`"project":{"id":"${acme?.id ?? ''}","key":"ACME","type":"service_desk"}`);
    const list = await text('/jira/servicedesk/projects/ACME/issues', agent.accountId);
    expect(list).toContain(`href="/jira/servicedesk/projects/ACME/apps/${appPath()}"`);
    expect(list).toContain('Complaint register');
  });

  test('a global page is served at /jira/apps/<app>/<environment> and listed among the apps', async () => {
    expect(await text(`/jira/apps/${appPath()}`, agent.accountId)).toContain('moduleKey=brm-global-page');
    expect(await text('/jira/settings/apps', agent.accountId)).toContain(`/jira/apps/${appPath()}`);
  });

  test('another app id, or a project the user cannot see, is a 404 page', async () => {
    expect((await get('/jira/apps/someone-else/prod', agent.accountId)).status).toBe(404);
    expect((await get(`/jira/servicedesk/projects/FIELD/apps/${appPath()}`, kim.accountId)).status).toBe(404);
  });
});

describe('transitions on the issue view', () => {
  /** An open complaint a portal customer reported, its measures taken away (test set-up, straight in the store). */
  const complaint = () => {
    const type = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint');
    const customers = new Set(
      sandbox.jira.store
        .users()
        .filter((u) => u.accountType === 'customer')
        .map((u) => u.accountId),
    );
    const found = sandbox.jira.store.docs.issues.find((i) => i.issueTypeId === type?.id && i.resolutionId === null && customers.has(i.reporterId ?? ''));
    if (!found) throw new Error('no open complaint a customer reported');
    const { 'brm-complaint': _record, ...properties } = found.properties;
    return sandbox.jira.store.docs.issues.put({ ...found, properties });
  };

  test("offer the user's transitions, and show a workflow validator's refusal on the page, leaving the issue as it was", async () => {
    const issue = complaint();
    expect(await text(`/browse/${issue.key}`, agent.accountId)).toContain('data-testid="transition-form"');
    const refused = await post(`/browse/${issue.key}/transitions`, agent.accountId, { transitionId: '61' });
    expect(refused.status).toBe(400);
    expect(unescape(await refused.text())).toContain('cannot be resolved yet: it has no corrective measure');
    expect(sandbox.jira.store.issue(issue.key)?.resolutionId).toBeNull();
  });

  test('move the issue when the workflow allows it, and offer no transitions to a customer', async () => {
    const issue = complaint();
    const moved = await post(`/browse/${issue.key}/transitions`, agent.accountId, { transitionId: '31' });
    expect(moved.status).toBe(303);
    expect(sandbox.jira.store.issue(issue.key)?.statusId).toBe('10002');
    // The customer who reported it sees the request, without transitions.
    const reporter = await text(`/browse/${issue.key}`, issue.reporterId ?? '');
    expect(reporter).toContain(issue.summary);
    expect(reporter).not.toContain('data-testid="transition-form"');
  });
});

describe('sent emails', () => {
  test('show each person the emails sent to them and an admin every one; an admin can run the daily triggers now', async () => {
    expect((await post('/sandbox/emails/run-daily', agent.accountId, {})).status).toBe(403);
    const ran = await post('/sandbox/emails/run-daily', admin.accountId, {});
    expect(ran.status).toBe(303);
    const all = sandbox.jira.store.docs.notifications.all();
    expect(all.length).toBeGreaterThan(0);
    const adminPage = await text('/sandbox/emails', admin.accountId);
    for (const email of all) expect(adminPage).toContain(email.subject);
    const mine = all.filter((n) => n.recipientIds.includes(kim.accountId));
    const others = all.filter((n) => !n.recipientIds.includes(kim.accountId));
    const kimPage = await text('/sandbox/emails', kim.accountId);
    expect(mine.length).toBeGreaterThan(0);
    for (const email of mine) expect(kimPage).toContain(`data-testid="email-${email.id}"`);
    for (const email of others) expect(kimPage).not.toContain(`data-testid="email-${email.id}"`);
  });
});
