import { z } from 'zod';
import { APP, SAM, call, customerCaller, demoJira, userById } from '#sandbox/test/jira/emulator-fixture';

describe('issue properties', () => {
  it('sets (201, then 200), reads, lists and deletes a property', async () => {
    const { jira, events } = demoJira({ issues: 2 });
    const base = '/rest/api/3/issue/GLOBEX-1/properties';
    const updated = jira.store.issue('GLOBEX-1')?.updated;
    expect((await call(jira, SAM, 'PUT', `${base}/brm-feedback`, { kind: 'complaint' })).status).toBe(201);
    expect((await call(jira, SAM, 'PUT', `${base}/brm-feedback`, { kind: 'compliment' })).status).toBe(200);
    expect((await call(jira, SAM, 'GET', `${base}/brm-feedback`)).body).toEqual({ key: 'brm-feedback', value: { kind: 'compliment' } });
    expect(
      z
        .object({ keys: z.array(z.object({ key: z.string(), self: z.string() })) })
        .parse((await call(jira, SAM, 'GET', base)).body)
        .keys.map((k) => k.key),
    ).toEqual(['brm-feedback']);
    expect(jira.store.issue('GLOBEX-1')?.updated).toBe(updated);
    expect(events).toHaveLength(0);
    expect((await call(jira, SAM, 'DELETE', `${base}/brm-feedback`)).status).toBe(204);
    expect(await call(jira, SAM, 'GET', `${base}/brm-feedback`)).toMatchObject({
      status: 404,
      body: { errorMessages: ["The property with key 'brm-feedback' does not exist."] },
    });
  });

  it('makes indexed property values searchable by path and by alias', async () => {
    const { jira } = demoJira({ issues: 5 });
    // GLOBEX: BRM is not set up there, so no ticket of it is tagged yet.
    await call(jira, APP, 'PUT', '/rest/api/3/issue/GLOBEX-2/properties/brm-feedback', { kind: 'complaint', feedbackIssueKey: 'GLOBEX-9' });
    await call(jira, APP, 'PUT', '/rest/api/3/issue/GLOBEX-4/properties/brm-feedback', { kind: 'compliment' });
    const count = async (jql: string) =>
      z.object({ count: z.number() }).parse((await call(jira, SAM, 'POST', '/rest/api/3/search/approximate-count', { jql })).body).count;
    expect(await count('project = GLOBEX AND issue.property[brm-feedback].kind = complaint')).toBe(1);
    expect(await count('project = GLOBEX AND brmFeedbackKind in (complaint, compliment)')).toBe(2);
  });

  it('lets customers read the properties of their own request but not write them', async () => {
    const { jira } = demoJira({ issues: 30 });
    const request = jira.store.docs.issues
      .all()
      .find((i) => i.reporterId && jira.store.user(i.reporterId)?.kind === 'customer' && i.participantIds.length === 0);
    const reporter = userById(request?.reporterId ?? undefined);
    await call(jira, APP, 'PUT', `/rest/api/3/issue/${request?.key}/properties/survey`, { score: 4 });
    expect((await call(jira, reporter, 'GET', `/rest/api/3/issue/${request?.key}/properties/survey`)).body).toEqual({ key: 'survey', value: { score: 4 } });
    expect((await call(jira, reporter, 'PUT', `/rest/api/3/issue/${request?.key}/properties/survey`, { score: 5 })).status).toBe(403);
    const outsider = jira.store.organizations().find((o) => !request?.organizationIds.includes(o.id) && !o.memberIds.includes(request?.reporterId ?? ''));
    const stranger = customerCaller(outsider?.name ?? '');
    expect((await call(jira, stranger, 'GET', `/rest/api/3/issue/${request?.key}/properties/survey`)).status).toBe(404);
  });

  it('refuses a value over 32 KB', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect((await call(jira, APP, 'PUT', '/rest/api/3/issue/GLOBEX-1/properties/big', { text: 'x'.repeat(33_000) })).status).toBe(400);
  });
});
