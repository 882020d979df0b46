import { z } from 'zod';
import { ADMIN, KIM, SAM, call, customerCaller, demoJira } from '../emulator-fixture';

const answer = z.object({ projects: z.array(z.object({ id: z.number(), key: z.string() })) });

describe('Get permitted projects (POST /rest/api/3/permissions/project)', () => {
  it('lists the projects where the caller holds every permission asked for, ids as numbers', async () => {
    const { jira } = demoJira({ issues: 1 });
    const keys = async (caller: typeof SAM, permissions: string[]) =>
      answer
        .parse((await call(jira, caller, 'POST', '/rest/api/3/permissions/project', { permissions })).body)
        .projects.map((p) => p.key)
        .sort();
    expect(await keys(SAM, ['EDIT_ISSUES'])).toEqual(['ACME', 'FIELD', 'GLOBEX']);
    expect(await keys(KIM, ['EDIT_ISSUES', 'BROWSE_PROJECTS'])).toEqual(['ACME']);
    expect(await keys(ADMIN, ['EDIT_ISSUES'])).toEqual(['ACME', 'FIELD', 'GLOBEX']);
    // A portal customer browses their desk's project but edits nothing.
    expect(await keys(customerCaller('Northwind Traders'), ['BROWSE_PROJECTS'])).toEqual(['ACME', 'FIELD']);
    expect(await keys(customerCaller('Northwind Traders'), ['EDIT_ISSUES'])).toEqual([]);
  });

  it('answers 400 for a key that is not a project permission, global ones included', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect((await call(jira, SAM, 'POST', '/rest/api/3/permissions/project', { permissions: ['EDIT_ISSUES', 'FLY'] })).status).toBe(400);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/permissions/project', { permissions: ['ADMINISTER'] })).status).toBe(400);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/permissions/project', {})).status).toBe(400);
  });
});
