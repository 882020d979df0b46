import { APP, KIM, SAM, accountIdOf, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const outsider = customerCaller('Litware Health');

function fixture() {
  const demo = demoJira({ issues: 20 });
  const acme = demo.jira.store.project('ACME');
  const theirs = new Set(demo.jira.store.organizationsOf(accountIdOf(outsider)).map((o) => o.id));
  // An unassigned ACME issue that the Litware Health customer has nothing to do with.
  const issue = demo.jira.store.docs.issues.find(
    (i) =>
      i.projectId === acme?.id &&
      i.assigneeId === null &&
      i.reporterId !== accountIdOf(outsider) &&
      !i.participantIds.includes(accountIdOf(outsider)) &&
      !i.organizationIds.some((id) => theirs.has(id)),
  );
  if (!issue) throw new Error('The demo tenant has no unassigned ACME issue away from Litware Health.');
  return { ...demo, issue };
}

describe('Send notification for issue (POST /rest/api/3/issue/{issueIdOrKey}/notify)', () => {
  it('queues the email (204) and the sandbox records it with its recipients', async () => {
    const { jira, issue } = fixture();
    const res = await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, {
      subject: 'Overdue',
      textBody: 'A measure is overdue.',
      htmlBody: '<p>A measure is overdue.</p>',
      to: { users: [{ accountId: accountIdOf(KIM) }] },
    });
    expect(res.status).toBe(204);
    expect(jira.store.docs.notifications.all()).toEqual([
      expect.objectContaining({
        issueKey: issue.key,
        subject: 'Overdue',
        textBody: 'A measure is overdue.',
        recipientIds: [accountIdOf(KIM)],
        senderAccountId: 'app',
      }),
    ]);
  });

  it('uses the key and summary as the subject when none is given', async () => {
    const { jira, issue } = fixture();
    await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { textBody: 'x', to: { users: [{ accountId: accountIdOf(SAM) }] } });
    expect(jira.store.docs.notifications.all()[0]?.subject).toBe(`${issue.key}: ${issue.summary}`);
  });

  it('refuses an invalid recipient (an unknown user, the assignee of an unassigned issue) or the caller (400), and records nothing', async () => {
    const { jira, issue } = fixture();
    expect((await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { to: { users: [{ accountId: 'nobody' }] } })).status).toBe(400);
    expect((await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { to: { assignee: true } })).status).toBe(400);
    expect((await call(jira, SAM, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { to: { users: [{ accountId: accountIdOf(SAM) }] } })).status).toBe(400);
    expect(jira.store.docs.notifications.size).toBe(0);
  });

  it('leaves out recipients who may not browse the issue when restricted to BROWSE', async () => {
    const { jira, issue } = fixture();
    await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, {
      to: { users: [{ accountId: accountIdOf(KIM) }, { accountId: accountIdOf(outsider) }] },
      restrict: { permissions: [{ key: 'BROWSE' }] },
    });
    await call(jira, APP, 'POST', `/rest/api/3/issue/${issue.key}/notify`, {
      to: { users: [{ accountId: accountIdOf(KIM) }, { accountId: accountIdOf(outsider) }] },
    });
    expect(jira.store.docs.notifications.all().map((n) => n.recipientIds)).toEqual([[accountIdOf(KIM)], [accountIdOf(KIM), accountIdOf(outsider)]]);
  });

  it('answers 404 for an issue the caller cannot see', async () => {
    const { jira, issue } = fixture();
    expect((await call(jira, outsider, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { to: { reporter: true } })).status).toBe(404);
  });
});
