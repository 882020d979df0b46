import { Script } from 'node:vm';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, DEMO_USERS, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { demoSwitcherUsers } from '@brm/sandbox/server/demo-switcher';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { USER_COOKIE } from '@brm/sandbox/server/session';
import { putOnScreens } from '@brm/sandbox/test/jira/emulator-fixture';
import { appSandbox } from '#test/support/app';

let sandbox: Sandbox;
let server: RunningServer;
let resourceDir: string;

const admin = demoUser(DEMO_ADMIN_EMAIL);
const agent = demoUser(DEMO_AGENT_EMAIL);
const customer = DEMO_USERS.find((u) => u.kind === 'customer' && u.organization === 'Northwind Traders') ?? admin;

const basic = (email: string): string => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;
/** The signed session cookie of a user, as the server's user switcher sets it. */
const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
}

async function invoke(body: unknown, headers: Record<string, string>): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const frameConfig = z.object({
  context: z.object({
    accountId: z.string().optional(),
    moduleKey: z.string(),
    extension: z.record(z.string(), z.unknown()),
    theme: z.object({ colorMode: z.string() }),
  }),
  closable: z.boolean(),
});

function configOf(page: string): z.infer<typeof frameConfig> {
  const match = /__forgeSandboxFrame = (.*?);<\/script>/.exec(page);
  return frameConfig.parse(JSON.parse(match?.[1] ?? 'null'));
}

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 20, now: new Date('2026-06-01T12:00:00Z') });
  // A stand-in for a built surface: what matters here is where the bridge lands, not the app.
  resourceDir = mkdtempSync(join(tmpdir(), 'brm-resource-'));
  writeFileSync(
    join(resourceDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(resourceDir, 'app.js'), 'console.log("app");');
  mkdirSync(join(resourceDir, 'assets'));
  writeFileSync(join(resourceDir, 'assets', 'app-AbC123xy.js'), `console.log(${JSON.stringify('app '.repeat(100))});`);
  server = await startServer({
    sandbox,
    port: 0,
    log: () => undefined,
    switchableUsers: () => demoSwitcherUsers(sandbox.jira.store),
    resources: new Map([['app', resourceDir]]),
  });
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
  rmSync(resourceDir, { recursive: true, force: true });
});

describe('REST', () => {
  const myself = z.object({ accountId: z.string() });

  test('basic auth with a demo email and any token acts as that user', async () => {
    const response = await get('/rest/api/3/myself', { authorization: basic(agent.email) });
    expect(response.status).toBe(200);
    expect(myself.parse(await response.json()).accountId).toBe(agent.accountId);
  });

  test('no credentials reach the emulator as anonymous, which answers 401', async () => {
    expect((await get('/rest/api/3/myself')).status).toBe(401);
  });

  test('credentials of nobody are refused with a basic-auth challenge', async () => {
    const response = await get('/rest/api/3/myself', { authorization: basic('intruder@example.com') });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  test("the host pages' session cookie acts as the signed-in user", async () => {
    const response = await get('/rest/api/3/myself', as(customer.accountId));
    expect(myself.parse(await response.json()).accountId).toBe(customer.accountId);
  });

  test('a write goes through with its body, as the user', async () => {
    const response = await fetch(`${server.url}/rest/api/3/issue/ACME-1/properties/sandbox-test`, {
      method: 'PUT',
      headers: { authorization: basic(agent.email), 'content-type': 'application/json' },
      body: JSON.stringify({ checked: true }),
    });
    expect(response.status).toBeLessThan(300);
    const read = await get('/rest/api/3/issue/ACME-1/properties/sandbox-test', { authorization: basic(agent.email) });
    expect(await read.json()).toMatchObject({ key: 'sandbox-test', value: { checked: true } });
  });
});

describe('bridge invoke', () => {
  const overview = z.object({
    ok: z.literal(true),
    value: z.object({ ok: z.literal(true), data: z.object({ projects: z.array(z.object({ name: z.string(), key: z.string() })) }) }),
  });

  test("runs the module's real resolver as the cookie user and answers Forge's way", async () => {
    const { status, json } = await invoke({ moduleKey: 'brm-admin-page', functionKey: 'getOverview', payload: {} }, as(admin.accountId));
    expect(status).toBe(200);
    const names = overview.parse(json).value.data.projects.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Acme Service Desk', 'Field Services', 'Globex Service Desk']));
  });

  test('the same call as an agent is refused by the resolver, because the cookie user is not a Jira admin', async () => {
    const { json } = await invoke({ moduleKey: 'brm-admin-page', functionKey: 'getOverview', payload: {} }, as(agent.accountId));
    expect(json).toMatchObject({ ok: true, value: { ok: false, error: { code: 'FORBIDDEN' } } });
  });

  test('a module without a resolver is an error the bridge rejects with', async () => {
    const { json } = await invoke({ moduleKey: 'brm-planned-cost', functionKey: 'anything' }, as(admin.accountId));
    expect(json).toEqual({ ok: false, error: expect.stringContaining('brm-planned-cost') });
  });

  test('a body that is not a resolver call is a 400', async () => {
    const { status } = await invoke({ functionKey: 'getOverview' }, as(admin.accountId));
    expect(status).toBe(400);
  });
});

describe('app frames', () => {
  test('the page has the frame configuration and the bridge before the bundle, with the cookie user in the context', async () => {
    const response = await get(`/__app/app/?moduleKey=brm-admin-page`, {
      ...as(agent.accountId),
      cookie: `${as(agent.accountId).cookie}; brm_sandbox_theme=dark`,
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    const configAt = page.indexOf('__forgeSandboxFrame');
    const bridgeAt = page.indexOf('__bridge = {');
    const bundleAt = page.indexOf('src="./assets/app.js"');
    expect(configAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeGreaterThan(configAt);
    expect(bundleAt).toBeGreaterThan(bridgeAt);
    const config = configOf(page);
    expect(config.context).toMatchObject({
      accountId: agent.accountId,
      moduleKey: 'brm-admin-page',
      extension: { type: 'jira:adminPage' },
      theme: { colorMode: 'dark' },
    });
    expect(config.closable).toBe(false);
  });

  test('the extension from the host page reaches the context, and modals are closable', async () => {
    const ext = JSON.stringify({ issue: { id: '10000', key: 'ACME-1' }, project: { id: '1', key: 'ACME' } });
    const page = await (await get(`/__app/app/?moduleKey=brm-feedback-action&closable=1&ext=${encodeURIComponent(ext)}`, as(agent.accountId))).text();
    const config = configOf(page);
    expect(config.context.extension).toEqual({ type: 'jira:issueAction', issue: { id: '10000', key: 'ACME-1' }, project: { id: '1', key: 'ACME' } });
    expect(config.closable).toBe(true);
  });

  test("the resource's other files are served as they are, and nothing outside its folder", async () => {
    const asset = await get('/__app/app/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toContain('console.log("app")');
    expect((await get('/__app/app/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('/__app/nope/')).status).toBe(404);
    expect((await get('/__app/app/')).status).toBe(400);
  });

  test('the entry page is revalidated on each use; hashed files are kept for a year and sent gzipped, as the Forge CDN serves resources', async () => {
    const page = await get('/__app/app/?moduleKey=brm-admin-page', as(agent.accountId));
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const hashed = await get('/__app/app/assets/app-AbC123xy.js', { 'accept-encoding': 'gzip' });
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-encoding')).toBe('gzip');
    expect(await hashed.text()).toContain('console.log("app app ');
    const plain = await get('/__app/app/assets/app-AbC123xy.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await get('/__app/app/app.js')).headers.get('cache-control')).toBe('no-cache');
    const etag = plain.headers.get('etag') ?? '';
    expect((await get('/__app/app/assets/app-AbC123xy.js', { 'accept-encoding': 'identity', 'if-none-match': etag })).status).toBe(304);
  });

  test('the browser scripts are classic scripts: nothing imported or exported at run time', async () => {
    for (const name of ['host.js', 'iframe-bridge.js']) {
      const response = await get(`/__sandbox/assets/${name}`);
      expect(response.status).toBe(200);
      const script = await response.text();
      expect(script).not.toMatch(/^\s*(import|export)\s/m);
      // Compiled as a classic script, without running it: an import or export would not parse.
      expect(() => new Script(script)).not.toThrow();
    }
  });
});

describe('dashboards and their gadgets', () => {
  const save = (headers: Record<string, string>, body: unknown) =>
    fetch(`${server.url}/__sandbox/gadget-config`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  const dashboards = () => sandbox.jira.store.docs.dashboards;

  test('the default dashboard shows the seeded KPI gadget with its configuration, in its view', async () => {
    const gadget = dashboards()
      .get('1')
      ?.gadgets.find((g) => g.moduleKey === 'brm-kpi-gadget');
    expect(gadget?.configuration).toMatchObject({ period: { kind: 'this-month' }, layout: 'tiles' });
    const html = await (await get('/jira/dashboards/1', as(agent.accountId))).text();
    expect(html).toContain(`data-gadget-id="${gadget?.id ?? ''}"`);
    expect(html).toContain('data-refreshable="false"');
    expect(html).toContain('data-refresh-minutes="15"');
    expect(html).not.toContain('data-role="gadget-edit"');
  });

  test('a user creates a dashboard and adds a gadget, which opens in its edit view; its submitted configuration is kept and handed back', async () => {
    const created = await post('/jira/dashboards', { name: 'My KPIs' }, { ...as(agent.accountId), origin: server.url });
    expect(created.status).toBe(303);
    const path = created.headers.get('location') ?? '';
    const id = path.split('/').pop() ?? '';
    expect(dashboards().get(id)).toMatchObject({ name: 'My KPIs', ownerId: agent.accountId, gadgets: [] });
    expect(await (await get(path, as(agent.accountId))).text()).toContain('This dashboard is empty');

    expect((await post(`${path}/gadgets`, { moduleKey: 'brm-kpi-gadget' }, { ...as(agent.accountId), origin: server.url })).status).toBe(303);
    const gadget = dashboards().get(id)?.gadgets[0];
    expect(gadget).toMatchObject({ moduleKey: 'brm-kpi-gadget', configuration: null });
    expect(await (await get(path, as(agent.accountId))).text()).toContain('data-role="gadget-edit"');

    const response = await save(as(agent.accountId), {
      dashboardId: id,
      gadgetId: gadget?.id,
      config: { kpis: [{ id: 'nps' }], period: { kind: 'this-month' } },
    });
    expect(response.status).toBe(200);
    expect(dashboards().get(id)?.gadgets[0]?.configuration).toEqual({ kpis: [{ id: 'nps' }], period: { kind: 'this-month' } });
    expect(await (await get(path, as(agent.accountId))).text()).toContain('&quot;gadgetConfiguration&quot;:{&quot;kpis&quot;');

    expect((await post(`${path}/gadgets/${gadget?.id ?? ''}/remove`, {}, { ...as(agent.accountId), origin: server.url })).status).toBe(303);
    expect(dashboards().get(id)?.gadgets).toEqual([]);
  });

  test('only a signed-in user saves, only an object, and only for a gadget that exists; an unknown dashboard is 404', async () => {
    expect((await save({}, { dashboardId: '1', gadgetId: 'g', config: {} })).status).toBe(401);
    expect((await save(as(agent.accountId), { dashboardId: '1', gadgetId: 'g', config: 'nope' })).status).toBe(400);
    expect((await save(as(agent.accountId), { dashboardId: '1', gadgetId: 'no-such-gadget', config: {} })).status).toBe(404);
    expect((await get('/jira/dashboards/999', as(agent.accountId))).status).toBe(404);
    expect((await post('/jira/dashboards/1/gadgets', { moduleKey: 'not-a-gadget' }, { ...as(agent.accountId), origin: server.url })).status).toBe(400);
  });
});

describe('host pages', () => {
  test('the first visit signs in as the admin and lists the demo users in the switcher', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain(`${USER_COOKIE}=${encodeURIComponent(admin.accountId)}`);
    const page = await response.text();
    expect(page).toContain('Welcome, Ada Admin');
    for (const user of DEMO_USERS.slice(0, 4)) expect(page).toContain(user.displayName);
    // Each service project, with its issues and its portal.
    for (const key of ['ACME', 'FIELD', 'GLOBEX']) expect(page).toContain(`href="/jira/software/projects/${key}/issues"`);
    expect(page).toContain('Globex Service Desk');
  });

  test('the switcher signs in as another user and goes back where it was', async () => {
    const response = await fetch(`${server.url}/__sandbox/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ accountId: agent.accountId, returnTo: '/browse/ACME-2' }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/browse/ACME-2');
    expect(response.headers.get('set-cookie')).toContain(`${USER_COOKIE}=${encodeURIComponent(agent.accountId)}`);
    const offsite = await fetch(`${server.url}/__sandbox/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ accountId: agent.accountId, returnTo: '//evil.example/' }).toString(),
      redirect: 'manual',
    });
    expect(offsite.headers.get('location')).toBe('/');
  });

  test('the issue view shows the issue and every issue module of the manifest where Jira puts it (custom fields once they are on the view screen)', async () => {
    // GLOBEX: BRM is not set up there, so the app's fields are on none of its screens.
    const before = await (await get('/browse/GLOBEX-3', as(agent.accountId))).text();
    expect(before).not.toContain('data-testid="field-brm-customer"');
    for (const field of sandbox.jira.store.fields().filter((f) => f.name === 'Customer' || f.name === 'Planned cost'))
      await putOnScreens(sandbox.jira, 'GLOBEX', field.id);
    const issue = z
      .object({ fields: z.object({ summary: z.string() }) })
      .parse(await (await get('/rest/api/3/issue/GLOBEX-3', { authorization: basic(agent.email) })).json());
    const page = await (await get('/browse/GLOBEX-3', as(agent.accountId))).text();
    expect(page).toContain(issue.fields.summary.replace(/&/g, '&amp;'));
    expect(page).toMatch(/<iframe class="forge-frame"[^>]*src="\/__app\/app\/\?moduleKey=brm-issue-panel[^"]*GLOBEX-3/);
    expect(page).toMatch(/<details class="context-item"[^>]*>\s*<summary>Customer feedback<\/summary>/);
    expect(page).toMatch(/role="menuitem"[^>]*data-module-key="brm-feedback-action"[\s\S]*?>Customer feedback…<\/button>/);
    expect(page).toContain('data-testid="field-brm-customer"');
    expect(page).toContain('>Planned cost<');
  });

  test('a customer cannot open the agent issue view of a request they are not part of', async () => {
    const response = await get('/browse/FIELD-1', as(demoUser('arjun.mehta@litware-health.example').accountId));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).toContain('This issue cannot be shown');
  });

  test('a customer sees their own request on the portal', async () => {
    const requests = z
      .object({ values: z.array(z.object({ issueKey: z.string(), serviceDeskId: z.string() })) })
      .parse(await (await get('/rest/servicedeskapi/request', as(customer.accountId))).json());
    const first = requests.values[0];
    expect(first).toBeDefined();
    if (!first) return;
    const response = await get(`/servicedesk/customer/portal/${first.serviceDeskId}/${first.issueKey}`, as(customer.accountId));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(first.issueKey);
  });

  test('the admin page hosts the jira:adminPage module, whose history lives under the page URL', async () => {
    const page = await (await get('/jira/settings/apps/brm-admin-page/services', as(admin.accountId))).text();
    expect(page).toMatch(/src="\/__app\/app\/\?moduleKey=brm-admin-page[^"]*path=%2Fservices/);
    expect(page).toContain('data-history-base="/jira/settings/apps/brm-admin-page"');
    expect((await get('/jira/settings/apps/no-such-page', as(admin.accountId))).status).toBe(404);
  });

  test('the issue navigator runs the JQL as the user and explains a bad query', async () => {
    const good = await (await get(`/issues?jql=${encodeURIComponent('project = ACME ORDER BY key ASC')}`, as(agent.accountId))).text();
    expect(good).toContain('href="/browse/ACME-1"');
    const bad = await (await get(`/issues?jql=${encodeURIComponent('project = = ACME')}`, as(agent.accountId))).text();
    expect(bad).toContain('The JQL is not valid');
  });

  test('organization and dashboard pages render for an agent', async () => {
    const orgs = z
      .object({ values: z.array(z.object({ id: z.string(), name: z.string() })) })
      .parse(await (await get('/rest/servicedeskapi/organization', as(agent.accountId))).json());
    const org = orgs.values[0];
    expect(org).toBeDefined();
    if (!org) return;
    const page = await get(`/jira/servicedesk/organizations/${org.id}`, as(agent.accountId));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(org.name);
    expect((await get('/jira/dashboards/1', as(agent.accountId))).status).toBe(200);
  });
});
