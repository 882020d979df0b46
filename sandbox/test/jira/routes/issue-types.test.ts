import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, accountIdOf, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const issueType = z.object({
  id: z.string(),
  name: z.string(),
  hierarchyLevel: z.number(),
  subtask: z.boolean(),
  scope: z.object({ type: z.string(), project: z.object({ id: z.string() }) }).optional(),
});

describe('issuetype', () => {
  it('creates a global type for admins: 201, listed, and added to the default scheme', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Escalation', description: 'A ticket a manager follows', type: 'standard' });
    expect(res.status).toBe(201);
    const created = issueType.parse(res.body);
    expect(created).toMatchObject({ name: 'Escalation', hierarchyLevel: 0, subtask: false });
    expect(created.scope).toBeUndefined();
    const all = z.array(issueType).parse((await call(jira, SAM, 'GET', '/rest/api/3/issuetype')).body);
    expect(all.map((t) => t.name)).toContain('Escalation');
    expect(jira.store.defaultScheme().issueTypeIds).toContain(created.id);
    expect((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/${created.id}`)).body).toMatchObject({ name: 'Escalation' });
  });

  it('Create issue type (POST /rest/api/3/issuetype): refuses non-admins (403), a name in use without regard to case (409) and names over 60 characters (400)', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect(await call(jira, SAM, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).toMatchObject({
      status: 403,
      body: { errorMessages: [expect.stringContaining('administrator')] },
    });
    expect((await call(jira, customerCaller('Litware Health'), 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).status).toBe(403);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).status).toBe(201);
    expect(await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'escalation' })).toMatchObject({
      status: 409,
      body: { errorMessages: ['An issue type with this name already exists.'] },
    });
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: '  ESCALATION ' })).status).toBe(409);
    // The demo tenant's own Complaint (BRM is set up in ACME) takes its name too.
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'complaint' })).status).toBe(409);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issuetype', { name: 'x'.repeat(61) })).status).toBe(400);
  });

  it('Create issue type (IssueTypeCreateBean has no scope): a `scope` is refused like any unknown property, so no team-managed type is made and nothing joins a scheme', async () => {
    const { jira } = demoJira({ issues: 1 });
    const field = jira.store.project('FIELD');
    const before = jira.store.issueTypes().length;
    const res = await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Incident', scope: { type: 'PROJECT', project: { id: field?.id } } });
    expect(res).toMatchObject({ status: 400, body: { errorMessages: ['Unrecognized field "scope" (not marked as ignorable)'] } });
    expect(jira.store.issueTypes()).toHaveLength(before);
    const fieldTypes = z.array(issueType).parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`)).body);
    expect(fieldTypes.map((t) => t.name).sort()).toEqual(['Request', 'Task']);
  });

  it('a team-managed project gets its own type in its settings, reported with its scope by issuetype/project', async () => {
    const { jira } = demoJira({ issues: 1 });
    const field = jira.store.project('FIELD');
    const made = jira.settings.createIssueType(accountIdOf(ADMIN), 'FIELD', { name: 'Incident', description: 'Something broke on site.' });
    const fieldTypes = z.array(issueType).parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`)).body);
    expect(fieldTypes.find((t) => t.id === made.id)).toMatchObject({ name: 'Incident', scope: { type: 'PROJECT', project: { id: field?.id } } });
    // The global Incident is another type; the project's own names are compared without regard to case.
    expect(() => jira.settings.createIssueType(accountIdOf(ADMIN), 'FIELD', { name: 'request', description: '' })).toThrow(/already exists/);
    expect(() => jira.settings.createIssueType(accountIdOf(SAM), 'FIELD', { name: 'Visit', description: '' })).toThrow(/administrator/);
    expect(() => jira.settings.createIssueType(accountIdOf(ADMIN), 'ACME', { name: 'Visit', description: '' })).toThrow(/company-managed/);
  });

  it('lists a company-managed project’s types from its scheme and hides FIELD’s from Kim', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = jira.store.project('ACME');
    const names = z
      .array(issueType)
      .parse((await call(jira, KIM, 'GET', `/rest/api/3/issuetype/project?projectId=${acme?.id}`)).body)
      .map((t) => t.name);
    expect(names).toEqual(['Service Request', 'Incident', 'Problem', 'Change', 'Task', 'Complaint', 'Compliment', 'Business Case', 'Service Requirement']);
    const field = jira.store.project('FIELD');
    expect((await call(jira, KIM, 'GET', `/rest/api/3/issuetype/project?projectId=${field?.id}`)).status).toBe(404);
    const kimSees = z.array(issueType).parse((await call(jira, KIM, 'GET', '/rest/api/3/issuetype')).body);
    expect(kimSees.some((t) => t.scope !== undefined)).toBe(false);
  });

  it('renames a type, refusing a name another type has', async () => {
    const { jira } = demoJira({ issues: 1 });
    const incident = jira.store.issueTypes().find((t) => t.name === 'Incident');
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'Major incident' })).body).toMatchObject({
      name: 'Major incident',
    });
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'Problem' })).status).toBe(409);
    expect((await call(jira, SAM, 'PUT', `/rest/api/3/issuetype/${incident?.id}`, { name: 'X' })).status).toBe(403);
  });

  it('keeps the avatar set with Update issue type (PUT /rest/api/3/issuetype/{id}) and reports it as avatarId', async () => {
    const { jira } = demoJira({ issues: 1 });
    const created = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).body);
    const avatarOf = async () => z.object({ avatarId: z.number() }).parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/${created.id}`)).body).avatarId;
    const fresh = await avatarOf();
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${created.id}`, { avatarId: 10303 })).status).toBe(200);
    expect(await avatarOf()).toBe(10303);
    expect(fresh).not.toBe(10303);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/issuetype/${created.id}`, { description: 'Negative feedback' })).status).toBe(200);
    expect(await avatarOf()).toBe(10303);
  });

  it('Delete issue type (DELETE /rest/api/3/issuetype/{id}): deletes an unused type for admins, taking it out of its schemes', async () => {
    const { jira } = demoJira({ issues: 3 });
    const created = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' })).body);
    expect((await call(jira, SAM, 'DELETE', `/rest/api/3/issuetype/${created.id}`)).status).toBe(403);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${created.id}`)).status).toBe(204);
    expect((await call(jira, ADMIN, 'GET', `/rest/api/3/issuetype/${created.id}`)).status).toBe(404);
    expect(jira.store.docs.issueTypeSchemes.all().some((scheme) => scheme.issueTypeIds.includes(created.id))).toBe(false);
  });

  it('Delete issue type: a type in use needs an alternativeIssueTypeId (404 without, 409 for itself, 400 where a project lacks it), then its issues move', async () => {
    const { jira } = demoJira({ issues: 20 });
    const acme = jira.store.project('ACME');
    if (!acme) throw new Error('ACME is missing');
    const problem = jira.store.issueTypesOfProject(acme).find((t) => t.name === 'Problem');
    const change = jira.store.issueTypesOfProject(acme).find((t) => t.name === 'Change');
    const fieldRequest = jira.store.issueTypes().find((t) => t.scopeProjectId !== undefined && t.name === 'Request');
    await call(jira, SAM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ACME' }, issuetype: { id: problem?.id }, summary: 'Root cause' } });
    const used = jira.store.docs.issues.filter((i) => i.issueTypeId === problem?.id).map((i) => i.key);
    expect(used.length).toBeGreaterThan(0);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${problem?.id}`)).status).toBe(404);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${problem?.id}?alternativeIssueTypeId=${problem?.id}`)).status).toBe(409);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${problem?.id}?alternativeIssueTypeId=${fieldRequest?.id}`)).status).toBe(400);
    expect(jira.store.issueTypes().some((t) => t.id === problem?.id)).toBe(true);
    expect((await call(jira, ADMIN, 'DELETE', `/rest/api/3/issuetype/${problem?.id}?alternativeIssueTypeId=${change?.id}`)).status).toBe(204);
    expect(used.map((key) => jira.store.issue(key)?.issueTypeId)).toEqual(used.map(() => change?.id));
  });
});
