import { z } from 'zod';
import { settingsPagePath, type SettingsLink } from '#kernel/settings-pages';
import { PROJECT_SETTINGS } from '@brm/sandbox/server/pages/project-settings/paths';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { appSandbox } from '#test/support/app';

/**
 * The sandbox's project settings pages, standing in for Jira's: a team-managed project's issue
 * types and their fields, a company-managed project's screens, a service project's request types
 * and portal groups. Jira admins only; every change is then what Jira's REST API answers from.
 */

let sandbox: Sandbox;
let server: RunningServer;

const admin = demoUser(DEMO_ADMIN_EMAIL);
const agent = demoUser(DEMO_AGENT_EMAIL);
const nora = demoUser('nora.lindqvist@northwind-traders.example');

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

const get = (path: string, accountId: string) => fetch(`${server.url}${path}`, { headers: as(accountId), redirect: 'manual' });
const text = async (path: string, accountId: string) => unescape(await (await get(path, accountId)).text());

/** Posts a settings form as the browser does: urlencoded, from the site's own page. */
function post(path: string, accountId: string, fields: Record<string, string>, origin = server.url): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...as(accountId) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const fieldId = (name: string): string => sandbox.jira.store.fields().find((f) => f.name === name)?.id ?? '';
const typeOf = (projectKey: string, name: string) => {
  const project = sandbox.jira.store.project(projectKey);
  const type = project ? sandbox.jira.store.issueTypesOfProject(project).find((t) => t.name === name) : undefined;
  if (!type) throw new Error(`${projectKey} has no ${name}.`);
  return type;
};

beforeAll(async () => {
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 6, now: new Date('2026-06-01T12:00:00Z') });
  server = await startServer({ sandbox, port: 0, log: () => undefined });
});

afterAll(async () => {
  await server.close();
  await sandbox.settle();
  sandbox.close();
});

describe('who may open them', () => {
  test('only Jira admins: an agent and a customer get a 403 page, and their posts change nothing', async () => {
    for (const user of [agent, nora]) {
      for (const path of [PROJECT_SETTINGS.issueTypes('FIELD'), PROJECT_SETTINGS.screens('ACME'), PROJECT_SETTINGS.requestTypes('ACME')]) {
        const response = await get(path, user.accountId);
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('Only Jira admins');
      }
    }
    const before = sandbox.jira.store.issueTypes().length;
    expect((await post(PROJECT_SETTINGS.issueTypes('FIELD'), agent.accountId, { name: 'Sneaky', description: '' })).status).toBe(403);
    expect(sandbox.jira.store.issueTypes()).toHaveLength(before);
  });

  test('a post from another site is refused before anything happens', async () => {
    const before = sandbox.jira.store.issueTypes().length;
    const response = await post(PROJECT_SETTINGS.issueTypes('FIELD'), admin.accountId, { name: 'Forged', description: '' }, 'http://evil.example');
    expect(response.status).toBe(403);
    expect(sandbox.jira.store.issueTypes()).toHaveLength(before);
  });

  test("the project sidebar leads admins to the project's settings; agents do not see the link", async () => {
    const settingsLink = (path: string) => new RegExp(`href="${path}"\\s*>Project settings<`);
    expect(await text('/jira/servicedesk/projects/FIELD/issues', admin.accountId)).toMatch(settingsLink(PROJECT_SETTINGS.issueTypes('FIELD')));
    expect(await text('/browse/ACME-1', admin.accountId)).toMatch(settingsLink(PROJECT_SETTINGS.screens('ACME')));
    expect(await text('/jira/servicedesk/projects/ACME/issues', agent.accountId)).not.toContain('Project settings');
    // Each project has the pages that apply to it.
    expect((await get(PROJECT_SETTINGS.issueTypes('ACME'), admin.accountId)).status).toBe(404);
    expect((await get(PROJECT_SETTINGS.screens('FIELD'), admin.accountId)).status).toBe(404);
    const settings = await text(PROJECT_SETTINGS.requestTypes('FIELD'), admin.accountId);
    expect(settings).toContain(`href="${PROJECT_SETTINGS.issueTypes('FIELD')}"`);
  });
});

describe('a team-managed project: Issue types and their fields', () => {
  test('lists the project’s types and creates one, which Jira then reports as the project’s own', async () => {
    const page = await text(PROJECT_SETTINGS.issueTypes('FIELD'), admin.accountId);
    expect(page).toMatch(/<h1>Issue types<\/h1>/);
    expect(page).toContain('<label for="issue-type-name">Name');
    expect(page).toContain(`href="${PROJECT_SETTINGS.issueTypeFields('FIELD', typeOf('FIELD', 'Request').id)}">Request<`);

    const created = await post(PROJECT_SETTINGS.issueTypes('FIELD'), admin.accountId, { name: 'Site survey', description: 'A visit to measure a site.' });
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location.startsWith(PROJECT_SETTINGS.issueTypes('FIELD'))).toBe(true);
    expect(await text(location, admin.accountId)).toContain('The issue type Site survey was created.');
    const field = sandbox.jira.store.project('FIELD');
    const reported = z
      .array(z.object({ name: z.string(), scope: z.object({ type: z.string(), project: z.object({ id: z.string() }) }).optional() }))
      .parse((await jira('GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`, agent.accountId)).body);
    expect(reported.find((t) => t.name === 'Site survey')).toEqual(expect.objectContaining({ scope: { type: 'PROJECT', project: { id: field?.id } } }));
  });

  test('refuses a name the project has, without regard to case, keeping what was typed', async () => {
    const before = sandbox.jira.store.issueTypes().length;
    const response = await post(PROJECT_SETTINGS.issueTypes('FIELD'), admin.accountId, { name: 'REQUEST', description: 'Again' });
    expect(response.status).toBe(409);
    const page = unescape(await response.text());
    expect(page).toContain("An issue type named 'REQUEST' already exists in Field Services.");
    expect(page).toContain('value="REQUEST"');
    expect(sandbox.jira.store.issueTypes()).toHaveLength(before);
    expect((await post(PROJECT_SETTINGS.issueTypes('FIELD'), admin.accountId, { name: '   ', description: '' })).status).toBe(400);
  });

  test("adds a Forge field to one type's fields, which create then accepts, and removes it again", async () => {
    const request = typeOf('FIELD', 'Request');
    const customer = fieldId('Customer');
    const path = PROJECT_SETTINGS.issueTypeFields('FIELD', request.id);
    const page = await text(path, admin.accountId);
    expect(page).toContain('<h1>Request fields</h1>');
    expect(page).toMatch(new RegExp(`<option value="${customer}">Customer \\(${customer}\\)</option>`));
    const create = { fields: { project: { key: 'FIELD' }, issuetype: { id: request.id }, summary: 'Visit', [customer]: { id: '1', name: 'Acme' } } };
    expect((await jira('POST', '/rest/api/3/issue', agent.accountId, create)).status).toBe(400);

    const added = await post(`${path}/fields`, admin.accountId, { fieldId: customer });
    expect(added.status).toBe(303);
    expect(await text(added.headers.get('location') ?? '', admin.accountId)).toContain('Customer was added to Request.');
    expect((await jira('POST', '/rest/api/3/issue', agent.accountId, create)).status).toBe(201);
    expect((await post(`${path}/fields`, admin.accountId, { fieldId: customer })).status).toBe(400);

    const removed = await post(`${path}/fields/remove`, admin.accountId, { fieldId: customer });
    expect(removed.status).toBe(303);
    expect((await jira('POST', '/rest/api/3/issue', agent.accountId, create)).status).toBe(400);
    const summary = await post(`${path}/fields/remove`, admin.accountId, { fieldId: 'summary' });
    expect(summary.status).toBe(400);
    expect(await summary.text()).toContain('cannot be removed');
  });
});

describe('a company-managed project: Screens', () => {
  test('shows the screens of its issue types with their fields, and adds and removes a field through the screens REST', async () => {
    // GLOBEX: BRM is not set up there, so the app's fields are on none of its screens.
    const page = await text(PROJECT_SETTINGS.screens('GLOBEX'), admin.accountId);
    for (const name of ['Create Issue Screen', 'Edit Issue Screen', 'View Issue Screen'])
      expect(page).toContain(`GLOBEX: Jira Service Management ${name}</h2>`);
    expect(page).toContain('Create: Service Request, Incident, Problem, Change, Task');
    const screen = sandbox.jira.store.docs.screens.all().find((s) => s.name === 'GLOBEX: Jira Service Management Edit Issue Screen');
    const tab = screen?.tabs[0];
    if (!screen || !tab) throw new Error('GLOBEX has no edit screen.');
    const service = fieldId('Service');
    const action = `${PROJECT_SETTINGS.screens('GLOBEX')}/${screen.id}/tabs/${tab.id}/fields`;
    expect(page).toContain(`action="${action}"`);
    expect(page).toContain(`aria-label="Remove Summary from ${screen.name}"`);

    expect((await jira('PUT', '/rest/api/3/issue/GLOBEX-1', agent.accountId, { fields: { [service]: { id: 'svc', name: 'Email' } } })).status).toBe(400);
    const added = await post(action, admin.accountId, { fieldId: service });
    expect(added.status).toBe(303);
    expect(await text(added.headers.get('location') ?? '', admin.accountId)).toContain('Service was added to the screen.');
    expect((await jira('PUT', '/rest/api/3/issue/GLOBEX-1', agent.accountId, { fields: { [service]: { id: 'svc', name: 'Email' } } })).status).toBe(204);

    const again = await post(action, admin.accountId, { fieldId: service });
    expect(again.status).toBe(400);
    expect(unescape(await again.text())).toContain(`The field with id ${service} already exists on the screen.`);
    expect((await post(`${action}/remove`, admin.accountId, { fieldId: service })).status).toBe(303);
    expect((await jira('PUT', '/rest/api/3/issue/GLOBEX-1', agent.accountId, { fields: { [service]: { id: 'svc2', name: 'Fax' } } })).status).toBe(400);
    expect((await post(`${PROJECT_SETTINGS.screens('GLOBEX')}/1/tabs/10000/fields`, admin.accountId, { fieldId: service })).status).toBe(404);
  });
});

describe('a service project: Request types and portal groups', () => {
  test('a request type created through the API is hidden from the portal until an admin adds it to a group', async () => {
    const desk = sandbox.jira.store.serviceDeskOfProject(sandbox.jira.store.project('ACME')?.id ?? '');
    if (!desk) throw new Error('ACME has no desk.');
    const made = z.object({ id: z.string() }).parse(
      (
        await jira('POST', `/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`, admin.accountId, {
          issueTypeId: typeOf('ACME', 'Task').id,
          name: 'Send a compliment',
          description: 'Tell us what went well.',
        })
      ).body,
    );
    const portal = `/servicedesk/customer/portal/${desk.id}`;
    expect(await text(portal, nora.accountId)).not.toContain('Send a compliment');
    expect((await get(`${portal}/create/${made.id}`, nora.accountId)).status).toBe(404);

    const settings = await text(PROJECT_SETTINGS.requestTypes('ACME'), admin.accountId);
    expect(settings).toContain('data-testid="hidden-' + made.id + '"');
    expect(settings).toContain(`<label for="add-group-${made.id}">Portal group for Send a compliment</label>`);
    const feedback = sandbox.jira.store.docs.requestTypeGroups.find((g) => g.serviceDeskId === desk.id && g.name === 'Feedback');
    const added = await post(`${PROJECT_SETTINGS.requestTypes('ACME')}/${made.id}/groups`, admin.accountId, { groupId: feedback?.id ?? '' });
    expect(added.status).toBe(303);
    expect(await text(added.headers.get('location') ?? '', admin.accountId)).toContain('The portal groups of Send a compliment were saved.');

    const home = await text(portal, nora.accountId);
    const feedbackSection = home.slice(home.indexOf('>Feedback</h3>'));
    expect(feedbackSection).toContain('Send a compliment');
    expect(home.indexOf('>Get help</h3>')).toBeLessThan(home.indexOf('>Feedback</h3>'));
    expect((await get(`${portal}/create/${made.id}`, nora.accountId)).status).toBe(200);

    expect((await post(`${PROJECT_SETTINGS.requestTypes('ACME')}/${made.id}/groups`, admin.accountId, { groupId: feedback?.id ?? '' })).status).toBe(400);
    expect((await post(`${PROJECT_SETTINGS.requestTypes('ACME')}/${made.id}/groups/remove`, admin.accountId, { groupId: feedback?.id ?? '' })).status).toBe(
      303,
    );
    expect(await text(portal, nora.accountId)).not.toContain('Send a compliment');
  });

  test('a group of another desk is refused', async () => {
    const fieldGroup = sandbox.jira.store.docs.requestTypeGroups.find((g) => g.serviceDeskId !== '1');
    const acmeType = sandbox.jira.store.docs.requestTypes.find((t) => t.serviceDeskId === '1');
    const response = await post(`${PROJECT_SETTINGS.requestTypes('ACME')}/${acmeType?.id}/groups`, admin.accountId, { groupId: fieldGroup?.id ?? '' });
    expect(response.status).toBe(404);
    expect(sandbox.jira.store.docs.requestTypes.get(acmeType?.id ?? '')?.groupIds).not.toContain(fieldGroup?.id);
  });
});

describe("Jira Cloud's own addresses of these pages (the links the admin page builds from the site URL)", () => {
  test('each answers the matching page, directly or through one redirect', async () => {
    const request = typeOf('FIELD', 'Request');
    const links: [SettingsLink, string][] = [
      [{ page: 'issueTypes', projectKey: 'FIELD' }, PROJECT_SETTINGS.issueTypes('FIELD')],
      [{ page: 'issueTypeFields', projectKey: 'FIELD', issueTypeId: request.id }, PROJECT_SETTINGS.issueTypeFields('FIELD', request.id)],
      [{ page: 'screens', projectKey: 'ACME' }, PROJECT_SETTINGS.screens('ACME')],
      [{ page: 'requestTypes', projectKey: 'ACME' }, PROJECT_SETTINGS.requestTypes('ACME')],
    ];
    for (const [link, page] of links) {
      const path = settingsPagePath(link);
      const first = await get(path, admin.accountId);
      if (path === page) {
        expect([path, first.status]).toEqual([path, 200]);
      } else {
        expect([path, first.status, first.headers.get('location')]).toEqual([path, 303, page]);
        expect((await get(page, admin.accountId)).status).toBe(200);
      }
    }
    expect(settingsPagePath({ page: 'screens', projectKey: 'ACME' })).toBe('/plugins/servlet/project-config/ACME/screens');
    const category = await get('/jira/servicedesk/projects/ACME/settings/request-types/category/feedback', admin.accountId);
    expect([category.status, category.headers.get('location')]).toEqual([303, PROJECT_SETTINGS.requestTypes('ACME')]);
  });
});
