import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { putOnScreens } from '@brm/sandbox/test/jira/emulator-fixture';
import { appManifest } from '#test/support/app';
import { appSandbox } from '#test/support/app';

/**
 * Where Jira renders an app's Forge field without the app's view (Forge manifest reference, "Jira
 * custom field", "Rendering hierarchy"): the issue navigator shows the field's formatter text; and
 * where the field's `view.experience` lists `portal-view`, a customer's request page renders the
 * field's view resource, with the portal's context.
 */

let sandbox: Sandbox;
let server: RunningServer;
let resourceDir: string;
let customerField: string;

const agent = demoUser(DEMO_AGENT_EMAIL);
const lena = demoUser('lena.fischer@contoso-pharma.example');
const northwind = { id: '', name: 'Northwind Traders' };
const contoso = { id: '', name: 'Contoso Pharmaceuticals' };

const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });
const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function jira(
  method: string,
  path: string,
  caller: { kind: 'app' } | { kind: 'user'; accountId: string },
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const answer = await sandbox.jira.handle({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    caller,
  });
  return { status: answer.status, body: answer.body };
}

async function page(path: string, accountId: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`, { headers: as(accountId) });
  expect(response.status).toBe(200);
  return response.text();
}

async function setCustomer(key: string, value: unknown): Promise<void> {
  const id = Number(sandbox.jira.store.issue(key)?.id);
  expect((await jira('PUT', `/rest/api/3/app/field/${customerField}/value`, { kind: 'app' }, { updates: [{ issueIds: [id], value }] })).status).toBe(204);
}

beforeAll(async () => {
  // The app's manifest, with a formatter that shows the id too: the list must show the formatter's text, not the name as such.
  const manifest = appManifest();
  const customFields = manifest.customFields.map((f) => (f.key === 'brm-customer' ? { ...f, formatter: '`${value.name} (${value.id})`' } : f));
  sandbox = appSandbox({ dataDir: ':memory:', manifest: { ...manifest, customFields } });
  seedDemoTenant(sandbox.jira, { issues: 8, now: new Date('2026-06-01T12:00:00Z') });
  resourceDir = mkdtempSync(join(tmpdir(), 'brm-field-resource-'));
  writeFileSync(join(resourceDir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  server = await startServer({ sandbox, port: 0, log: () => undefined, resources: new Map([['app', resourceDir]]) });
  customerField = sandbox.jira.store.fields().find((f) => f.name === 'Customer')?.id ?? '';
  northwind.id = sandbox.jira.store.docs.organizations.all().find((o) => o.name === 'Northwind Traders')?.id ?? '';
  contoso.id = sandbox.jira.store.docs.organizations.all().find((o) => o.name === 'Contoso Pharmaceuticals')?.id ?? '';
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
  rmSync(resourceDir, { recursive: true, force: true });
});

test("the issue navigator shows an app field's formatter text in its column (Forge formatter, rendering hierarchy), not its raw value", async () => {
  // A ticket an agent raised may be for any of the desk's organizations, so the app's trigger keeps the value.
  const store = sandbox.jira.store;
  const acme = store.project('ACME')?.id;
  const ticket = store.docs.issues.all().find((i) => i.projectId === acme && i.reporterId !== null && store.user(i.reporterId)?.kind !== 'customer');
  if (!ticket) throw new Error('The demo tenant has no ACME ticket an agent raised.');
  await setCustomer(ticket.key, northwind);
  await sandbox.settle();
  const list = await page(`/issues?jql=${encodeURIComponent('project = ACME ORDER BY key ASC')}`, agent.accountId);
  expect(list).toContain('<th scope="col">Customer</th>');
  expect(list).toContain(`<td data-testid="cell-${customerField}">Northwind Traders (${northwind.id})</td>`);
  expect(list).not.toContain('"name":"Northwind Traders"');
  // A page whose issues have no value shows no such column.
  expect(await page(`/issues?jql=${encodeURIComponent('project = "FIELD"')}`, agent.accountId)).not.toContain('<th scope="col">Customer</th>');
});

test("a customer's request page renders the field's view resource in its portal-view experience, once the field is on the request's view screen", async () => {
  // GLOBEX: BRM is not set up there, so the Customer field is on none of its screens.
  const desk = sandbox.jira.store.serviceDeskOfProject(sandbox.jira.store.project('GLOBEX')?.id ?? '');
  const type = z
    .object({ values: z.array(z.object({ id: z.string() })) })
    .parse((await jira('GET', `/rest/servicedeskapi/servicedesk/${desk?.id ?? ''}/requesttype`, { kind: 'user', accountId: lena.accountId })).body).values[0];
  const raised = await jira(
    'POST',
    '/rest/servicedeskapi/request',
    { kind: 'user', accountId: lena.accountId },
    { serviceDeskId: desk?.id, requestTypeId: type?.id, requestFieldValues: { summary: 'Invoices arrive late' } },
  );
  const key = z.object({ issueKey: z.string() }).parse(raised.body).issueKey;
  await setCustomer(key, contoso);
  const path = `/servicedesk/customer/portal/${desk?.id ?? ''}/${key}`;

  // On no screen yet, as a new Forge field is: the portal does not show it.
  expect(await page(path, lena.accountId)).not.toContain('data-testid="portal-field-brm-customer"');

  await putOnScreens(sandbox.jira, 'GLOBEX', customerField);
  const shown = await page(path, lena.accountId);
  expect(shown).toContain('data-testid="portal-field-brm-customer"');
  const extension = /data-testid="portal-field-brm-customer"[\s\S]*?data-extension="([^"]*)"/.exec(shown)?.[1];
  expect(JSON.parse(unescape(extension ?? 'null'))).toMatchObject({
    fieldId: customerField,
    fieldValue: contoso,
    renderContext: 'portal-view',
    experience: 'portal-view',
    entryPoint: 'view',
    portal: { id: Number(desk?.id) },
    request: { typeId: Number(type?.id) },
    issue: { key },
  });
  // The Service field, also on portal-view but without a value, shows nothing.
  expect(shown).not.toContain('data-testid="portal-field-brm-service"');
});
