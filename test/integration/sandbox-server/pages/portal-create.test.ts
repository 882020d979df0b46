import fc from 'fast-check';
import { z } from 'zod';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { appSandbox } from '#test/support/app';

/**
 * The help center's "Create request": a portal's request types, the form of one, and its send,
 * through the real server and the Jira emulator, as the signed-in user.
 */

let sandbox: Sandbox;
let server: RunningServer;

const nora = demoUser('nora.lindqvist@northwind-traders.example');
const arjun = demoUser('arjun.mehta@litware-health.example');
const agent = demoUser(DEMO_AGENT_EMAIL);

const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) });
const requestTypes = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const customerRequest = z.object({
  issueKey: z.string(),
  requestTypeId: z.string(),
  reporter: z.object({ accountId: z.string() }),
  requestFieldValues: z.array(z.object({ fieldId: z.string(), value: z.unknown() })),
});
const requestList = z.object({ values: z.array(z.object({ issueKey: z.string() })) });
const jiraErrors = z.object({ errors: z.record(z.string(), z.string()) });

/** The signed session cookie of a user, as the server's user switcher sets it. */
const as = (accountId: string): Record<string, string> => ({ cookie: server.sessionCookie(accountId) });

/** Asks the emulator directly, as a user: what Jira holds, independent of the pages. */
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

const get = (path: string, accountId: string) => fetch(`${server.url}${path}`, { headers: as(accountId), redirect: 'manual' });

/** Sends the create form as the browser does: a urlencoded body, from the site's own page. */
function send(path: string, accountId: string | undefined, fields: Record<string, string>, origin = server.url): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...(accountId ? as(accountId) : {}) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

async function deskId(projectKey: string): Promise<string> {
  const desk = desks.parse((await jira('GET', '/rest/servicedeskapi/servicedesk', agent.accountId)).body).values.find((d) => d.projectKey === projectKey);
  if (!desk) throw new Error(`The demo tenant has no ${projectKey} desk.`);
  return desk.id;
}

async function typesOf(desk: string, accountId: string) {
  return requestTypes.parse((await jira('GET', `/rest/servicedeskapi/servicedesk/${desk}/requesttype`, accountId)).body).values;
}

async function requestCount(accountId: string): Promise<number> {
  return requestList.parse((await jira('GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS&limit=100', accountId)).body).values.length;
}

const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

let acme: string;
let field: string;

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 12, now: new Date('2026-06-01T12:00:00Z') });
  server = await startServer({ sandbox, port: 0, log: () => undefined });
  acme = await deskId('ACME');
  field = await deskId('FIELD');
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
});

describe('the help center', () => {
  test('lists exactly the portals the user may raise requests in, each leading to its home', async () => {
    for (const user of [nora, arjun]) {
      const visible = desks.parse((await jira('GET', '/rest/servicedeskapi/servicedesk', user.accountId)).body).values.map((d) => d.id);
      const page = await (await get('/servicedesk/customer/portals', user.accountId)).text();
      const linked = [...page.matchAll(/href="\/servicedesk\/customer\/portal\/([^/"]+)"/g)].map((m) => m[1]);
      expect(linked).toEqual(visible);
    }
    // Litware is a customer of ACME only; Northwind also of FIELD.
    expect(await (await get('/servicedesk/customer/portals', arjun.accountId)).text()).not.toContain(`/servicedesk/customer/portal/${field}"`);
    expect(await (await get('/servicedesk/customer/portals', nora.accountId)).text()).toContain(`/servicedesk/customer/portal/${field}"`);
  });
});

describe('the portal home', () => {
  test("lists every request type the customer may see, each leading to that type's form", async () => {
    const types = await typesOf(acme, nora.accountId);
    expect(types.length).toBeGreaterThan(0);
    const response = await get(`/servicedesk/customer/portal/${acme}`, nora.accountId);
    expect(response.status).toBe(200);
    const page = await response.text();
    for (const type of types) {
      expect(page).toContain(`href="/servicedesk/customer/portal/${acme}/create/${type.id}"`);
      expect(page).toContain(`>${type.name}<`);
    }
  });

  test('a customer of another portal is told it cannot be shown, with no request types', async () => {
    const response = await get(`/servicedesk/customer/portal/${field}`, arjun.accountId);
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain('This portal cannot be shown');
    expect(page).not.toContain('/create/');
  });
});

describe('the create form', () => {
  test("shows the request type's labelled fields and the portal's other request types, the current one marked", async () => {
    const types = await typesOf(acme, nora.accountId);
    const current = types[1] ?? types[0];
    if (!current) throw new Error('ACME has no request types.');
    const response = await get(`/servicedesk/customer/portal/${acme}/create/${current.id}`, nora.accountId);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`<h1>${current.name}</h1>`);
    expect(page).toMatch(/<label for="summary">Summary/);
    expect(page).toMatch(/<input id="summary" name="summary"[^>]* required/);
    expect(page).toMatch(/<label for="description">Description<\/label>/);
    expect(page).toMatch(/<textarea id="description" name="description"/);
    expect(page).toContain(`action="/servicedesk/customer/portal/${acme}/create/${current.id}"`);
    const picker = /data-testid="request-type-picker">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    expect([...picker.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => unescape(m[1] ?? ''))).toEqual(types.map((t) => t.name));
    expect(picker).toContain(`href="/servicedesk/customer/portal/${acme}/create/${current.id}" aria-current="page"`);
  });

  test('a customer cannot open the form of a portal they are not a customer of, nor an unknown request type', async () => {
    const fieldType = (await typesOf(field, agent.accountId))[0];
    if (!fieldType) throw new Error('FIELD has no request types.');
    const foreign = await get(`/servicedesk/customer/portal/${field}/create/${fieldType.id}`, arjun.accountId);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('create-request-form');
    const unknown = await get(`/servicedesk/customer/portal/${acme}/create/${fieldType.id}`, nora.accountId);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This request type cannot be shown');
  });
});

describe('sending the form', () => {
  test('as a customer raises the request in Jira as that customer and goes to its portal page', async () => {
    const type = (await typesOf(acme, nora.accountId))[0];
    if (!type) throw new Error('ACME has no request types.');
    const response = await send(`/servicedesk/customer/portal/${acme}/create/${type.id}`, nora.accountId, {
      summary: 'The VPN drops every hour',
      description: 'Since Monday, on every laptop of the Oslo office.',
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    const key = new RegExp(`^/servicedesk/customer/portal/${acme}/(ACME-\\d+)$`).exec(location)?.[1];
    expect(key).toBeDefined();

    const stored = customerRequest.parse((await jira('GET', `/rest/servicedeskapi/request/${key ?? ''}`, nora.accountId)).body);
    expect(stored.reporter.accountId).toBe(nora.accountId);
    expect(stored.requestTypeId).toBe(type.id);
    expect(stored.requestFieldValues.find((v) => v.fieldId === 'summary')?.value).toBe('The VPN drops every hour');
    expect(JSON.stringify(stored.requestFieldValues.find((v) => v.fieldId === 'description')?.value)).toContain('Oslo office');

    const landing = await get(location, nora.accountId);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('The VPN drops every hour');
  });

  test('as an agent raises the request with the agent as its reporter', async () => {
    const type = (await typesOf(acme, agent.accountId))[0];
    if (!type) throw new Error('ACME has no request types.');
    const response = await send(`/servicedesk/customer/portal/${acme}/create/${type.id}`, agent.accountId, {
      summary: 'Projector in room 4 is dim',
      description: '',
    });
    expect(response.status).toBe(303);
    const key = /\/(ACME-\d+)$/.exec(response.headers.get('location') ?? '')?.[1] ?? '';
    expect(customerRequest.parse((await jira('GET', `/rest/servicedeskapi/request/${key}`, agent.accountId)).body).reporter.accountId).toBe(agent.accountId);
  });

  test("that Jira refuses shows the form again with Jira's message next to the field and what was typed, and raises nothing", async () => {
    const type = (await typesOf(acme, nora.accountId))[0];
    if (!type) throw new Error('ACME has no request types.');
    const direct = await jira('POST', '/rest/servicedeskapi/request', nora.accountId, {
      serviceDeskId: acme,
      requestTypeId: type.id,
      requestFieldValues: { summary: '   ' },
    });
    expect(direct.status).toBe(400);
    const jiraMessage = jiraErrors.parse(direct.body).errors.summary ?? '';
    expect(jiraMessage).not.toBe('');

    const before = await requestCount(nora.accountId);
    const response = await send(`/servicedesk/customer/portal/${acme}/create/${type.id}`, nora.accountId, {
      summary: '   ',
      description: 'Laptop <b>fan</b> is loud & hot',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain(`<p id="summary-error" class="field-error" data-testid="summary-error">${jiraMessage}</p>`);
    expect(page).toMatch(/<input id="summary"[^>]*aria-describedby="summary-error" aria-invalid="true"/);
    expect(page).toContain('>Laptop &lt;b&gt;fan&lt;/b&gt; is loud &amp; hot</textarea>');
    expect(await requestCount(nora.accountId)).toBe(before);
  });

  test('a request type of another portal is refused with the message of Jira, not a new request', async () => {
    const fieldType = (await typesOf(field, nora.accountId))[0];
    if (!fieldType) throw new Error('FIELD has no request types.');
    const direct = await jira('POST', '/rest/servicedeskapi/request', nora.accountId, {
      serviceDeskId: acme,
      requestTypeId: fieldType.id,
      requestFieldValues: { summary: 'Wrong portal' },
    });
    const jiraMessage = z.object({ errorMessages: z.array(z.string()) }).parse(direct.body).errorMessages[0] ?? '';
    expect(jiraMessage).not.toBe('');
    const before = await requestCount(nora.accountId);
    const response = await send(`/servicedesk/customer/portal/${acme}/create/${fieldType.id}`, nora.accountId, { summary: 'Wrong portal' });
    expect(response.status).toBe(404);
    expect(unescape(await response.text())).toContain(jiraMessage);
    expect(await requestCount(nora.accountId)).toBe(before);
  });

  test('from another site, or without a session, is refused and raises nothing', async () => {
    const type = (await typesOf(acme, nora.accountId))[0];
    if (!type) throw new Error('ACME has no request types.');
    const before = await requestCount(nora.accountId);
    const path = `/servicedesk/customer/portal/${acme}/create/${type.id}`;
    expect((await send(path, nora.accountId, { summary: 'Forged' }, 'http://evil.example')).status).toBe(403);
    expect((await send(path, undefined, { summary: 'Nobody' })).status).toBe(401);
    expect(await requestCount(nora.accountId)).toBe(before);
  });

  test('whatever the customer types comes back escaped in the form, never as markup', async () => {
    const type = (await typesOf(acme, nora.accountId))[0];
    if (!type) throw new Error('ACME has no request types.');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (description) => {
        // A blank summary keeps Jira refusing, so the form comes back with the description.
        const response = await send(`/servicedesk/customer/portal/${acme}/create/${type.id}`, nora.accountId, { summary: '', description });
        const page = await response.text();
        const shown = /<textarea id="description"[^>]*>([\s\S]*?)<\/textarea>/.exec(page)?.[1];
        expect(shown).toBeDefined();
        expect(shown ?? '').not.toMatch(/[<>"]/);
        expect(unescape(shown ?? '')).toBe(description);
      }),
      { numRuns: 25 },
    );
  });
});
