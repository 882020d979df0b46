import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, accountIdOf, call, customerCaller, demoJira, putOnScreens, viaApp } from '#sandbox/test/jira/emulator-fixture';

/** Create and edit metadata answer from the screens and field layouts that create and edit check. */

const fieldMeta = z.object({
  required: z.boolean(),
  schema: z.object({ type: z.string() }).passthrough(),
  name: z.string(),
  key: z.string(),
  operations: z.array(z.string()),
  allowedValues: z.array(z.unknown()).optional(),
});
const editMeta = z.object({ fields: z.record(z.string(), fieldMeta) });
const createTypes = z.object({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  issueTypes: z.array(z.object({ id: z.string(), name: z.string() })),
});
const createFields = z.object({ startAt: z.number(), maxResults: z.number(), total: z.number(), fields: z.array(fieldMeta.extend({ fieldId: z.string() })) });

const fieldId = (jira: ReturnType<typeof demoJira>['jira'], name: string): string => jira.store.fields().find((f) => f.name === name)?.id ?? '';

describe('Get edit issue metadata (GET /rest/api/3/issue/{issueIdOrKey}/editmeta)', () => {
  it("lists the edit screen's fields with Jira's metadata shape, and an app field once it is on the edit screen", async () => {
    const { jira } = demoJira({ issues: 2 });
    // GLOBEX: BRM is not set up there, so the app's fields are on none of its screens.
    const before = editMeta.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/GLOBEX-1/editmeta')).body);
    expect(Object.keys(before.fields)).toEqual([
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
    expect(before.fields.summary).toMatchObject({
      required: true,
      name: 'Summary',
      key: 'summary',
      operations: ['set'],
      schema: { type: 'string', system: 'summary' },
    });
    expect(before.fields.labels).toMatchObject({ required: false, operations: ['add', 'set', 'remove'], schema: { type: 'array', items: 'string' } });
    expect(before.fields.priority?.allowedValues).toHaveLength(5);
    expect(before.fields.issuetype?.allowedValues).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Incident' })]));
    const planned = fieldId(jira, 'Planned cost');
    await putOnScreens(jira, 'GLOBEX', planned);
    const after = editMeta.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/GLOBEX-1/editmeta')).body);
    expect(after.fields[planned]).toMatchObject({
      name: 'Planned cost',
      key: planned,
      required: false,
      operations: ['set'],
      schema: { type: 'number', custom: expect.stringContaining('/static/brm-planned-cost') },
    });
  });

  it('gives users who cannot edit the issue no fields, and unseen issues 404', async () => {
    const { jira } = demoJira({ issues: 40 });
    const own = jira.store.docs.issues.all().find((i) => i.reporterId && jira.store.user(i.reporterId)?.kind === 'customer');
    if (!own?.reporterId) throw new Error('The seed has no customer request.');
    expect((await call(jira, { kind: 'user', accountId: own.reporterId }, 'GET', `/rest/api/3/issue/${own.key}/editmeta`)).body).toEqual({ fields: {} });
    expect((await call(jira, KIM, 'GET', '/rest/api/3/issue/FIELD-1/editmeta')).status).toBe(404);
  });

  it('overrideScreenSecurity lists every field with a context, for the app and Forge apps acting for admins only (403 otherwise)', async () => {
    const { jira } = demoJira({ issues: 2 });
    const customer = fieldId(jira, 'Customer');
    const forAdmin = viaApp(ADMIN);
    for (const caller of [APP, forAdmin]) {
      const meta = editMeta.parse((await call(jira, caller, 'GET', '/rest/api/3/issue/ACME-1/editmeta?overrideScreenSecurity=true')).body);
      expect(meta.fields[customer]).toMatchObject({ name: 'Customer' });
    }
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/issue/ACME-1/editmeta?overrideScreenSecurity=true')).status).toBe(403);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-1/editmeta?overrideEditableFlag=true')).status).toBe(403);
  });
});

describe('Get create metadata (GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes[/{issueTypeId}])', () => {
  it("pages a project's issue types", async () => {
    const { jira } = demoJira({ issues: 1 });
    const all = createTypes.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/createmeta/ACME/issuetypes')).body);
    expect(all).toMatchObject({ startAt: 0, maxResults: 50, total: 9 });
    expect(all.issueTypes.map((t) => t.name)).toEqual([
      'Service Request',
      'Incident',
      'Problem',
      'Change',
      'Task',
      'Complaint',
      'Compliment',
      'Business Case',
      'Service Requirement',
    ]);
    const second = createTypes.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/createmeta/ACME/issuetypes?startAt=2&maxResults=2')).body);
    expect(second).toMatchObject({ startAt: 2, maxResults: 2, total: 9 });
    expect(second.issueTypes.map((t) => t.name)).toEqual(['Problem', 'Change']);
    const field = createTypes.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/${jira.store.project('FIELD')?.id}/issuetypes`)).body);
    expect(field.issueTypes.map((t) => t.name)).toEqual(['Request', 'Task']);
  });

  it("lists the create screen's fields of a type (project and issue type first), paged; team-managed from the type's layout", async () => {
    const { jira } = demoJira({ issues: 1 });
    const incident = jira.store.issueTypes().find((t) => t.name === 'Incident' && !t.scopeProjectId);
    const res = createFields.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/GLOBEX/issuetypes/${incident?.id}`)).body);
    expect(res.fields.map((f) => f.fieldId)).toEqual([
      'project',
      'issuetype',
      'summary',
      'description',
      'reporter',
      'assignee',
      'priority',
      'labels',
      'customfield_10010',
      'customfield_10002',
    ]);
    expect(res.fields[1]).toMatchObject({ fieldId: 'issuetype', required: true, allowedValues: [expect.objectContaining({ id: incident?.id })] });
    const paged = createFields.parse(
      (await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/GLOBEX/issuetypes/${incident?.id}?startAt=8&maxResults=5`)).body,
    );
    expect(paged).toMatchObject({ startAt: 8, total: 10 });
    expect(paged.fields.map((f) => f.fieldId)).toEqual(['customfield_10010', 'customfield_10002']);

    const service = fieldId(jira, 'Service');
    const request = jira.store.issueTypes().find((t) => t.name === 'Request' && t.scopeProjectId);
    const fieldBefore = createFields.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/FIELD/issuetypes/${request?.id}`)).body);
    expect(fieldBefore.fields.map((f) => f.fieldId)).not.toContain(service);
    jira.settings.addIssueTypeField(accountIdOf(ADMIN), 'FIELD', request?.id ?? '', service);
    const fieldAfter = createFields.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/FIELD/issuetypes/${request?.id}`)).body);
    expect(fieldAfter.fields.map((f) => f.fieldId)).toContain(service);
  });

  it('answers 400 for a project the caller cannot create in and for a type the project does not have', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect((await call(jira, customerCaller('Northwind Traders'), 'GET', '/rest/api/3/issue/createmeta/ACME/issuetypes')).status).toBe(400);
    expect((await call(jira, KIM, 'GET', '/rest/api/3/issue/createmeta/FIELD/issuetypes')).status).toBe(400);
    const fieldType = jira.store.issueTypes().find((t) => t.scopeProjectId);
    expect((await call(jira, SAM, 'GET', `/rest/api/3/issue/createmeta/ACME/issuetypes/${fieldType?.id}`)).status).toBe(400);
  });
});
