import { z } from 'zod';
import { KIM, SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

const links = z.object({
  fields: z.object({
    issuelinks: z.array(
      z.object({
        id: z.string(),
        type: z.object({ name: z.string(), inward: z.string(), outward: z.string() }),
        inwardIssue: z.object({ key: z.string() }).optional(),
        outwardIssue: z.object({ key: z.string() }).optional(),
      }),
    ),
  }),
});

describe('issueLink', () => {
  it('links two issues; each side shows the other with the right direction', async () => {
    const { jira } = demoJira({ issues: 3 });
    // ACME's tagged tickets are linked to their feedback issues; GLOBEX's tickets are linked to nothing.
    const seeded = jira.store.counts().issueLinks;
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'GLOBEX-1' },
      outwardIssue: { key: 'GLOBEX-2' },
    });
    expect(res.status).toBe(201);
    const one = links.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/GLOBEX-1?fields=issuelinks')).body).fields.issuelinks;
    const two = links.parse((await call(jira, SAM, 'GET', '/rest/api/3/issue/GLOBEX-2?fields=issuelinks')).body).fields.issuelinks;
    expect(one).toEqual([
      expect.objectContaining({ type: expect.objectContaining({ name: 'Blocks' }), outwardIssue: expect.objectContaining({ key: 'GLOBEX-2' }) }),
    ]);
    expect(two).toEqual([expect.objectContaining({ inwardIssue: expect.objectContaining({ key: 'GLOBEX-1' }) })]);
    expect(jira.store.counts().issueLinks).toBe(seeded + 1);
    await call(jira, SAM, 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: 'GLOBEX-1' }, outwardIssue: { key: 'GLOBEX-2' } });
    expect(jira.store.counts().issueLinks).toBe(seeded + 1);

    const linkId = one[0]?.id;
    expect((await call(jira, SAM, 'GET', `/rest/api/3/issueLink/${linkId}`)).body).toMatchObject({
      inwardIssue: { key: 'GLOBEX-1' },
      outwardIssue: { key: 'GLOBEX-2' },
    });
    expect((await call(jira, SAM, 'DELETE', `/rest/api/3/issueLink/${linkId}`)).status).toBe(204);
    expect(jira.store.counts().issueLinks).toBe(seeded);
  });

  it('answers 404 for an unknown link type or an issue the caller cannot see', async () => {
    const { jira } = demoJira({ issues: 3 });
    const seeded = jira.store.counts().issueLinks;
    expect(
      (
        await call(jira, SAM, 'POST', '/rest/api/3/issueLink', {
          type: { name: 'Causes' },
          inwardIssue: { key: 'GLOBEX-1' },
          outwardIssue: { key: 'GLOBEX-2' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(jira, KIM, 'POST', '/rest/api/3/issueLink', { type: { name: 'Relates' }, inwardIssue: { key: 'ACME-1' }, outwardIssue: { key: 'FIELD-2' } }))
        .status,
    ).toBe(404);
    expect(jira.store.counts().issueLinks).toBe(seeded);
  });

  it('lists the seeded link types', async () => {
    const { jira } = demoJira({ issues: 1 });
    const body = z.object({ issueLinkTypes: z.array(z.object({ name: z.string() })) }).parse((await call(jira, SAM, 'GET', '/rest/api/3/issueLinkType')).body);
    expect(body.issueLinkTypes.map((t) => t.name).sort()).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
  });
});
