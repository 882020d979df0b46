import { z } from 'zod';
import { APP, SAM, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const comment = z.object({ id: z.string(), body: z.string(), public: z.boolean(), author: z.object({ accountId: z.string(), displayName: z.string() }) });
const page = z.object({ values: z.array(comment) });

/** A request of the demo tenant that a Fabrikam customer reported (and so may see). */
function fabrikamRequest(jira: ReturnType<typeof demoJira>['jira']): string {
  const fabrikam = jira.store.organizations().find((o) => o.name === 'Fabrikam Logistics');
  const issue = jira.store.docs.issues.find((i) => i.requestTypeId !== null && fabrikam !== undefined && fabrikam.memberIds.includes(i.reporterId ?? ''));
  if (!issue) throw new Error('No Fabrikam request in the demo tenant.');
  return issue.key;
}

describe('request comments (servicedeskapi)', () => {
  it('Create request comment (POST /rest/servicedeskapi/request/{issueIdOrKey}/comment): the app writes a public comment the customer sees on the portal', async () => {
    const { jira } = demoJira({ issues: 40 });
    const key = fabrikamRequest(jira);
    const posted = await call(jira, APP, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
      body: 'Please tell us how we did: http://localhost/survey',
      public: true,
    });
    expect(posted.status).toBe(201);
    expect(comment.parse(posted.body)).toMatchObject({ public: true, author: { displayName: 'BRM for Jira Service Management' } });
    const seen = await call(jira, customerCaller('Fabrikam Logistics'), 'GET', `/rest/servicedeskapi/request/${key}/comment`);
    expect(page.parse(seen.body).values.map((c) => c.body)).toEqual(['Please tell us how we did: http://localhost/survey']);
  });

  it('Create request comment: "Customers can set comments to public visibility only", and they do not see internal comments', async () => {
    const { jira } = demoJira({ issues: 40 });
    const key = fabrikamRequest(jira);
    const customer = customerCaller('Fabrikam Logistics');
    expect((await call(jira, customer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: 'Secret', public: false })).status).toBe(403);
    expect((await call(jira, SAM, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: 'Internal note', public: false })).status).toBe(201);
    expect((await call(jira, customer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: 'Thanks!' })).status).toBe(201);
    const customerView = page.parse((await call(jira, customer, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body).values.map((c) => c.body);
    const agentView = page.parse((await call(jira, SAM, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body).values.map((c) => c.body);
    expect(customerView).toEqual(['Thanks!']);
    expect(agentView).toEqual(['Internal note', 'Thanks!']);
  });

  it('Create request comment: CommentCreateDTO refuses unknown properties and an empty body; a customer of another organization gets 404', async () => {
    const { jira } = demoJira({ issues: 40 });
    const key = fabrikamRequest(jira);
    expect((await call(jira, APP, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: 'x', visibility: 'all' })).status).toBe(400);
    expect((await call(jira, APP, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: ' ' })).status).toBe(400);
    expect((await call(jira, customerCaller('Woodgrove Bank'), 'GET', `/rest/servicedeskapi/request/${key}/comment`)).status).toBe(404);
  });
});

describe('Send notification for issue (POST /rest/api/3/issue/{issueIdOrKey}/notify)', () => {
  it('queues the email for its recipients (kept by the sandbox), and refuses a notification without recipients', async () => {
    const { jira } = demoJira({ issues: 5 });
    const sam = jira.store.users().find((u) => u.emailAddress === 'agent@brm-demo.example');
    expect(
      (
        await call(jira, APP, 'POST', '/rest/api/3/issue/ACME-1/notify', {
          subject: 'Low score',
          textBody: 'ACME-1 scored 1.',
          to: { users: [{ accountId: sam?.accountId }] },
        })
      ).status,
    ).toBe(204);
    expect(jira.store.docs.notifications.all().map((n) => [n.subject, n.recipientIds])).toEqual([['Low score', [sam?.accountId]]]);
    expect((await call(jira, APP, 'POST', '/rest/api/3/issue/ACME-1/notify', { subject: 'Nobody', to: {} })).status).toBe(400);
    expect(
      (await call(jira, SAM, 'POST', '/rest/api/3/issue/ACME-1/notify', { subject: 'Myself', to: { users: [{ accountId: sam?.accountId }] } })).status,
    ).toBe(400);
  });
});
