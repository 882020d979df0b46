import { z } from 'zod';
import { ADMIN, APP, SAM, call, viaApp, demoJira, putOnScreens } from '#sandbox/test/jira/emulator-fixture';

/**
 * Update custom field value (PUT /rest/api/3/app/field/{fieldIdOrKey}/value) and Update custom
 * fields (POST /rest/api/3/app/field/value): only the app that owns a Forge field sets it this way,
 * without screens, with the same value checks and events as an edit. The tests use GLOBEX's tickets:
 * BRM is not set up there, so they hold no value of the app's fields.
 */

type Jira = ReturnType<typeof demoJira>['jira'];

const fieldId = (jira: Jira, name: string): string => {
  const field = jira.store.fields().find((f) => f.name === name);
  if (!field) throw new Error(`No field ${name}.`);
  return field.id;
};
const issueId = (jira: Jira, key: string): number => Number(jira.store.issue(key)?.id);
/** A value of the app's Customer field: `{ id, name }` (a Forge object field with a schema). */
const northwind = { id: '4', name: 'Northwind Traders' };

describe('Update custom field value (PUT /rest/api/3/app/field/{fieldIdOrKey}/value)', () => {
  it("sets the app's own field on issues whose screens lack it, with a changelog and an avi:jira:updated:issue event per issue", async () => {
    const { jira, events } = demoJira({ issues: 3 });
    const customer = fieldId(jira, 'Customer');
    const res = await call(jira, APP, 'PUT', `/rest/api/3/app/field/${customer}/value`, {
      updates: [{ issueIds: [issueId(jira, 'GLOBEX-1'), issueId(jira, 'FIELD-1')], value: northwind }],
    });
    expect(res.status).toBe(204);
    expect(jira.store.issue('GLOBEX-1')?.customFields[customer]).toEqual(northwind);
    expect(jira.store.issue('FIELD-1')?.customFields[customer]).toEqual(northwind);
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:updated:issue']);
    expect(events[0]?.event).toMatchObject({
      issue: { key: 'GLOBEX-1' },
      changelog: { items: [expect.objectContaining({ fieldId: customer, fieldtype: 'custom', toString: 'Northwind Traders' })] },
    });
  });

  it('generateChangelog=false writes the value and its event without a changelog; null clears the field', async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const planned = fieldId(jira, 'Planned cost');
    expect(
      (
        await call(jira, APP, 'PUT', `/rest/api/3/app/field/${planned}/value?generateChangelog=false`, {
          updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')], value: 1200 }],
        })
      ).status,
    ).toBe(204);
    expect(jira.store.issue('GLOBEX-1')?.customFields[planned]).toBe(1200);
    expect(events[0]?.event).not.toHaveProperty('changelog');
    expect(
      (await call(jira, APP, 'PUT', `/rest/api/3/app/field/${planned}/value`, { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')], value: null }] })).status,
    ).toBe(204);
    expect(jira.store.issue('GLOBEX-1')?.customFields).not.toHaveProperty(planned);
  });

  it('answers 403 to users, even admins and apps acting for them, and to fields the app does not own', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = fieldId(jira, 'Customer');
    const body = { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')], value: northwind }] };
    for (const caller of [SAM, ADMIN, viaApp(ADMIN)])
      expect((await call(jira, caller, 'PUT', `/rest/api/3/app/field/${customer}/value`, body)).status).toBe(403);
    const classic = await call(jira, ADMIN, 'POST', '/rest/api/3/field', { name: 'Risk', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' });
    const riskId = z.object({ id: z.string() }).parse(classic.body).id;
    expect(await call(jira, APP, 'PUT', `/rest/api/3/app/field/${riskId}/value`, body)).toMatchObject({
      status: 403,
      body: { errorMessages: ['The request is not authenticated as the app that provided the field.'] },
    });
    expect((await call(jira, APP, 'PUT', '/rest/api/3/app/field/customfield_10002/value', body)).status).toBe(403);
    jira.store.transaction(() => {
      const other = jira.store.docs.fields.get(customer);
      if (other) jira.store.docs.fields.put({ ...other, id: 'customfield_19999', schemaCustom: 'ari:cloud:ecosystem::extension/another-app/env/static/x' });
      jira.store.docs.fieldContexts.put({
        id: '19999',
        fieldId: 'customfield_19999',
        name: 'g',
        description: '',
        isGlobalContext: true,
        isAnyIssueType: true,
        projectIds: [],
        issueTypeIds: [],
      });
    });
    expect((await call(jira, APP, 'PUT', '/rest/api/3/app/field/customfield_19999/value', body)).status).toBe(403);
    expect((await call(jira, APP, 'PUT', '/rest/api/3/app/field/customfield_99998/value', body)).status).toBe(404);
    expect(jira.store.issue('GLOBEX-1')?.customFields).toEqual({});
  });

  it('checks values as create and edit do: the Forge type, then the manifest validation, naming the field', async () => {
    const { jira } = demoJira({ issues: 2 });
    const planned = fieldId(jira, 'Planned cost');
    const decision = fieldId(jira, 'Decision');
    const one = [issueId(jira, 'GLOBEX-1')];
    expect(await call(jira, APP, 'PUT', `/rest/api/3/app/field/${planned}/value`, { updates: [{ issueIds: one, value: '1200' }] })).toMatchObject({
      status: 400,
      body: { errors: { [planned]: "Field 'Planned cost' must be a number, not a string." } },
    });
    expect(await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: one, value: 12 }] })).toMatchObject({
      status: 400,
      body: { errors: { [decision]: "Field 'Decision' must be a string, not a number." } },
    });
    expect(await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: one, value: ['go'] }] })).toMatchObject({
      status: 400,
      body: { errors: { [decision]: "Field 'Decision' must be a string, not a list." } },
    });
    expect(await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: one, value: 'maybe' }] })).toMatchObject({
      status: 400,
      body: { errors: { [decision]: 'The decision must be go, no-go or pending.' } },
    });
    expect((await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: one, value: 'no-go' }] })).status).toBe(204);
    expect(jira.store.issue('GLOBEX-1')?.customFields).toEqual({ [decision]: 'no-go' });
  });

  it("checks an object field's value against the manifest schema (jira:customField object type), naming the field and the place", async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const customer = fieldId(jira, 'Customer');
    const put = (value: unknown) =>
      call(jira, APP, 'PUT', `/rest/api/3/app/field/${customer}/value`, { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')], value }] });
    const refused = (message: string) => ({ status: 400, body: { errors: { [customer]: message } } });
    expect(await put('4')).toMatchObject(refused("Field 'Customer' must be an object, not a string."));
    expect(await put({ id: '4' })).toMatchObject(refused("Field 'Customer': name is required."));
    expect(await put({ id: 4, name: 'Northwind Traders' })).toMatchObject(refused("Field 'Customer': id must be a string, not a number."));
    expect(await put({ ...northwind, tier: 'gold' })).toMatchObject(refused("Field 'Customer': tier is not a property it takes."));
    expect(jira.store.issue('GLOBEX-1')?.customFields).toEqual({});
    expect(events).toHaveLength(0);
    expect((await put(northwind)).status).toBe(204);
  });

  it('refuses an unknown issue, an issue the field does not apply to, string ids and unknown properties, writing nothing', async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const customer = fieldId(jira, 'Customer');
    const path = `/rest/api/3/app/field/${customer}/value`;
    expect((await call(jira, APP, 'PUT', path, { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1'), 99999999], value: northwind }] })).status).toBe(400);
    expect((await call(jira, APP, 'PUT', path, { updates: [{ issueIds: [String(issueId(jira, 'GLOBEX-1'))], value: northwind }] })).status).toBe(400);
    expect((await call(jira, APP, 'PUT', path, { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')], value: northwind, fieldId: customer }] })).status).toBe(
      400,
    );
    expect((await call(jira, APP, 'PUT', path, { updates: [{ issueIds: [issueId(jira, 'GLOBEX-1')] }] })).status).toBe(400);
    const context = jira.store.docs.fieldContexts.find((c) => c.fieldId === customer);
    jira.store.transaction(() => {
      if (context) jira.store.docs.fieldContexts.put({ ...context, isGlobalContext: false, projectIds: [jira.store.project('FIELD')?.id ?? ''] });
    });
    const outside = await call(jira, APP, 'PUT', path, { updates: [{ issueIds: [issueId(jira, 'FIELD-1'), issueId(jira, 'GLOBEX-1')], value: northwind }] });
    expect(outside).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('does not apply to issue GLOBEX-1')] } });
    expect(jira.store.issue('FIELD-1')?.customFields).toEqual({});
    expect(events).toHaveLength(0);
  });
});

describe('Update custom fields (POST /rest/api/3/app/field/value)', () => {
  it('sets several of the app fields on several issues, one event per issue', async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const planned = fieldId(jira, 'Planned cost');
    const decision = fieldId(jira, 'Decision');
    const res = await call(jira, APP, 'POST', '/rest/api/3/app/field/value', {
      updates: [
        { customField: planned, issueIds: [issueId(jira, 'GLOBEX-1'), issueId(jira, 'GLOBEX-2')], value: 500 },
        { customField: decision, issueIds: [issueId(jira, 'GLOBEX-1')], value: 'go' },
      ],
    });
    expect(res.status).toBe(204);
    expect(jira.store.issue('GLOBEX-1')?.customFields).toEqual({ [planned]: 500, [decision]: 'go' });
    expect(jira.store.issue('GLOBEX-2')?.customFields).toEqual({ [planned]: 500 });
    expect(events).toHaveLength(2);
  });

  it('fails whole when one field is not the app’s, one value is bad, or one field and issue pair repeats', async () => {
    const { jira } = demoJira({ issues: 2 });
    const planned = fieldId(jira, 'Planned cost');
    const one = [issueId(jira, 'GLOBEX-1')];
    expect(
      (
        await call(jira, APP, 'POST', '/rest/api/3/app/field/value', {
          updates: [
            { customField: planned, issueIds: one, value: 5 },
            { customField: 'customfield_10002', issueIds: one, value: [] },
          ],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(jira, APP, 'POST', '/rest/api/3/app/field/value', {
          updates: [
            { customField: planned, issueIds: one, value: 5 },
            { customField: planned, issueIds: [issueId(jira, 'GLOBEX-2')], value: 'x' },
          ],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(jira, APP, 'POST', '/rest/api/3/app/field/value', {
          updates: [
            { customField: planned, issueIds: one, value: 5 },
            { customField: planned, issueIds: one, value: 6 },
          ],
        })
      ).status,
    ).toBe(400);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/app/field/value', { updates: [{ customField: planned, issueIds: one, value: 5 }] })).status).toBe(403);
    expect(jira.store.issue('GLOBEX-1')?.customFields).toEqual({});
  });
});

describe('Forge field values on Create issue and Edit issue', () => {
  it('apply the Forge type and the manifest validation once the field is on the screen', async () => {
    const { jira } = demoJira({ issues: 1 });
    const decision = fieldId(jira, 'Decision');
    const strategic = fieldId(jira, 'Strategic initiative');
    for (const id of [decision, strategic]) await putOnScreens(jira, 'GLOBEX', id);
    const bad = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'GLOBEX' }, issuetype: { name: 'Task' }, summary: 'Case', [decision]: 'later', [strategic]: true },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        errors: { [decision]: 'The decision must be go, no-go or pending.', [strategic]: "Field 'Strategic initiative' must be a string, not a boolean." },
      },
    });
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', { fields: { [strategic]: 'perhaps' } })).body).toMatchObject({
      errors: { [strategic]: 'Strategic initiative must be yes or no.' },
    });
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', { fields: { [strategic]: 'yes', [decision]: null } })).status).toBe(204);
  });
});
