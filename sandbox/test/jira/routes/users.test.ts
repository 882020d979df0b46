import { z } from 'zod';
import { DEMO_USERS } from '#sandbox/seed/demo-users';
import { ANONYMOUS, APP, SAM, accountIdOf, call, customerCaller, demoJira, userById } from '#sandbox/test/jira/emulator-fixture';

const user = z.object({
  accountId: z.string(),
  accountType: z.string(),
  displayName: z.string(),
  emailAddress: z.string(),
  active: z.boolean(),
  self: z.string(),
});

describe('users', () => {
  const { jira } = demoJira({ issues: 1 });

  it('myself describes the calling user', async () => {
    const res = await call(jira, SAM, 'GET', '/rest/api/3/myself');
    expect(user.parse(res.body)).toMatchObject({
      accountId: accountIdOf(SAM),
      displayName: 'Sam Agent',
      accountType: 'atlassian',
      emailAddress: 'agent@brm-demo.example',
    });
    const customer = user.parse((await call(jira, customerCaller('Litware Health'), 'GET', '/rest/api/3/myself')).body);
    expect(customer.accountType).toBe('customer');
    expect((await call(jira, APP, 'GET', '/rest/api/3/myself')).body).toMatchObject({ accountType: 'app' });
  });

  it('answers 401 to anonymous callers and unknown accounts', async () => {
    expect(await call(jira, ANONYMOUS, 'GET', '/rest/api/3/myself')).toMatchObject({
      status: 401,
      body: { errorMessages: [expect.stringContaining('not authenticated')] },
    });
    expect((await call(jira, userById('557058:nobody'), 'GET', '/rest/api/3/issue/ACME-1')).status).toBe(401);
    expect((await call(jira, ANONYMOUS, 'GET', '/rest/servicedeskapi/servicedesk')).status).toBe(401);
  });

  it('serverInfo answers anyone', async () => {
    expect(await call(jira, ANONYMOUS, 'GET', '/rest/api/3/serverInfo')).toMatchObject({
      status: 200,
      body: { deploymentType: 'Cloud', baseUrl: 'http://localhost:8080' },
    });
  });

  it('finds users by account id and by name prefix; customers find nobody', async () => {
    const target = DEMO_USERS.find((u) => u.displayName === 'Hannah Okafor');
    expect((await call(jira, SAM, 'GET', `/rest/api/3/user?accountId=${encodeURIComponent(target?.accountId ?? '')}`)).body).toMatchObject({
      displayName: 'Hannah Okafor',
    });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/user?accountId=missing')).status).toBe(404);
    const found = z.array(user).parse((await call(jira, SAM, 'GET', '/rest/api/3/user/search?query=okaf')).body);
    expect(found.map((u) => u.displayName)).toEqual(['Hannah Okafor']);
    expect((await call(jira, customerCaller('Litware Health'), 'GET', '/rest/api/3/user/search?query=sam')).body).toEqual([]);
  });

  it('answers unknown routes with 404 Not found and wrong methods with 405', async () => {
    expect(await call(jira, SAM, 'GET', '/rest/api/3/nothing/here')).toMatchObject({ status: 404, body: { errorMessages: ['Not found'] } });
    expect((await call(jira, SAM, 'PATCH', '/rest/api/3/myself')).status).toBe(405);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await jira.handle({ method: 'POST', path: '/rest/api/3/issue', headers: {}, body: '{not json', caller: SAM });
    expect(res.status).toBe(400);
  });
});

describe('Find users with browse permission (GET /rest/api/3/user/viewissue/search)', () => {
  const names = (body: unknown) =>
    z
      .array(z.object({ displayName: z.string() }))
      .parse(body)
      .map((u) => u.displayName);

  it('finds, among the users matching the query, those who may browse the issue: not an agent of another desk', async () => {
    const { jira } = demoJira({ issues: 10 });
    const acmeIssue = jira.store.docs.issues.find((i) => i.projectId === jira.store.project('ACME')?.id);
    const res = await call(jira, SAM, 'GET', `/rest/api/3/user/viewissue/search?issueKey=${acmeIssue?.key ?? ''}&query=a`);
    expect(res.status).toBe(200);
    expect(names(res.body)).toEqual(expect.arrayContaining(['Ada Admin', 'Sam Agent']));
    const fieldIssue = jira.store.docs.issues.find((i) => i.projectId === jira.store.project('FIELD')?.id);
    const kim = await call(jira, SAM, 'GET', `/rest/api/3/user/viewissue/search?issueKey=${fieldIssue?.key ?? ''}&query=kim`);
    expect(names(kim.body)).toEqual([]);
    const kimOnAcme = await call(jira, SAM, 'GET', `/rest/api/3/user/viewissue/search?issueKey=${acmeIssue?.key ?? ''}&query=kim`);
    expect(names(kimOnAcme.body)).toEqual(['Kim Agent']);
  });

  it('needs a query or accountId and an issue or project (400), and hides an issue the caller cannot see (404)', async () => {
    const { jira } = demoJira({ issues: 10 });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/user/viewissue/search?issueKey=ACME-1')).status).toBe(400);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/user/viewissue/search?query=a')).status).toBe(400);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/user/viewissue/search?issueKey=ACME-99999&query=a')).status).toBe(404);
  });
});
