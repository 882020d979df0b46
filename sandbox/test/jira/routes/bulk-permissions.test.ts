import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, accountIdOf, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const grants = z.object({
  globalPermissions: z.array(z.string()),
  projectPermissions: z.array(z.object({ permission: z.string(), issues: z.array(z.number()), projects: z.array(z.number()) })),
});

function fixture() {
  const demo = demoJira({ issues: 20 });
  const acme = demo.jira.store.project('ACME');
  const field = demo.jira.store.project('FIELD');
  const acmeIssue = demo.jira.store.docs.issues.find((i) => i.projectId === acme?.id);
  const fieldIssue = demo.jira.store.docs.issues.find((i) => i.projectId === field?.id);
  if (!acme || !field || !acmeIssue || !fieldIssue) throw new Error('The demo tenant lacks ACME or FIELD issues.');
  return { ...demo, acme, field, acmeIssue, fieldIssue };
}

describe('Get bulk permissions (POST /rest/api/3/permissions/check)', () => {
  it('tells the app which of the asked issues and projects another user may browse: Kim works ACME only', async () => {
    const { jira, acme, field, acmeIssue, fieldIssue } = fixture();
    const res = await call(jira, APP, 'POST', '/rest/api/3/permissions/check', {
      accountId: accountIdOf(KIM),
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        {
          permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'],
          issues: [Number(acmeIssue.id), Number(fieldIssue.id), 999999],
          projects: [Number(acme.id), Number(field.id)],
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(grants.parse(res.body)).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', issues: [Number(acmeIssue.id)], projects: [Number(acme.id)] },
        { permission: 'EDIT_ISSUES', issues: [Number(acmeIssue.id)], projects: [Number(acme.id)] },
      ],
    });
  });

  it('answers for the caller when no accountId is given, and refuses a non-admin asking about someone else (403)', async () => {
    const { jira, acmeIssue } = fixture();
    const own = grants.parse(
      (
        await call(jira, SAM, 'POST', '/rest/api/3/permissions/check', {
          globalPermissions: ['ADMINISTER'],
          projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: [Number(acmeIssue.id)] }],
        })
      ).body,
    );
    expect(own).toEqual({ globalPermissions: [], projectPermissions: [{ permission: 'BROWSE_PROJECTS', issues: [Number(acmeIssue.id)], projects: [] }] });
    const other = await call(jira, SAM, 'POST', '/rest/api/3/permissions/check', {
      accountId: accountIdOf(KIM),
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'] }],
    });
    expect(other).toMatchObject({ status: 403, body: { errorMessages: ['Only Jira administrators can perform this operation.'] } });
    expect(
      (
        await call(jira, ADMIN, 'POST', '/rest/api/3/permissions/check', {
          accountId: accountIdOf(KIM),
          projectPermissions: [{ permissions: ['BROWSE_PROJECTS'] }],
        })
      ).status,
    ).toBe(200);
  });

  it('gives a portal customer their own requests and not the others of the project', async () => {
    const { jira } = fixture();
    const customer = customerCaller('Northwind Traders');
    const theirs = new Set(jira.store.organizationsOf(accountIdOf(customer)).map((o) => o.id));
    const own = jira.store.docs.issues.find((i) => i.reporterId === accountIdOf(customer));
    const other = jira.store.docs.issues.find(
      (i) => i.reporterId !== accountIdOf(customer) && !i.participantIds.includes(accountIdOf(customer)) && !i.organizationIds.some((id) => theirs.has(id)),
    );
    if (!own || !other) throw new Error('The demo tenant lacks a request of Northwind Traders or one away from it.');
    const res = grants.parse(
      (
        await call(jira, APP, 'POST', '/rest/api/3/permissions/check', {
          accountId: accountIdOf(customer),
          projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: [Number(own.id), Number(other.id)] }],
        })
      ).body,
    );
    expect(res.projectPermissions[0]?.issues).toEqual([Number(own.id)]);
  });

  it('refuses unknown permissions, unknown accounts, unknown properties and entries without permissions (400)', async () => {
    const { jira } = fixture();
    expect(await call(jira, APP, 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['FLY'] }] })).toMatchObject({
      status: 400,
      body: { errors: { FLY: 'Unrecognized permission' } },
    });
    expect(
      (await call(jira, APP, 'POST', '/rest/api/3/permissions/check', { accountId: 'nobody', projectPermissions: [{ permissions: ['BROWSE_PROJECTS'] }] }))
        .status,
    ).toBe(400);
    expect((await call(jira, APP, 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: [] }] })).status).toBe(400);
    expect(await call(jira, APP, 'POST', '/rest/api/3/permissions/check', { projectPermission: [] })).toMatchObject({
      status: 400,
      body: { errorMessages: ['Unrecognized field "projectPermission" (not marked as ignorable)'] },
    });
  });
});
