import { z } from 'zod';
import type { Sandbox } from '../../sandbox/sandbox';
import { admin, agent, callAdmin, customers, dataOf, errorOf, jira, projectId, retryWaits, startSandbox, writesSince } from './harness';

const BRM_TYPES = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'];
const issueTypes = z.array(z.object({ id: z.string(), name: z.string(), scope: z.object({ project: z.object({ id: z.string() }) }).optional() }));
const requestTypes = z.object({ values: z.array(z.object({ name: z.string(), issueTypeId: z.string() })) });
const desks = z.object({ values: z.array(z.object({ id: z.string(), projectId: z.string() })) });

async function typesOfProject(sandbox: Sandbox, id: string) {
  return issueTypes.parse((await jira(sandbox, 'GET', `/rest/api/3/issuetype/project?projectId=${id}`)).body);
}

async function requestTypesOf(sandbox: Sandbox, id: string) {
  const desk = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectId === id);
  if (!desk) throw new Error(`project ${id} has no service desk`);
  return requestTypes.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`)).body).values;
}

const countNamed = (list: { name: string }[], name: string) => list.filter((t) => t.name === name).length;

describe('provisioning through the admin page resolver', () => {
  let sandbox: Sandbox;
  let acme: string;
  let field: string;

  beforeEach(async () => {
    sandbox = startSandbox();
    acme = await projectId(sandbox, 'ACME');
    field = await projectId(sandbox, 'FIELD');
    retryWaits.length = 0;
  });
  afterEach(() => sandbox.close());

  it('refuses every admin call to anyone who is not a Jira admin, whatever the payload', async () => {
    for (const accountId of [agent().accountId, customers()[0]?.accountId, undefined]) {
      for (const [key, payload] of [
        ['getOverview', {}],
        ['runProvisioning', { projectIds: [acme] }],
        ['planProvisioning', { projectIds: [acme] }],
        ['saveService', { name: 'Payroll' }],
      ] as const) {
        const error = errorOf(await callAdmin(sandbox, key, payload, accountId));
        expect(error.code).toBe('FORBIDDEN');
        expect(error.message).toMatch(/Jira admin|signed in/);
      }
    }
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('shows the JSM projects, plans without writing, and says what it will do', async () => {
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.projects.map((p) => [p.key, p.style, p.provisioned])).toEqual(
      expect.arrayContaining([
        ['ACME', 'company-managed', false],
        ['FIELD', 'team-managed', false],
      ]),
    );
    expect(overview.issueTypes.map((t) => t.name)).toEqual(BRM_TYPES);
    expect(overview.fields.every((f) => f.fieldId !== null)).toBe(true);

    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [acme, field] }, admin().accountId));
    expect(plan.complete).toBe(false);
    expect(plan.items.filter((i) => i.status === 'todo').map((i) => i.summary)).toEqual(
      expect.arrayContaining(['Create the issue type Complaint for company-managed projects.', 'Create the issue type Complaint in the team-managed project FIELD.', 'Create the request type “Raise a complaint” on the ACME portal.']),
    );
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('provisions company- and team-managed projects, and a second run makes no write at all', async () => {
    const report = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, field] }, admin().accountId));
    expect(report.complete).toBe(true);
    expect(report.counts.failed + report.counts.notAttempted).toBe(0);
    expect(report.counts.done).toBeGreaterThan(0);

    const acmeTypes = await typesOfProject(sandbox, acme);
    const fieldTypes = await typesOfProject(sandbox, field);
    for (const name of BRM_TYPES) {
      expect(countNamed(acmeTypes, name)).toBe(1);
      expect(fieldTypes.filter((t) => t.name === name && t.scope?.project.id === field)).toHaveLength(1);
    }
    for (const id of [acme, field]) {
      const types = await requestTypesOf(sandbox, id);
      expect(countNamed(types, 'Raise a complaint')).toBe(1);
      expect(countNamed(types, 'Give a compliment')).toBe(1);
    }

    sandbox.runtime.resetCalls();
    const again = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, field] }, admin().accountId));
    expect(again.complete).toBe(true);
    expect(again.writes).toBe(0);
    expect(again.items.every((i) => i.outcome === 'skipped')).toBe(true);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(sandbox.runtime.calls.filter((c) => c.type === 'product').length).toBeGreaterThan(0);

    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.projects.filter((p) => p.key === 'ACME' || p.key === 'FIELD').every((p) => p.provisioned && p.pendingWrites === 0)).toBe(true);
    expect(overview.lastRun?.complete).toBe(true);
  });

  it('says what was done and what was not when Jira fails mid-run, and the next run completes it without duplicates', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype$/, status: 500, times: 1 });
    const broken = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, field] }, admin().accountId));
    expect(broken.complete).toBe(false);
    const failed = broken.items.filter((i) => i.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.area).toBe('requestType');
    expect(failed[0]?.reason).toMatch(/500/);
    expect(broken.items.filter((i) => i.outcome === 'done').map((i) => i.area)).toEqual(expect.arrayContaining(['issueType', 'scheme']));
    expect(broken.counts.notAttempted).toBeGreaterThan(0);

    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.lastRun).toEqual(broken);

    const resumed = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, field] }, admin().accountId));
    expect(resumed.complete).toBe(true);
    expect(resumed.items.filter((i) => i.outcome === 'done').every((i) => i.area === 'requestType')).toBe(true);
    const all = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body);
    for (const name of BRM_TYPES) expect(all.filter((t) => t.name === name && t.scope === undefined)).toHaveLength(1);
    for (const id of [acme, field]) {
      const types = await requestTypesOf(sandbox, id);
      expect(countNamed(types, 'Raise a complaint')).toBe(1);
      expect(countNamed(types, 'Give a compliment')).toBe(1);
    }
  });

  it('gives an existing BRM issue type the icon it is missing on the next run, and then writes nothing', async () => {
    // Jira fails the icon right after creating Complaint: the run stops there.
    sandbox.jira.injectFault({ method: 'PUT', pathPattern: /^\/rest\/api\/3\/issuetype\/[^/]+$/, status: 500, times: 1 });
    const broken = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(broken.complete).toBe(false);
    const avatars = z.array(z.object({ id: z.string(), name: z.string(), avatarId: z.number().optional(), scope: z.unknown().optional() }));
    const complaint = async () => avatars.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body).find((t) => t.name === 'Complaint' && t.scope === undefined);
    const before = await complaint();
    if (!before) throw new Error('Complaint was not created');
    expect(before.avatarId).not.toBe(10303);

    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')).toMatchObject({ status: 'todo', writes: 1, summary: expect.stringContaining('icon') });
    const resumed = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(resumed.complete).toBe(true);
    expect((await complaint())?.avatarId).toBe(10303);

    sandbox.runtime.resetCalls();
    expect(dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId)).writes).toBe(0);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('leaves no stray global type when a site will not create types inside a team-managed project, and says how to add them', async () => {
    // A site that ignores the project scope on POST /issuetype creates a global type instead.
    const jiraEmulator = sandbox.jira;
    const handle = jiraEmulator.handle.bind(jiraEmulator);
    jest.spyOn(jiraEmulator, 'handle').mockImplementation((request) => {
      if (request.method !== 'POST' || request.path !== '/rest/api/3/issuetype' || request.body === undefined) return handle(request);
      const body = z.object({ name: z.string(), description: z.string().optional(), hierarchyLevel: z.number().optional() }).parse(JSON.parse(request.body));
      return handle({ ...request, body: JSON.stringify(body) });
    });
    const report = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [field] }, admin().accountId));
    expect(report.complete).toBe(false);
    const failed = report.items.filter((i) => i.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toMatch(/did not create Complaint inside the team-managed project.*Project settings › Issue types/);
    const all = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body);
    expect(all.filter((t) => BRM_TYPES.includes(t.name))).toEqual([]);
  });

  it('waits out a 429 as Jira asks, and reports Jira as busy when it stays busy', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/api\/3\/issuetype$/, status: 429, times: 1, retryAfterSeconds: 3 });
    const report = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [field] }, admin().accountId));
    expect(report.complete).toBe(true);
    expect(retryWaits).toEqual([3000]);

    sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/api\/3\/issuetype$/, status: 429, times: 20, retryAfterSeconds: 1 });
    const busy = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(busy.complete).toBe(false);
    expect(busy.items.find((i) => i.outcome === 'failed')?.reason).toMatch(/busy|429/);
    sandbox.jira.clearFaults();
    expect(dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId)).complete).toBe(true);
  });

  it('extends a field context an admin narrowed, so Customer reaches the new types', async () => {
    const fields = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() })).parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    const customer = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'));
    if (!customer) throw new Error('the Customer field is not installed');
    const incident = (await typesOfProject(sandbox, acme)).find((t) => t.name === 'Incident');
    const narrowed = await jira(sandbox, 'POST', `/rest/api/3/field/${customer.id}/context`, { name: 'ACME incidents', projectIds: [acme], issueTypeIds: [incident?.id] });
    expect(narrowed.status).toBe(201);
    const contextId = z.object({ id: z.string() }).parse(narrowed.body).id;

    expect(dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId)).complete).toBe(true);
    const mapping = z.object({ values: z.array(z.object({ contextId: z.string(), issueTypeId: z.string().optional() })) }).parse((await jira(sandbox, 'GET', `/rest/api/3/field/${customer.id}/context/issuetypemapping`)).body);
    const covered = new Set(mapping.values.filter((m) => m.contextId === contextId).map((m) => m.issueTypeId));
    for (const type of (await typesOfProject(sandbox, acme)).filter((t) => BRM_TYPES.includes(t.name))) expect(covered.has(type.id)).toBe(true);
  });

  it('lets only one of two simultaneous runs write, without duplicates', async () => {
    const results = await Promise.all([acme, acme].map(() => callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId)));
    const outcomes = results.map((r) => (r.ok ? (r.data.complete ? 'complete' : 'incomplete') : r.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'complete']);
    const all = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body);
    for (const name of BRM_TYPES) expect(countNamed(all, name)).toBe(1);
    expect(dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme] }, admin().accountId))).toMatchObject({ complete: true, writes: 0 });
  });

  it('names the field of a bad request and writes nothing', async () => {
    sandbox.runtime.resetCalls();
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [] }, admin().accountId))).toMatchObject({ code: 'INVALID_INPUT', field: 'projectIds' });
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', {}, admin().accountId))).toMatchObject({ code: 'INVALID_INPUT', field: 'projectIds', message: 'projectIds: is required' });
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, 'ACME'] }, admin().accountId))).toMatchObject({ code: 'INVALID_INPUT', field: 'projectIds.1' });
    const unknown = errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, '987654'] }, admin().accountId));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'projectIds.1' });
    expect(unknown.message).toContain('987654');
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });
});
