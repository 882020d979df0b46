import { z } from 'zod';
import { ADMIN, APP, SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

/**
 * The screens REST for company-managed projects: an app finds the screens of a project's issue
 * types (project -> issue type screen scheme -> screen schemes -> screens -> tabs -> fields) and
 * puts its fields on them. Administer Jira only; the app passes.
 */

const page = <T extends z.ZodType>(item: T) =>
  z.object({ startAt: z.number(), maxResults: z.number(), total: z.number(), isLast: z.boolean(), values: z.array(item) });
const screen = z.object({ id: z.number(), name: z.string(), description: z.string() });
const screenScheme = z.object({
  id: z.number(),
  name: z.string(),
  screens: z.object({ default: z.number(), create: z.number().optional(), edit: z.number().optional(), view: z.number().optional() }),
});
const tab = z.object({ id: z.number(), name: z.string() });
const tabField = z.object({ id: z.string(), name: z.string() });

describe('Get screens (GET /rest/api/3/screens)', () => {
  it("lists Jira's Default Screen and ACME's screens, filters by id and queryString, pages, and is for admins", async () => {
    const { jira } = demoJira({ issues: 1 });
    const all = page(screen).parse((await call(jira, APP, 'GET', '/rest/api/3/screens')).body);
    expect(all.values[0]).toEqual({ id: 1, name: 'Default Screen', description: 'Allows to update all system fields.' });
    expect(all.values.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'ACME: Jira Service Management Create Issue Screen',
        'ACME: Jira Service Management Edit Issue Screen',
        'ACME: Jira Service Management View Issue Screen',
      ]),
    );
    const ids = all.values.slice(1, 3).map((s) => s.id);
    const byId = page(screen).parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screens?id=${ids[0]}&id=${ids[1]}`)).body);
    expect(byId.values.map((s) => s.id)).toEqual(ids);
    expect(
      page(screen)
        .parse((await call(jira, ADMIN, 'GET', '/rest/api/3/screens?queryString=edit%20issue')).body)
        .values.map((s) => s.name),
    ).toEqual(['ACME: Jira Service Management Edit Issue Screen', 'GLOBEX: Jira Service Management Edit Issue Screen']);
    const first = page(screen).parse((await call(jira, ADMIN, 'GET', '/rest/api/3/screens?maxResults=2')).body);
    expect(first).toMatchObject({ startAt: 0, maxResults: 2, total: all.total, isLast: false });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/screens')).status).toBe(403);
  });
});

describe('the path from a project to its screens', () => {
  it('project -> issue type screen scheme -> mapping -> screen scheme -> screens -> tabs -> fields', async () => {
    const { jira } = demoJira({ issues: 1 });
    // GLOBEX: BRM is not set up there, so its screens hold JSM's fields only.
    const globex = jira.store.project('GLOBEX');
    const projects = page(z.object({ issueTypeScreenScheme: z.object({ id: z.string(), name: z.string() }), projectIds: z.array(z.string()) })).parse(
      (await call(jira, APP, 'GET', `/rest/api/3/issuetypescreenscheme/project?projectId=${globex?.id}`)).body,
    );
    expect(projects.values).toEqual([
      { issueTypeScreenScheme: expect.objectContaining({ name: 'GLOBEX: Jira Service Management Issue Type Screen Scheme' }), projectIds: [globex?.id] },
    ]);
    const schemeId = projects.values[0]?.issueTypeScreenScheme.id;
    const mapping = page(z.object({ issueTypeScreenSchemeId: z.string(), issueTypeId: z.string(), screenSchemeId: z.string() })).parse(
      (await call(jira, APP, 'GET', `/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${schemeId}`)).body,
    );
    expect(mapping.values.map((m) => m.issueTypeId)).toContain('default');
    const screenSchemeId = mapping.values[0]?.screenSchemeId;
    const schemes = page(screenScheme).parse((await call(jira, APP, 'GET', `/rest/api/3/screenscheme?id=${screenSchemeId}`)).body);
    const screens = schemes.values[0]?.screens;
    expect(screens && new Set([screens.create, screens.edit, screens.view]).size).toBe(3);
    const tabs = z.array(tab).parse((await call(jira, APP, 'GET', `/rest/api/3/screens/${screens?.create}/tabs`)).body);
    expect(tabs).toEqual([{ id: expect.any(Number), name: 'Field Tab' }]);
    const fields = z.array(tabField).parse((await call(jira, APP, 'GET', `/rest/api/3/screens/${screens?.create}/tabs/${tabs[0]?.id}/fields`)).body);
    expect(fields.map((f) => f.id)).toEqual([
      'summary',
      'issuetype',
      'description',
      'reporter',
      'assignee',
      'priority',
      'labels',
      'customfield_10010',
      'customfield_10002',
    ]);
    expect(fields[0]).toEqual({ id: 'summary', name: 'Summary' });
  });

  it('a company-managed project without its own scheme uses the default issue type screen scheme; team-managed projects have none', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = jira.store.project('ACME');
    const field = jira.store.project('FIELD');
    jira.store.transaction(() => {
      if (acme) jira.store.docs.projects.put({ ...acme, issueTypeScreenSchemeId: undefined });
    });
    const res = await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescreenscheme/project?projectId=${acme?.id}&projectId=${field?.id}`);
    expect(res.body).toMatchObject({
      total: 1,
      values: [{ issueTypeScreenScheme: { id: '1', name: 'Default Issue Type Screen Scheme' }, projectIds: [acme?.id] }],
    });
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/issuetypescreenscheme/project')).status).toBe(400);
    expect((await call(jira, SAM, 'GET', `/rest/api/3/issuetypescreenscheme/project?projectId=${acme?.id}`)).status).toBe(403);
    const defaults = page(screenScheme).parse((await call(jira, ADMIN, 'GET', '/rest/api/3/screenscheme?id=1')).body);
    expect(defaults.values).toEqual([expect.objectContaining({ id: 1, name: 'Default Screen Scheme', screens: { default: 1 } })]);
  });
});

describe('Add screen tab field and Remove screen tab field', () => {
  async function createScreenTab(jira: ReturnType<typeof demoJira>['jira']) {
    // GLOBEX's create screen: BRM is not set up there, so the app's fields are not on it.
    const all = page(screen).parse((await call(jira, ADMIN, 'GET', '/rest/api/3/screens?queryString=globex: jira service management create issue')).body);
    const screenId = all.values[0]?.id;
    const [first] = z.array(tab).parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screens/${screenId}/tabs`)).body);
    return { screenId, tabId: first?.id, path: `/rest/api/3/screens/${screenId}/tabs/${first?.id}/fields` };
  }

  it("adds a field (200 with it), refuses one the screen has with Jira's 400, and removes it (204)", async () => {
    const { jira } = demoJira({ issues: 1 });
    const customer = jira.store.fields().find((f) => f.name === 'Customer')?.id ?? '';
    const { screenId, path } = await createScreenTab(jira);
    const available = z.array(tabField).parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screens/${screenId}/availableFields`)).body);
    expect(available.map((f) => f.id)).toContain(customer);
    expect(available.map((f) => f.id)).not.toContain('summary');
    expect(await call(jira, APP, 'POST', path, { fieldId: customer })).toMatchObject({ status: 200, body: { id: customer, name: 'Customer' } });
    const again = await call(jira, APP, 'POST', path, { fieldId: customer });
    expect(again).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { fieldId: `The field with id ${customer} already exists on the screen.` } },
    });
    expect(await call(jira, APP, 'POST', path, { fieldId: 'summary' })).toMatchObject({
      status: 400,
      body: { errors: { fieldId: 'The field with id summary already exists on the screen.' } },
    });
    expect(
      z
        .array(tabField)
        .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screens/${screenId}/availableFields`)).body)
        .map((f) => f.id),
    ).not.toContain(customer);
    expect((await call(jira, APP, 'DELETE', `${path}/${customer}`)).status).toBe(204);
    expect((await call(jira, APP, 'DELETE', `${path}/${customer}`)).status).toBe(404);
  });

  it('answers 404 for an unknown screen, tab or field, 400 for a non-numeric screen id and unknown properties, 403 for agents', async () => {
    const { jira } = demoJira({ issues: 1 });
    const { screenId, path } = await createScreenTab(jira);
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/screens/99999/tabs')).status).toBe(404);
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/screens/abc/tabs')).status).toBe(400);
    expect((await call(jira, ADMIN, 'GET', `/rest/api/3/screens/${screenId}/tabs/99999/fields`)).status).toBe(404);
    expect((await call(jira, ADMIN, 'POST', path, { fieldId: 'customfield_99999' })).status).toBe(404);
    expect((await call(jira, ADMIN, 'POST', path, { fieldId: 'status' })).status).toBe(400);
    expect((await call(jira, ADMIN, 'POST', path, { fieldId: 'labels', position: 1 })).status).toBe(400);
    expect((await call(jira, SAM, 'POST', path, { fieldId: 'labels' })).status).toBe(403);
  });

  it('Add field to default screen (POST /rest/api/3/screens/addToDefault/{fieldId}) reaches only the Default Screen, which GLOBEX does not use', async () => {
    const { jira } = demoJira({ issues: 1 });
    const customer = jira.store.fields().find((f) => f.name === 'Customer')?.id ?? '';
    expect((await call(jira, APP, 'POST', `/rest/api/3/screens/addToDefault/${customer}`)).status).toBe(200);
    expect(
      z
        .array(tabField)
        .parse((await call(jira, ADMIN, 'GET', '/rest/api/3/screens/1/tabs/10000/fields')).body)
        .map((f) => f.id),
    ).toContain(customer);
    const create = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'GLOBEX' }, issuetype: { name: 'Task' }, summary: 'x', [customer]: { id: '1', name: 'Northwind Traders' } },
    });
    expect(create).toMatchObject({ status: 400, body: { errors: { [customer]: expect.stringContaining('not on the appropriate screen') } } });
  });
});
