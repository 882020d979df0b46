import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, call, customerCaller, demoJira } from '../emulator-fixture';

const issueType = z.object({ id: z.string(), name: z.string(), hierarchyLevel: z.number(), subtask: z.boolean(), scope: z.object({ type: z.string(), project: z.object({ id: z.string() }) }).optional() });

describe('issuetype', () => {
  it('creates a global type for admins: 201, listed, and added to the default scheme', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Complaint', description: 'Negative customer feedback', type: 'standard' });
    expect(res.status).toBe(201);
    const created = issueType.parse(res.body);
    expect(created).toMatchObject({ name: 'Complaint', hierarchyLevel: 0, subtask: false });
    expect(created.scope).toBeUndefined();
    const all = z.array(issueType).parse((await call(jira, SAM, 'GET', '/rest/api/3/issuetype')).body);
    expect(all.map((t) => t.name)).toContain('Complaint');
    expect(jira.store.defaultScheme().issueTypeIds).toContain(created.id);
    expect((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/${created.id}`)).body).toMatchObject({ name: 'Complaint' });
  });

  it('refuses non-admins (403) and duplicate global names (409)', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect(await call(jira, SAM, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).toMatchObject({ status: 403, body: { errorMessages: [expect.stringContaining('administrator')] } });
    expect((await call(jira, customerCaller('Litware Health'), 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).status).toBe(403);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).status).toBe(201);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'complaint' })).status).toBe(409);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'x'.repeat(61) })).status).toBe(400);
  });

  it('creates a team-managed project’s own type with scope, where a global type of that name may exist', async () => {
    const { jira } = demoJira({ issues: 1 });
    const field = jira.store.project('FIELD');
    const res = await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Incident', scope: { type: 'PROJECT', project: { id: field?.id } } });
    expect(res.status).toBe(201);
    expect(issueType.parse(res.body).scope).toEqual({ type: 'PROJECT', project: { id: field?.id } });
    const fieldTypes = z.array(issueType).parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`)).body);
    expect(fieldTypes.map((t) => t.name).sort()).toEqual(['Incident', 'Request', 'Task']);
    expect((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Request', scope: { type: 'PROJECT', project: { id: field?.id } } })).status).toBe(409);
    const acme = jira.store.project('ACME');
    expect((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Other', scope: { type: 'PROJECT', project: { id: acme?.id } } })).status).toBe(400);
  });

  it('lists a company-managed project’s types from its scheme and hides FIELD’s from Kim', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = jira.store.project('ACME');
    const names = z.array(issueType).parse((await call(jira, KIM, 'GET', `/rest/api/3/issuetype/project?projectId=${acme?.id}`)).body).map((t) => t.name);
    expect(names).toEqual(['Service Request', 'Incident', 'Problem', 'Change', 'Task']);
    const field = jira.store.project('FIELD');
    expect((await call(jira, KIM, 'GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`)).status).toBe(404);
    const kimSees = z.array(issueType).parse((await call(jira, KIM, 'GET', '/rest/api/3/issuetype')).body);
    expect(kimSees.some((t) => t.scope !== undefined)).toBe(false);
  });

  it('renames a type, refusing a name another type has', async () => {
    const { jira } = demoJira({ issues: 1 });
    const incident = jira.store.issueTypes().find((t) => t.name === 'Incident');
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'Major incident' })).body).toMatchObject({ name: 'Major incident' });
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'Problem' })).status).toBe(409);
    expect((await call(jira, SAM, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'X' })).status).toBe(403);
  });

  it('keeps the avatar set with Update issue type (PUT /rest/api/3/issuetype/{id}) and reports it as avatarId', async () => {
    const { jira } = demoJira({ issues: 1 });
    const created = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).body);
    const avatarOf = async () => z.object({ avatarId: z.number() }).parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/${created.id}`)).body).avatarId;
    const fresh = await avatarOf();
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${created.id}`, { avatarId: 10303 })).status).toBe(200);
    expect(await avatarOf()).toBe(10303);
    expect(fresh).not.toBe(10303);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${created.id}`, { description: 'Negative feedback' })).status).toBe(200);
    expect(await avatarOf()).toBe(10303);
  });

  it('deletes an unused type for admins, taking it out of its schemes, and refuses a type issues use', async () => {
    const { jira } = demoJira({ issues: 3 });
    const created = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).body);
    expect((await call(jira, SAM, 'DELETE', `/rest/api/3/issuetype/${created.id}`)).status).toBe(403);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${created.id}`)).status).toBe(204);
    expect((await call(jira, ADMIN, 'GET', `/rest/api/3/issuetype/${created.id}`)).status).toBe(404);
    expect(jira.store.docs.issueTypeSchemes.all().some((scheme) => scheme.issueTypeIds.includes(created.id))).toBe(false);
    const used = jira.store.issueTypes().find((t) => jira.store.docs.issues.all().some((i) => i.issueTypeId === t.id));
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${used?.id}`)).status).toBe(400);
  });
});
