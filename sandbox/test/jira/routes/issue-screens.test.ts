import { z } from 'zod';
import { ADMIN, APP, SAM, accountIdOf, call, viaApp, customerCaller, demoJira, putOnScreens } from '#sandbox/test/jira/emulator-fixture';

/**
 * Create issue and Edit issue accept only the fields of the issue's create / edit screen
 * (company-managed) or of its type's field layout (team-managed); Atlassian's Edit issue reference
 * names who may skip the screens with `overrideScreenSecurity` and `overrideEditableFlag`.
 */

const created = z.object({ key: z.string() });
const cannotSet = (id: string) => ({ errorMessages: [], errors: { [id]: `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.` } });

function appField(jira: ReturnType<typeof demoJira>['jira'], name: string): string {
  const field = jira.store.fields().find((f) => f.name === name);
  if (!field) throw new Error(`The app did not install ${name}.`);
  return field.id;
}

/** A value of the app's Customer or Service field (object fields `{ id, name }`). */
const ref = (id: string) => ({ id, name: `Ref ${id}` });

const newGlobexTask = (fields: Record<string, unknown> = {}, update?: Record<string, unknown>) => ({
  fields: { project: { key: 'GLOBEX' }, issuetype: { name: 'Task' }, summary: 'On screen?', ...fields },
  ...(update ? { update } : {}),
});

/** The first screen tab the REST API names for a screen. */
async function firstTab(jira: ReturnType<typeof demoJira>['jira'], screenId: number): Promise<number> {
  const [tab] = z.array(z.object({ id: z.number() })).parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screens/${screenId}/tabs`)).body);
  if (!tab) throw new Error('no tab');
  return tab.id;
}

/** GLOBEX's create, edit and view screen ids (a project BRM is not set up in: the app's fields are on none), from its screen scheme. */
async function globexScreens(jira: ReturnType<typeof demoJira>['jira']): Promise<Record<'create' | 'edit' | 'view', number>> {
  const project = jira.store.project('GLOBEX');
  const scheme = z
    .object({ values: z.array(z.object({ issueTypeScreenScheme: z.object({ id: z.string() }) })) })
    .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescreenscheme/project?projectId=${project?.id}`)).body).values[0];
  const mapping = z
    .object({ values: z.array(z.object({ issueTypeId: z.string(), screenSchemeId: z.string() })) })
    .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${scheme?.issueTypeScreenScheme.id}`)).body);
  const screenSchemeId = mapping.values.find((m) => m.issueTypeId === 'default')?.screenSchemeId;
  const [screenScheme] = z
    .object({ values: z.array(z.object({ screens: z.object({ create: z.number(), edit: z.number(), view: z.number() }) })) })
    .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/screenscheme?id=${screenSchemeId}`)).body).values;
  if (!screenScheme) throw new Error('no screen scheme');
  return screenScheme.screens;
}

describe('Create issue (POST /rest/api/3/issue): only fields of the create screen', () => {
  it("refuses an app's Forge field on no screen, in fields or update, with Jira's exact body, and creates nothing", async () => {
    const { jira } = demoJira({ issues: 3 });
    const seeded = jira.store.counts().issues;
    const customer = appField(jira, 'Customer');
    const inFields = await call(jira, SAM, 'POST', '/rest/api/3/issue', newGlobexTask({ [customer]: ref('1') }));
    expect(inFields.status).toBe(400);
    expect(inFields.body).toEqual(cannotSet(customer));
    const inUpdate = await call(jira, APP, 'POST', '/rest/api/3/issue', newGlobexTask({}, { [customer]: [{ set: ref('1') }] }));
    expect(inUpdate.body).toEqual(cannotSet(customer));
    expect(jira.store.counts().issues).toBe(seeded);
  });

  it('takes the field once an admin put it on the create screen; project and issuetype are not screen fields', async () => {
    const { jira } = demoJira({ issues: 3 });
    const customer = appField(jira, 'Customer');
    const screens = await globexScreens(jira);
    const added = await call(jira, ADMIN, 'POST', `/rest/api/3/screens/${screens.create}/tabs/${await firstTab(jira, screens.create)}/fields`, {
      fieldId: customer,
    });
    expect(added).toMatchObject({ status: 200, body: { id: customer, name: 'Customer' } });
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issue', newGlobexTask({ [customer]: ref('1') }));
    expect(res.status).toBe(201);
    expect(jira.store.issue(created.parse(res.body).key)?.customFields[customer]).toEqual(ref('1'));
  });

  it('refuses a system field removed from the create screen', async () => {
    const { jira } = demoJira({ issues: 1 });
    const screens = await globexScreens(jira);
    const removed = await call(jira, ADMIN, 'DELETE', `/rest/api/3/screens/${screens.create}/tabs/${await firstTab(jira, screens.create)}/fields/priority`);
    expect(removed.status).toBe(204);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', newGlobexTask({ priority: { name: 'High' } }))).body).toEqual(cannotSet('priority'));
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', newGlobexTask())).status).toBe(201);
  });

  it('gives an issue type added later the screens of the default mapping', async () => {
    const { jira } = demoJira({ issues: 1 });
    const type = z.object({ id: z.string() }).parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).body);
    const scheme = jira.store.schemeOfProject(jira.store.project('GLOBEX') ?? fail());
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, { issueTypeIds: [type.id] })).status).toBe(204);
    const customer = appField(jira, 'Customer');
    const escalation = { fields: { project: { key: 'GLOBEX' }, issuetype: { id: type.id }, summary: 'Late invoices', [customer]: ref('2') } };
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', escalation)).body).toEqual(cannotSet(customer));
    await putOnScreens(jira, 'GLOBEX', customer);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', escalation)).status).toBe(201);
  });

  it("checks a team-managed project's fields against the issue type's field layout", async () => {
    const { jira } = demoJira({ issues: 1 });
    const service = appField(jira, 'Service');
    const request = { fields: { project: { key: 'FIELD' }, issuetype: { name: 'Request' }, summary: 'Visit', [service]: ref('svc-1') } };
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', request)).body).toEqual(cannotSet(service));
    const type = jira.store.issueTypesOfProject(jira.store.project('FIELD') ?? fail()).find((t) => t.name === 'Request') ?? fail();
    jira.settings.addIssueTypeField(accountIdOf(ADMIN), 'FIELD', type.id, service);
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issue', request);
    expect(res.status).toBe(201);
    // The other type of the project keeps its own fields.
    expect((await call(jira, SAM, 'POST', '/rest/api/3/issue', { fields: { ...request.fields, issuetype: { name: 'Task' } } })).body).toEqual(
      cannotSet(service),
    );
    // Edit uses the same layout: removing the field refuses it on edit too.
    jira.settings.removeIssueTypeField(accountIdOf(ADMIN), 'FIELD', type.id, service);
    expect((await call(jira, SAM, 'PUT', `/rest/api/3/issue/${created.parse(res.body).key}`, { fields: { [service]: ref('svc-2') } })).body).toEqual(
      cannotSet(service),
    );
  });
});

describe('Edit issue (PUT /rest/api/3/issue/{issueIdOrKey}): only fields of the edit screen', () => {
  it('refuses a field that is on the create screen but not on the edit screen, and changes nothing', async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const service = appField(jira, 'Service');
    const screens = await globexScreens(jira);
    await call(jira, ADMIN, 'POST', `/rest/api/3/screens/${screens.create}/tabs/${await firstTab(jira, screens.create)}/fields`, { fieldId: service });
    const before = jira.store.issue('GLOBEX-1');
    const res = await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', { fields: { summary: 'Changed', [service]: ref('svc-1') } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(cannotSet(service));
    expect(jira.store.issue('GLOBEX-1')).toBe(before);
    expect(events).toHaveLength(0);
  });

  it('refuses a system field taken off the edit screen, through update too', async () => {
    const { jira } = demoJira({ issues: 2 });
    const screens = await globexScreens(jira);
    await call(jira, ADMIN, 'DELETE', `/rest/api/3/screens/${screens.edit}/tabs/${await firstTab(jira, screens.edit)}/fields/labels`);
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', { update: { labels: [{ add: 'vip' }] } })).body).toEqual(cannotSet('labels'));
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', { fields: { summary: 'Still editable' } })).status).toBe(204);
  });
});

describe('Edit issue: overrideScreenSecurity and overrideEditableFlag (Atlassian: Connect and Forge app users with Administer Jira, and Forge apps acting for users with it)', () => {
  it('lets the app and a Forge app acting for an admin skip the edit screen', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = appField(jira, 'Customer');
    const asApp = await call(jira, APP, 'PUT', '/rest/api/3/issue/GLOBEX-1?overrideScreenSecurity=true', { fields: { [customer]: ref('1') } });
    expect(asApp.status).toBe(204);
    const forAdmin = await call(jira, viaApp(ADMIN), 'PUT', '/rest/api/3/issue/GLOBEX-2?overrideScreenSecurity=true&overrideEditableFlag=true', {
      fields: { [customer]: ref('2') },
    });
    expect(forAdmin.status).toBe(204);
    expect(jira.store.issue('GLOBEX-2')?.customFields[customer]).toEqual(ref('2'));
  });

  it('answers 403 to everyone else who asks, even an admin calling the REST API directly, and changes nothing', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = appField(jira, 'Customer');
    const before = jira.store.issue('GLOBEX-1');
    for (const [caller, query] of [
      [SAM, 'overrideScreenSecurity=true'],
      [ADMIN, 'overrideScreenSecurity=true'],
      [ADMIN, 'overrideEditableFlag=true'],
      [viaApp(SAM), 'overrideScreenSecurity=true'],
      [viaApp(SAM), 'overrideEditableFlag=true'],
    ] as const) {
      const res = await call(jira, caller, 'PUT', `/rest/api/3/issue/GLOBEX-1?${query}`, { fields: { [customer]: ref('1') } });
      expect(res.status).toBe(403);
    }
    expect(jira.store.issue('GLOBEX-1')).toBe(before);
    // Asking for no override is not asking.
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1?overrideScreenSecurity=false', { fields: { summary: 'ok' } })).status).toBe(204);
  });

  it('still needs a context of the field that applies to the issue', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = appField(jira, 'Customer');
    const context = jira.store.docs.fieldContexts.find((c) => c.fieldId === customer) ?? fail();
    jira.store.transaction(() =>
      jira.store.docs.fieldContexts.put({ ...context, isGlobalContext: false, projectIds: [jira.store.project('FIELD')?.id ?? ''] }),
    );
    const res = await call(jira, APP, 'PUT', '/rest/api/3/issue/GLOBEX-1?overrideScreenSecurity=true', { fields: { [customer]: ref('1') } });
    expect(res.body).toEqual(cannotSet(customer));
  });
});

describe('other writes that name fields', () => {
  it('Transition issue: the transitions have no screen, so no field but the resolution can be set', async () => {
    const { jira } = demoJira({ issues: 2 });
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issue/GLOBEX-1/transitions', { transition: { id: '31' }, fields: { summary: 'sneaky' } });
    expect(res.body).toEqual(cannotSet('summary'));
  });

  it('Create customer request (POST /rest/servicedeskapi/request): a field beyond the create screen cannot be set', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = appField(jira, 'Customer');
    const desk = jira.store.serviceDeskOfProject(jira.store.project('GLOBEX')?.id ?? '') ?? fail();
    const type = jira.store.docs.requestTypes.find((t) => t.serviceDeskId === desk.id) ?? fail();
    const body = { serviceDeskId: desk.id, requestTypeId: type.id, requestFieldValues: { summary: 'Help', [customer]: ref('1') } };
    const res = await call(jira, customerCaller('Contoso Pharmaceuticals'), 'POST', '/rest/servicedeskapi/request', body);
    expect(res).toMatchObject({ status: 400, body: cannotSet(customer) });
  });
});

function fail(): never {
  throw new Error('missing fixture data');
}
