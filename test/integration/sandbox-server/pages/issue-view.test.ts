import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { putOnScreens } from '@brm/sandbox/test/jira/emulator-fixture';
import { appSandbox } from '#test/support/app';

/**
 * The issue view's app fields: a `jira:customField` shows when it is on the issue's view screen;
 * one with an edit resource offers "Edit" to users whose edit metadata lists it (on the edit screen,
 * and they may edit the issue), and its edit frame gets the Forge context of a custom field edit.
 */

let sandbox: Sandbox;
let server: RunningServer;
let resourceDir: string;

const agent = demoUser(DEMO_AGENT_EMAIL);
const nora = demoUser('nora.lindqvist@northwind-traders.example');

const fields = z.array(z.object({ id: z.string(), name: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const issueRead = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({ issuetype: z.object({ name: z.string() }), project: z.object({ id: z.string(), key: z.string() }) }).passthrough(),
});
const organizations = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const created = z.object({ issueKey: z.string() });
const frameConfig = z.object({
  context: z.object({ accountId: z.string(), moduleKey: z.string(), extension: z.record(z.string(), z.unknown()) }),
  closable: z.boolean(),
});

/** The signed session cookie of a user, as the server's user switcher sets it. */
const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });
const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function jira(method: string, path: string, accountId: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const answer = await sandbox.jira.handle({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    caller: { kind: 'user', accountId },
  });
  return { status: answer.status, body: answer.body };
}

async function issuePage(key: string, accountId: string): Promise<string> {
  const response = await fetch(`${server.url}/browse/${key}`, { headers: as(accountId) });
  expect(response.status).toBe(200);
  return response.text();
}

/** The `data-*` attribute of the element marked `data-testid="<testId>"`'s first iframe. */
function frameAttribute(page: string, testId: string, attribute: string): string | undefined {
  const row = page.indexOf(`data-testid="${testId}"`);
  if (row < 0) return undefined;
  const frame = /<iframe [^>]*>/.exec(page.slice(row))?.[0] ?? '';
  const value = new RegExp(`${attribute}="([^"]*)"`).exec(frame)?.[1];
  return value === undefined ? undefined : unescape(value);
}

/** The Forge context the server writes into an app frame's page. */
async function configOf(src: string, accountId: string): Promise<z.infer<typeof frameConfig>> {
  const page = await (await fetch(`${server.url}${src}`, { headers: as(accountId) })).text();
  const match = /__forgeSandboxFrame = (.*?);<\/script>/.exec(page);
  return frameConfig.parse(JSON.parse(match?.[1] ?? 'null'));
}

function fieldOf(all: z.infer<typeof fields>, moduleKey: string) {
  const field = all.find((f) => f.schema?.custom?.endsWith(`/static/${moduleKey}`));
  if (!field) throw new Error(`No Jira field for ${moduleKey}.`);
  return field;
}

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 12, now: new Date('2026-06-01T12:00:00Z') });
  resourceDir = mkdtempSync(join(tmpdir(), 'brm-field-resource-'));
  writeFileSync(
    join(resourceDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  server = await startServer({ sandbox, port: 0, log: () => undefined, resources: new Map([['app', resourceDir]]) });
  // An admin puts the app's fields on ACME's screens, as a real site needs before they show.
  const all = fields.parse((await jira('GET', '/rest/api/3/field', agent.accountId)).body);
  for (const key of ['brm-customer', 'brm-service', 'brm-planned-cost']) await putOnScreens(sandbox.jira, 'ACME', fieldOf(all, key).id);
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
  rmSync(resourceDir, { recursive: true, force: true });
});

test("an agent's Edit on the Customer field opens the edit frame with the context of a custom field edit, holding the stored value", async () => {
  const customer = fieldOf(fields.parse((await jira('GET', '/rest/api/3/field', agent.accountId)).body), 'brm-customer');
  const organization = organizations.parse((await jira('GET', '/rest/servicedeskapi/organization', agent.accountId)).body).values[0];
  if (!organization) throw new Error('The demo tenant has no organization.');
  const value = { id: organization.id, name: organization.name };
  expect((await jira('PUT', '/rest/api/3/issue/ACME-2', agent.accountId, { fields: { [customer.id]: value } })).status).toBe(204);
  const issue = issueRead.parse((await jira('GET', '/rest/api/3/issue/ACME-2', agent.accountId)).body);

  const page = await issuePage('ACME-2', agent.accountId);
  expect(page).toMatch(/<button type="button"[^>]*data-edit-field aria-label="Edit Customer"[^>]*>Edit<\/button>/);
  const editSrc = frameAttribute(page, 'field-brm-customer', 'data-edit-src');
  expect(editSrc).toMatch(/^\/__app\/app\/\?moduleKey=brm-customer&/);

  const edit = await configOf(editSrc ?? '', agent.accountId);
  expect(edit.closable).toBe(true);
  expect(edit.context.accountId).toBe(agent.accountId);
  expect(edit.context.moduleKey).toBe('brm-customer');
  expect(edit.context.extension).toEqual({
    type: 'jira:customField',
    fieldId: customer.id,
    fieldKey: 'brm-customer',
    fieldType: customer.schema?.custom,
    fieldValue: value,
    issue: { id: issue.id, key: 'ACME-2', type: issue.fields.issuetype.name, typeId: expect.any(String) },
    project: { id: issue.fields.project.id, key: 'ACME', type: 'service_desk' },
    renderContext: 'issue-view',
    entryPoint: 'edit',
  });

  // The view frame beside it shows the same value and cannot close itself.
  const view = await configOf(frameAttribute(page, 'field-brm-customer', 'src') ?? '', agent.accountId);
  expect(view.closable).toBe(false);
  expect(view.context.extension).toMatchObject({ fieldId: customer.id, fieldValue: value, entryPoint: 'view', renderContext: 'issue-view' });
});

test('the Service field offers Edit too; fields without an edit resource do not', async () => {
  const page = await issuePage('ACME-3', agent.accountId);
  expect(frameAttribute(page, 'field-brm-service', 'data-edit-src')).toContain('entryPoint%22%3A%22edit');
  expect(page).toContain('aria-label="Edit Service"');
  expect(page).not.toContain('aria-label="Edit Planned cost"');
});

test("a field on no screen of the issue's project is not shown; one on the view screen but not the edit screen shows without Edit", async () => {
  const fieldPage = await issuePage('FIELD-1', agent.accountId);
  expect(fieldPage).not.toContain('data-testid="field-brm-customer"');
  const all = fields.parse((await jira('GET', '/rest/api/3/field', agent.accountId)).body);
  const service = fieldOf(all, 'brm-service');
  const store = sandbox.jira.store;
  const acme = store.project('ACME');
  const screen = acme ? store.docs.screens.all().find((s) => s.name === 'ACME: Jira Service Management Edit Issue Screen') : undefined;
  const tab = screen?.tabs[0];
  if (!screen || !tab) throw new Error('ACME has no edit screen.');
  const removed = await sandbox.jira.handle({
    method: 'DELETE',
    path: `/rest/api/3/screens/${screen.id}/tabs/${tab.id}/fields/${service.id}`,
    headers: {},
    caller: { kind: 'app' },
  });
  expect(removed.status).toBe(204);
  const page = await issuePage('ACME-4', agent.accountId);
  expect(page).toContain('data-testid="field-brm-service"');
  expect(page).not.toContain('aria-label="Edit Service"');
  expect(page).toContain('aria-label="Edit Customer"');
  await putOnScreens(sandbox.jira, 'ACME', service.id);
});

test('a customer who may see but not edit their request gets the view without Edit', async () => {
  const desk = z
    .object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) })
    .parse((await jira('GET', '/rest/servicedeskapi/servicedesk', nora.accountId)).body)
    .values.find((d) => d.projectKey === 'ACME');
  const type = z
    .object({ values: z.array(z.object({ id: z.string() })) })
    .parse((await jira('GET', `/rest/servicedeskapi/servicedesk/${desk?.id ?? ''}/requesttype`, nora.accountId)).body).values[0];
  const raised = await jira('POST', '/rest/servicedeskapi/request', nora.accountId, {
    serviceDeskId: desk?.id,
    requestTypeId: type?.id,
    requestFieldValues: { summary: 'Keyboard missing keys' },
  });
  expect(raised.status).toBe(201);
  const key = created.parse(raised.body).issueKey;

  const page = await issuePage(key, nora.accountId);
  expect(page).toContain('data-testid="field-brm-customer"');
  expect(frameAttribute(page, 'field-brm-customer', 'src')).toContain('entryPoint%22%3A%22view');
  expect(frameAttribute(page, 'field-brm-customer', 'data-edit-src')).toBeUndefined();
  expect(page).not.toContain('data-edit-field');
});
