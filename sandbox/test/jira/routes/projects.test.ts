import { z } from 'zod';
import { ADMIN, KIM, SAM, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const project = z.object({ id: z.string(), key: z.string(), name: z.string(), projectTypeKey: z.string(), style: z.string(), simplified: z.boolean() });
const projectPage = z.object({ startAt: z.number(), maxResults: z.number(), total: z.number(), isLast: z.boolean(), values: z.array(project) });

describe('project/search', () => {
  it('lists the projects each user can browse, with style and simplified', async () => {
    const { jira } = demoJira({ issues: 1 });
    const search = async (caller: Parameters<typeof call>[1], query = '') =>
      projectPage.parse((await call(jira, caller, 'GET', `/rest/api/3/project/search${query}`)).body);
    const sam = await search(SAM);
    expect(sam.values).toEqual([
      expect.objectContaining({ key: 'ACME', name: 'Acme Service Desk', style: 'classic', simplified: false, projectTypeKey: 'service_desk' }),
      expect.objectContaining({ key: 'FIELD', name: 'Field Services', style: 'next-gen', simplified: true, projectTypeKey: 'service_desk' }),
      expect.objectContaining({ key: 'GLOBEX', name: 'Globex Service Desk', style: 'classic', simplified: false, projectTypeKey: 'service_desk' }),
    ]);
    expect((await search(KIM)).values.map((p) => p.key)).toEqual(['ACME']);
    expect((await search(customerCaller('Contoso Pharmaceuticals'))).values.map((p) => p.key)).toEqual(['ACME', 'GLOBEX']);
    expect((await search(customerCaller('Woodgrove Bank'))).values.map((p) => p.key)).toEqual(['ACME', 'FIELD']);
    expect((await search(ADMIN, '?typeKey=software')).total).toBe(0);
    expect((await search(ADMIN, '?typeKey=service_desk')).total).toBe(3);
  });

  it('pages with startAt and maxResults', async () => {
    const { jira } = demoJira({ issues: 1 });
    const first = projectPage.parse((await call(jira, ADMIN, 'GET', '/rest/api/3/project/search?maxResults=1')).body);
    expect(first).toMatchObject({ startAt: 0, maxResults: 1, total: 3, isLast: false });
    const second = projectPage.parse((await call(jira, ADMIN, 'GET', '/rest/api/3/project/search?maxResults=1&startAt=1')).body);
    expect(second).toMatchObject({ total: 3, isLast: false, values: [{ key: 'FIELD' }] });
    const last = projectPage.parse((await call(jira, ADMIN, 'GET', '/rest/api/3/project/search?maxResults=1&startAt=2')).body);
    expect(last).toMatchObject({ total: 3, isLast: true, values: [{ key: 'GLOBEX' }] });
  });
});

describe('project/{idOrKey}', () => {
  it('returns the project with its lead and issue types, by key or id', async () => {
    const { jira } = demoJira({ issues: 1 });
    const byKey = await call(jira, SAM, 'GET', '/rest/api/3/project/FIELD');
    expect(byKey.body).toMatchObject({
      key: 'FIELD',
      style: 'next-gen',
      lead: { displayName: 'Sam Agent' },
      issueTypes: [{ name: 'Request' }, { name: 'Task' }],
    });
    const id = project.parse(byKey.body).id;
    expect((await call(jira, SAM, 'GET', `/rest/api/3/project/${id}`)).body).toMatchObject({ key: 'FIELD' });
  });

  it('answers 404 to a user who cannot browse it', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect(await call(jira, KIM, 'GET', '/rest/api/3/project/FIELD')).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key 'FIELD'."] },
    });
  });
});
