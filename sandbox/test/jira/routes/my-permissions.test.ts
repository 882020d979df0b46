import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, accountIdOf, call, customerCaller, demoJira, userById } from '#sandbox/test/jira/emulator-fixture';

const permissions = z.object({
  permissions: z.record(
    z.string(),
    z.object({ id: z.string(), key: z.string(), name: z.string(), type: z.string(), description: z.string(), havePermission: z.boolean() }),
  ),
});

const ALL = 'ADMINISTER,BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES,LINK_ISSUES,TRANSITION_ISSUES,ADMINISTER_PROJECTS';

describe('GET mypermissions', () => {
  const { jira } = demoJira({ issues: 30 });
  async function held(caller: Parameters<typeof call>[1], scope: string): Promise<Record<string, boolean>> {
    const res = await call(jira, caller, 'GET', `/rest/api/3/mypermissions?permissions=${ALL}${scope}`);
    expect(res.status).toBe(200);
    const body = permissions.parse(res.body);
    return Object.fromEntries(Object.entries(body.permissions).map(([k, v]) => [k, v.havePermission]));
  }

  it('gives admins everything', async () => {
    expect(Object.values(await held(ADMIN, '&projectKey=FIELD')).every(Boolean)).toBe(true);
    expect(Object.values(await held(APP, '')).every(Boolean)).toBe(true);
  });

  it('gives agents work permissions in their projects only', async () => {
    expect(await held(KIM, '&projectKey=ACME')).toEqual({
      ADMINISTER: false,
      BROWSE_PROJECTS: true,
      CREATE_ISSUES: true,
      EDIT_ISSUES: true,
      LINK_ISSUES: true,
      TRANSITION_ISSUES: true,
      ADMINISTER_PROJECTS: false,
    });
    expect((await call(jira, KIM, 'GET', `/rest/api/3/mypermissions?permissions=${ALL}&projectKey=FIELD`)).status).toBe(404);
    expect((await held(SAM, '&projectKey=FIELD')).EDIT_ISSUES).toBe(true);
  });

  it('lets a customer browse their own request but not edit it; another request is 404', async () => {
    const mine = jira.store.docs.issues.all().find((i) => i.reporterId && jira.store.user(i.reporterId)?.kind === 'customer');
    if (!mine?.reporterId) throw new Error('no customer request');
    const customer = userById(mine.reporterId);
    const onMine = await held(customer, `&issueKey=${mine.key}`);
    expect(onMine).toMatchObject({ BROWSE_PROJECTS: true, EDIT_ISSUES: false, CREATE_ISSUES: false, ADMINISTER: false });
    const reporterOrgs = new Set(jira.store.organizationsOf(mine.reporterId).map((o) => o.id));
    const foreign = jira.store.docs.issues
      .all()
      .find(
        (i) => i.reporterId !== mine.reporterId && !i.participantIds.includes(mine.reporterId ?? '') && !i.organizationIds.some((id) => reporterOrgs.has(id)),
      );
    expect((await call(jira, customer, 'GET', `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=${foreign?.key}`)).status).toBe(404);
  });

  it('reports Jira’s ids and names, and refuses unknown or missing keys', async () => {
    const body = permissions.parse(
      (await call(jira, customerCaller('Northwind Traders'), 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS')).body,
    );
    expect(body.permissions.ADMINISTER).toMatchObject({ id: '0', name: 'Administer Jira', type: 'GLOBAL', havePermission: false });
    expect(body.permissions.BROWSE_PROJECTS).toMatchObject({ id: '10', type: 'PROJECT', havePermission: true });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
  });
});

describe('POST permissions/check (Get bulk permissions)', () => {
  const { jira } = demoJira({ issues: 30 });
  const grants = z.object({
    projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.number()), issues: z.array(z.number()) })),
    globalPermissions: z.array(z.string()),
  });
  const projectIds = () => jira.store.projects().map((p) => Number(p.id));
  const projectsOf = (body: unknown, permission: string): string[] =>
    (grants.parse(body).projectPermissions.find((p) => p.permission === permission)?.projects ?? [])
      .map((id) => jira.store.docs.projects.get(String(id))?.key ?? '?')
      .sort();

  it('answers, per project permission, the listed projects where the caller holds it (Get bulk permissions, POST /rest/api/3/permissions/check)', async () => {
    const body = {
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [...projectIds(), 99999] }],
      globalPermissions: ['ADMINISTER'],
    };
    const kim = await call(jira, KIM, 'POST', '/rest/api/3/permissions/check', body);
    expect(kim.status).toBe(200);
    expect(projectsOf(kim.body, 'BROWSE_PROJECTS')).toEqual(['ACME']);
    expect(projectsOf(kim.body, 'EDIT_ISSUES')).toEqual(['ACME']);
    expect(grants.parse(kim.body).globalPermissions).toEqual([]);
    const admin = await call(jira, ADMIN, 'POST', '/rest/api/3/permissions/check', body);
    expect(projectsOf(admin.body, 'EDIT_ISSUES')).toEqual(['ACME', 'FIELD', 'GLOBEX']);
    expect(grants.parse(admin.body).globalPermissions).toEqual(['ADMINISTER']);
    const customer = await call(jira, customerCaller('Northwind Traders'), 'POST', '/rest/api/3/permissions/check', body);
    expect(projectsOf(customer.body, 'BROWSE_PROJECTS')).toEqual(['ACME', 'FIELD']);
    expect(projectsOf(customer.body, 'EDIT_ISSUES')).toEqual([]);
  });

  it('refuses an unknown permission, an empty permission list, and another user’s check by a non-admin (Get bulk permissions)', async () => {
    const unknown = await call(jira, SAM, 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['FLY'], projects: projectIds() }] });
    expect(unknown).toMatchObject({ status: 400, body: { errors: { FLY: 'Unrecognized permission' } } });
    expect((await call(jira, SAM, 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: [], projects: projectIds() }] })).status).toBe(
      400,
    );
    const other = await call(jira, SAM, 'POST', '/rest/api/3/permissions/check', {
      accountId: accountIdOf(KIM),
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: projectIds() }],
    });
    expect(other.status).toBe(403);
    const asAdmin = await call(jira, ADMIN, 'POST', '/rest/api/3/permissions/check', {
      accountId: accountIdOf(KIM),
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: projectIds() }],
    });
    expect(projectsOf(asAdmin.body, 'BROWSE_PROJECTS')).toEqual(['ACME']);
  });
});
