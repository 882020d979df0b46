import { z } from 'zod';
import { SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

describe('status, statuscategory, resolution, priority', () => {
  it('list the workflow vocabulary', async () => {
    const { jira } = demoJira({ issues: 1 });
    const statuses = z
      .array(z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }))
      .parse((await call(jira, SAM, 'GET', '/rest/api/3/status')).body);
    expect(new Set(statuses.map((s) => s.statusCategory.key))).toEqual(new Set(['new', 'indeterminate', 'done']));
    expect((await call(jira, SAM, 'GET', '/rest/api/3/statuscategory')).body).toHaveLength(3);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/resolution')).body).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Done' })]));
    expect((await call(jira, SAM, 'GET', '/rest/api/3/priority')).body).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'High' })]));
  });
});
