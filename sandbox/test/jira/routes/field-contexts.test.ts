import { z } from 'zod';
import { ADMIN, SAM, call, demoJira, putOnScreens } from '#sandbox/test/jira/emulator-fixture';

const field = z.object({ id: z.string() });

describe('field contexts', () => {
  async function fieldWithProjectContext() {
    const { jira } = demoJira({ issues: 3 });
    const created = field.parse(
      (await call(jira, ADMIN, 'POST', '/rest/api/3/field', { name: 'Risk', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' })).body,
    );
    return { jira, fieldId: created.id };
  }

  it('creates a project context and maps projects and issue types', async () => {
    const { jira, fieldId } = await fieldWithProjectContext();
    const acme = jira.store.project('ACME');
    const field = jira.store.project('FIELD');
    const incident = jira.store.issueTypes().find((t) => t.name === 'Incident');
    const problem = jira.store.issueTypes().find((t) => t.name === 'Problem');
    const global = z
      .object({ values: z.array(z.object({ id: z.string() })) })
      .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/field/${fieldId}/context?isGlobalContext=true`)).body);
    expect(global.values).toHaveLength(1);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/field/${fieldId}/context/${global.values[0]?.id}/project`, { projectIds: [acme?.id] })).status).toBe(
      400,
    );

    const res = await call(jira, ADMIN, 'POST', `/rest/api/3/field/${fieldId}/context`, {
      name: 'ACME only',
      projectIds: [acme?.id],
      issueTypeIds: [incident?.id],
    });
    expect(res.status).toBe(201);
    const context = z.object({ id: z.string(), projectIds: z.array(z.string()), issueTypeIds: z.array(z.string()) }).parse(res.body);
    expect(context).toMatchObject({ projectIds: [acme?.id], issueTypeIds: [incident?.id] });
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/field/${fieldId}/context/${context.id}/project`, { projectIds: [field?.id] })).status).toBe(204);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/field/${fieldId}/context/${context.id}/project`, { projectIds: [field?.id] })).status).toBe(400);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/field/${fieldId}/context/${context.id}/issuetype`, { issueTypeIds: [problem?.id] })).status).toBe(204);
    expect((await call(jira, ADMIN, 'PUT', `/rest/api/3/field/${fieldId}/context/${context.id}/issuetype`, { issueTypeIds: [problem?.id] })).status).toBe(400);

    const projects = await call(jira, ADMIN, 'GET', `/rest/api/3/field/${fieldId}/context/projectmapping`);
    expect(projects.body).toMatchObject({
      values: expect.arrayContaining([
        { contextId: context.id, projectId: acme?.id, isGlobalContext: false },
        { contextId: context.id, projectId: field?.id, isGlobalContext: false },
        expect.objectContaining({ isGlobalContext: true }),
      ]),
    });
    const types = await call(jira, ADMIN, 'GET', `/rest/api/3/field/${fieldId}/context/issuetypemapping?contextId=${context.id}`);
    expect(types.body).toMatchObject({ total: 2, values: [{ issueTypeId: incident?.id }, { issueTypeId: problem?.id }] });
  });

  it('answers 404 for an unknown field and 403 for non-admins', async () => {
    const { jira, fieldId } = await fieldWithProjectContext();
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/field/customfield_424242/context')).status).toBe(404);
    expect((await call(jira, SAM, 'GET', `/rest/api/3/field/${fieldId}/context`)).status).toBe(403);
  });

  it('a field whose only context excludes a project cannot be set on that project’s issues', async () => {
    const { jira } = demoJira({ issues: 3 });
    const created = field.parse(
      (await call(jira, ADMIN, 'POST', '/rest/api/3/field', { name: 'Scoped', type: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' })).body,
    );
    const global = jira.store.docs.fieldContexts.find((c) => c.fieldId === created.id);
    if (!global) throw new Error('no context');
    jira.store.transaction(() => jira.store.docs.fieldContexts.delete(global.id));
    await call(jira, ADMIN, 'POST', `/rest/api/3/field/${created.id}/context`, { name: 'FIELD only', projectIds: [jira.store.project('FIELD')?.id] });
    // On the screens of both projects, so only the context decides.
    await putOnScreens(jira, 'ACME', created.id);
    await putOnScreens(jira, 'FIELD', created.id);
    const res = await call(jira, SAM, 'PUT', '/rest/api/3/issue/ACME-1', { fields: { [created.id]: 'x' } });
    expect(res).toMatchObject({ status: 400, body: { errors: { [created.id]: expect.stringContaining('cannot be set') } } });
    expect((await call(jira, SAM, 'PUT', '/rest/api/3/issue/FIELD-1', { fields: { [created.id]: 'x' } })).status).toBe(204);
  });
});
