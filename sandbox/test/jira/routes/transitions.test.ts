import { z } from 'zod';
import { NOW, SAM, call, demoJira, userById } from '#sandbox/test/jira/emulator-fixture';

const transitions = z.object({
  transitions: z.array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }) })),
});

async function openIssue() {
  const fixture = demoJira({ issues: 1 });
  const res = await call(fixture.jira, SAM, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'ACME' }, issuetype: { name: 'Incident' }, summary: 'Mail is down' },
  });
  const key = z.object({ key: z.string() }).parse(res.body).key;
  fixture.events.length = 0;
  return { ...fixture, key };
}

describe('issue transitions', () => {
  it('lists a transition to every other status, each with its target and category', async () => {
    const { jira, key } = await openIssue();
    const body = transitions.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/${key}/transitions`)).body);
    expect(body.transitions.map((t) => t.to.name)).not.toContain('Open');
    expect(body.transitions.find((t) => t.to.name === 'Resolved')?.to.statusCategory.key).toBe('done');
  });

  it('entering Done sets resolution Done and resolutiondate; reopening clears both', async () => {
    const { jira, key, events } = await openIssue();
    const body = transitions.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/${key}/transitions`)).body);
    const resolve = body.transitions.find((t) => t.to.name === 'Resolved');
    expect((await call(jira, SAM, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: resolve?.id } })).status).toBe(204);
    const resolved = await call(jira, SAM, 'GET', `/rest/api/3/issue/${key}?fields=status,resolution,resolutiondate`);
    expect(resolved.body).toMatchObject({
      fields: { status: { name: 'Resolved' }, resolution: { name: 'Done' }, resolutiondate: NOW.toISOString().replace('Z', '+0000') },
    });
    expect(events[0]?.event.changelog).toMatchObject({
      items: expect.arrayContaining([
        expect.objectContaining({ field: 'status', fromString: 'Open', toString: 'Resolved' }),
        expect.objectContaining({ field: 'resolution', toString: 'Done' }),
      ]),
    });

    const reopen = transitions.parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/${key}/transitions`)).body).transitions.find((t) => t.to.name === 'Open');
    await call(jira, SAM, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: reopen?.id } });
    expect(jira.store.issue(key)).toMatchObject({ statusId: '1', resolutionId: null, resolutiondate: null });
  });

  it('takes a named resolution and refuses an unknown transition', async () => {
    const { jira, key } = await openIssue();
    const close = transitions
      .parse((await call(jira, SAM, 'GET', `/rest/api/3/issue/${key}/transitions`)).body)
      .transitions.find((t) => t.to.name === 'Closed');
    await call(jira, SAM, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: close?.id }, fields: { resolution: { name: 'Duplicate' } } });
    expect(jira.store.issue(key)?.resolutionId).toBe(jira.store.resolutions().find((r) => r.name === 'Duplicate')?.id);
    expect(await call(jira, SAM, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '999' } })).toMatchObject({
      status: 400,
      body: { errorMessages: ["Transition id '999' is not valid for this issue."] },
    });
  });

  it('offers customers no transitions and refuses theirs', async () => {
    const { jira } = demoJira({ issues: 30 });
    const request = jira.store.docs.issues.all().find((i) => i.reporterId && jira.store.user(i.reporterId)?.kind === 'customer');
    const customer = userById(request?.reporterId ?? undefined);
    expect((await call(jira, customer, 'GET', `/rest/api/3/issue/${request?.key}/transitions`)).body).toMatchObject({ transitions: [] });
    expect((await call(jira, customer, 'POST', `/rest/api/3/issue/${request?.key}/transitions`, { transition: { id: '61' } })).status).toBe(403);
  });
});
