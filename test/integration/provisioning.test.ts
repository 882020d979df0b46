import { z } from 'zod';
import * as appHandlers from '#app';
import { jobConsumer } from '#platform/jobs/runner';
import { provisioningJob } from '#provisioning/provisioning-job';
import { ManualClock } from '@brm/sandbox/runtime/clock';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEFAULT_ISSUE_TYPE_SCHEME } from '@brm/sandbox/jira/store/baseline';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { admin, agent, callAdmin, customers, dataOf, errorOf, jira, projectId, provision, retryWaits, startSandbox, writesSince } from './harness';
import { MANIFEST_PATH } from '#test/support/app';

/**
 * Provisioning through the admin page's resolver, carried out as a job by the app's job runner: the
 * sandbox's events emulator delivers the job's events to the manifest's consumer, and
 * `sandbox.settle()` waits until the run has ended.
 */

const BRM_TYPES = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'];
const issueTypes = z.array(
  z.object({ id: z.string(), name: z.string(), avatarId: z.number().optional(), scope: z.object({ project: z.object({ id: z.string() }) }).optional() }),
);
const requestTypes = z.object({ values: z.array(z.object({ id: z.string(), name: z.string(), issueTypeId: z.string(), groupIds: z.array(z.string()) })) });
const desks = z.object({ values: z.array(z.object({ id: z.string(), projectId: z.string() })) });
const createMeta = z.object({ fields: z.array(z.object({ fieldId: z.string() })) });
const fieldList = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));

async function typesOfProject(sandbox: Sandbox, id: string) {
  return issueTypes.parse((await jira(sandbox, 'GET', `/rest/api/3/issuetype/project?projectId=${id}`)).body);
}

async function deskOf(sandbox: Sandbox, id: string): Promise<string> {
  const desk = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectId === id);
  if (!desk) throw new Error(`project ${id} has no service desk`);
  return desk.id;
}

async function requestTypesOf(sandbox: Sandbox, id: string) {
  return requestTypes.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${await deskOf(sandbox, id)}/requesttype`)).body).values;
}

async function appFieldId(sandbox: Sandbox, moduleKey: string): Promise<string> {
  const field = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body).find((f) => f.schema?.custom?.endsWith(`/static/${moduleKey}`));
  if (!field) throw new Error(`the ${moduleKey} field is not installed`);
  return field.id;
}

async function createFields(sandbox: Sandbox, project: string, typeName: string): Promise<string[]> {
  const type = (await typesOfProject(sandbox, project)).find((t) => t.name === typeName);
  if (!type) throw new Error(`no ${typeName}`);
  return createMeta.parse((await jira(sandbox, 'GET', `/rest/api/3/issue/createmeta/${project}/issuetypes/${type.id}`)).body).fields.map((f) => f.fieldId);
}

const countNamed = (list: { name: string }[], name: string) => list.filter((t) => t.name === name).length;
const posts = (sandbox: Sandbox, path: RegExp) => sandbox.runtime.calls.filter((c) => c.type === 'product' && c.method === 'POST' && path.test(c.path)).length;
const pushes = (sandbox: Sandbox) => sandbox.runtime.calls.filter((c) => c.type === 'events' && c.path.startsWith('/webhook/queue/publish/')).length;

describe('provisioning through the admin page resolver, as a job', () => {
  let sandbox: Sandbox;
  let acme: string;
  let globex: string;
  let field: string;

  beforeEach(async () => {
    sandbox = startSandbox();
    // ACME comes set up (the demo tenant's BRM history lives there): a first provisioning is GLOBEX's.
    acme = await projectId(sandbox, 'ACME');
    globex = await projectId(sandbox, 'GLOBEX');
    field = await projectId(sandbox, 'FIELD');
    retryWaits.length = 0;
  });
  afterEach(() => sandbox.close());

  it('refuses every admin call to anyone who is not a Jira admin, whatever the payload, and writes nothing', async () => {
    for (const accountId of [agent().accountId, customers()[0]?.accountId, undefined]) {
      for (const [key, payload] of [
        ['getOverview', {}],
        ['runProvisioning', { projectIds: [acme] }],
        ['planProvisioning', { projectIds: [acme] }],
        ['getProvisioningRun', { jobId: 'anything' }],
        ['cancelProvisioning', { jobId: 'anything' }],
        ['getChecklist', { projectIds: [field] }],
        ['saveService', { name: 'Payroll' }],
      ] as const) {
        const error = errorOf(await callAdmin(sandbox, key, payload, accountId));
        expect(error.code).toBe('FORBIDDEN');
        expect(error.message).toMatch(/Jira admin|signed in/);
      }
    }
    await sandbox.settle();
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(pushes(sandbox)).toBe(0);
  });

  it('shows the JSM projects, plans without writing, and says what it will do and what only an admin can do', async () => {
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.projects.map((p) => [p.key, p.style, p.provisioned])).toEqual(
      expect.arrayContaining([
        ['ACME', 'company-managed', true],
        ['FIELD', 'team-managed', false],
        ['GLOBEX', 'company-managed', false],
      ]),
    );
    expect(overview.issueTypes.map((t) => t.name)).toEqual(BRM_TYPES);
    expect(overview.fields.every((f) => f.fieldId !== null)).toBe(true);
    expect(overview.run).toBeNull();

    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex, field] }, admin().accountId));
    expect(plan.complete).toBe(false);
    // The issue types exist (ACME uses them): GLOBEX's scheme, screens and portal are left.
    expect(plan.items.filter((i) => i.area === 'issueType' && i.projectKeys.includes('GLOBEX')).map((i) => [i.status, i.summary])).toEqual(
      BRM_TYPES.map((name) => ['inPlace', `The issue type ${name} exists.`]),
    );
    expect(plan.items.filter((i) => i.status === 'todo').map((i) => i.summary)).toEqual(
      expect.arrayContaining([
        'Add Complaint, Compliment, Business Case and Service Requirement to the issue type scheme “GLOBEX: Jira Service Management Issue Type Scheme” (GLOBEX).',
        'Put the Customer field on the create, edit and view screens of GLOBEX on the BRM issue types and the request types.',
        'Create the request type “Raise a complaint” on the GLOBEX portal.',
      ]),
    );
    expect(plan.items.filter((i) => i.projectKeys.includes('FIELD') && i.status === 'todo')).toEqual([]);
    expect(plan.items.find((i) => i.id === `issuetype:${field}:complaint`)).toMatchObject({
      status: 'needsAdmin',
      adminAction: { message: 'Create the issue type Complaint in FIELD.', link: { page: 'issueTypes', projectKey: 'FIELD' } },
    });
    await sandbox.settle();
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('answers at once with the queued job, carries the plan out in the consumer, and a second run writes nothing at all', async () => {
    const started = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [globex] }, admin().accountId));
    // The issue types exist (ACME uses them): the scheme, 21 screen placements and the two request types.
    expect(started).toMatchObject({ status: 'queued', alreadyRunning: false, projectKeys: ['GLOBEX'], progress: { done: 0, total: 24 } });
    expect(started.jobId).toEqual(expect.any(String));
    expect(started.report).toBeNull();

    await sandbox.settle();
    expect(sandbox.consumerErrors).toEqual([]);
    const run = dataOf(await callAdmin(sandbox, 'getProvisioningRun', { jobId: started.jobId }, admin().accountId));
    expect(run).toMatchObject({ status: 'done', error: null, progress: { done: 24, total: 24 }, report: { complete: true, writes: 24 } });
    expect(run.report?.counts).toEqual({ done: 8, skipped: 11, failed: 0, notAttempted: 0, needsAdmin: 2 });
    // Consumers have no user: every write ran as the app.
    expect(sandbox.runtime.calls.filter((c) => c.type === 'product' && c.method !== 'GET').every((c) => c.caller === 'app')).toBe(true);

    const globexTypes = await typesOfProject(sandbox, globex);
    for (const name of BRM_TYPES) expect(countNamed(globexTypes, name)).toBe(1);
    const portal = await requestTypesOf(sandbox, globex);
    for (const name of ['Raise a complaint', 'Give a compliment']) expect(portal.filter((r) => r.name === name).map((r) => r.groupIds)).toEqual([[]]);

    // Created through JSM's API, the request types are in no portal group: the report and the overview say so, with a link.
    expect(run.report?.items.filter((i) => i.outcome === 'needsAdmin').map((i) => [i.id, i.adminAction?.link])).toEqual([
      [`requesttype:${globex}:complaint`, { page: 'requestTypes', projectKey: 'GLOBEX' }],
      [`requesttype:${globex}:compliment`, { page: 'requestTypes', projectKey: 'GLOBEX' }],
    ]);
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    const globexRow = overview.projects.find((p) => p.key === 'GLOBEX');
    expect(globexRow).toMatchObject({ provisioned: false, pendingWrites: 0 });
    expect(globexRow?.attention.map((a) => a.summary)).toEqual([
      'The request type “Raise a complaint” exists in GLOBEX but is in no portal group, so customers do not see it.',
      'The request type “Give a compliment” exists in GLOBEX but is in no portal group, so customers do not see it.',
    ]);
    expect(overview.lastRun).toEqual(run.report);
    expect(overview.run).toMatchObject({ jobId: started.jobId, status: 'done' });

    sandbox.runtime.resetCalls();
    const again = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [globex] }, admin().accountId));
    await sandbox.settle();
    expect(again).toMatchObject({ jobId: null, status: 'done', report: { writes: 0, complete: true } });
    expect(again.report?.items.every((i) => i.outcome === 'skipped' || i.outcome === 'needsAdmin')).toBe(true);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
    expect(pushes(sandbox)).toBe(0);
    expect(sandbox.runtime.calls.filter((c) => c.type === 'product').length).toBeGreaterThan(0);

    // Once an admin puts them in a portal group, the next overview shows GLOBEX set up.
    const groups = z
      .object({ values: z.array(z.object({ id: z.string() })) })
      .parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${await deskOf(sandbox, globex)}/requesttypegroup`)).body).values;
    for (const type of portal.filter((r) => r.groupIds.length === 0))
      sandbox.jira.settings.addRequestTypeToGroup(admin().accountId, 'GLOBEX', type.id, groups[0]?.id ?? '');
    const after = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(after.projects.find((p) => p.key === 'GLOBEX')).toMatchObject({ provisioned: true, attention: [] });
  });

  it("puts the app's fields on GLOBEX's create, edit and view screens through the screens REST, so a Complaint can be created with its Customer", async () => {
    const customerField = await appFieldId(sandbox, 'brm-customer');
    const plannedCost = await appFieldId(sandbox, 'brm-planned-cost');
    expect((await provision(sandbox, [globex])).report.complete).toBe(true);
    expect(posts(sandbox, /^\/rest\/api\/3\/screens\/\d+\/tabs\/\d+\/fields$/)).toBe(21);
    expect(await createFields(sandbox, globex, 'Complaint')).toContain(customerField);
    expect(await createFields(sandbox, globex, 'Business Case')).toEqual(expect.arrayContaining([customerField, plannedCost]));
    expect(await createFields(sandbox, globex, 'Incident')).toContain(customerField);

    const complaint = (await typesOfProject(sandbox, globex)).find((t) => t.name === 'Complaint');
    const created = await jira(sandbox, 'POST', '/rest/api/3/issue', {
      fields: { project: { id: globex }, issuetype: { id: complaint?.id }, summary: 'Late again', [customerField]: { id: '1', name: 'Northwind Traders' } },
    });
    expect(created.status).toBe(201);
  });

  it('does not add the types to the default issue type scheme, which Jira added them to when it created them', async () => {
    expect(
      (await jira(sandbox, 'PUT', '/rest/api/3/issuetypescheme/project', { issueTypeSchemeId: DEFAULT_ISSUE_TYPE_SCHEME.id, projectId: globex })).status,
    ).toBe(204);
    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex] }, admin().accountId));
    expect(plan.items.find((i) => i.id === `scheme:${DEFAULT_ISSUE_TYPE_SCHEME.id}`)).toMatchObject({
      status: 'inPlace',
      summary: 'The issue type scheme “Default Issue Type Scheme” (GLOBEX) has the BRM issue types.',
    });
    const run = await provision(sandbox, [globex]);
    expect(run).toMatchObject({ status: 'done', report: { complete: true } });
    expect(sandbox.runtime.calls.some((c) => c.method === 'PUT' && c.path.startsWith('/rest/api/3/issuetypescheme/'))).toBe(false);
    expect(await typesOfProject(sandbox, globex)).toEqual(expect.arrayContaining(BRM_TYPES.map((name) => expect.objectContaining({ name }))));
  });

  it('writes nothing in team-managed FIELD that only an admin can do, and checks each manual step as the admin does it in the project settings', async () => {
    const checklist = async () => dataOf(await callAdmin(sandbox, 'getChecklist', { projectIds: [globex, field] }, admin().accountId)).projects;
    const before = await checklist();
    expect(before.map((p) => p.key)).toEqual(['FIELD']);
    expect(before[0]?.steps.map((s) => [s.id, s.done])).toEqual([
      ['issuetype:complaint', false],
      ['issuetype:compliment', false],
      ['issuetype:businessCase', false],
      ['issuetype:serviceRequirement', false],
      ['fields:brm:complaint', false],
      ['fields:brm:compliment', false],
      ['fields:brm:businessCase', false],
      ['fields:brm:serviceRequirement', false],
      [expect.stringMatching(/^fields:type:\d+$/), false],
      ['portal:complaint', false],
      ['portal:compliment', false],
    ]);

    const first = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId)).projects.find((p) => p.key === 'FIELD');
    expect(first?.attention).toEqual([
      {
        id: `checklist:${field}`,
        summary: '11 of 11 steps only an admin can do in FIELD are not done yet; choose FIELD and review the plan to see them all.',
        adminAction: { message: 'Create the issue type Complaint in FIELD.', link: { page: 'issueTypes', projectKey: 'FIELD' } },
      },
    ]);

    sandbox.runtime.resetCalls();
    const nothing = await provision(sandbox, [field]);
    expect(nothing).toMatchObject({ jobId: null, report: { writes: 0 } });
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });

    // The admin creates the four types in FIELD's settings: the app can now create the request types on its desk.
    const settings = sandbox.jira.settings;
    for (const name of BRM_TYPES) settings.createIssueType(admin().accountId, 'FIELD', { name, description: '' });
    const withTypes = await provision(sandbox, [field]);
    expect(withTypes).toMatchObject({ status: 'done', report: { complete: true, writes: 2 } });
    expect(sandbox.runtime.calls.filter((c) => c.method === 'POST' && c.path === '/rest/api/3/issuetype')).toEqual([]);
    const portal = await requestTypesOf(sandbox, field);
    expect(portal.filter((r) => r.name === 'Raise a complaint' || r.name === 'Give a compliment')).toHaveLength(2);

    const steps = (await checklist())[0]?.steps ?? [];
    expect(steps.filter((s) => s.area === 'issueType').every((s) => s.done)).toBe(true);
    expect(steps.filter((s) => s.area !== 'issueType').every((s) => !s.done)).toBe(true);

    // The admin adds the fields to each type and puts the request types in a portal group.
    for (const step of steps.filter((s) => s.area === 'fields')) {
      for (const key of step.id === 'fields:brm:businessCase'
        ? ['brm-customer', 'brm-service', 'brm-planned-cost', 'brm-actual-cost', 'brm-expected-benefit', 'brm-decision', 'brm-strategic']
        : ['brm-customer', 'brm-service']) {
        settings.addIssueTypeField(admin().accountId, 'FIELD', step.link.issueTypeId ?? '', await appFieldId(sandbox, key));
      }
    }
    const groups = z
      .object({ values: z.array(z.object({ id: z.string() })) })
      .parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${await deskOf(sandbox, field)}/requesttypegroup`)).body).values;
    for (const type of portal.filter((r) => r.groupIds.length === 0)) settings.addRequestTypeToGroup(admin().accountId, 'FIELD', type.id, groups[0]?.id ?? '');
    expect((await checklist())[0]?.steps.every((s) => s.done)).toBe(true);
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.projects.find((p) => p.key === 'FIELD')).toMatchObject({ provisioned: true, attention: [] });
  });

  it('says what was done and what was not when Jira fails mid-run, and the next run, planned afresh, completes it without duplicates', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype$/, status: 500, times: 1 });
    const broken = await provision(sandbox, [globex]);
    expect(broken.status).toBe('failed');
    expect(broken.error).toMatch(/^Provisioning stopped at “Create the request type “Raise a complaint” on the GLOBEX portal.”: Jira answered 500/);
    const failed = broken.report.items.filter((i) => i.outcome === 'failed');
    expect(failed.map((i) => [i.area, i.reason])).toEqual([['requestType', expect.stringMatching(/500/)]]);
    expect(broken.report.items.filter((i) => i.outcome === 'done').map((i) => i.area)).toEqual(expect.arrayContaining(['scheme', 'screen']));
    expect(broken.report.counts.notAttempted).toBe(1);

    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.lastRun).toEqual(broken.report);

    const resumed = await provision(sandbox, [globex]);
    expect(resumed).toMatchObject({ status: 'done', report: { complete: true } });
    expect(resumed.report.items.filter((i) => i.outcome === 'done' || i.outcome === 'needsAdmin').every((i) => i.area === 'requestType')).toBe(true);
    const all = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body);
    for (const name of BRM_TYPES) expect(all.filter((t) => t.name === name && t.scope === undefined)).toHaveLength(1);
    const portal = await requestTypesOf(sandbox, globex);
    expect(countNamed(portal, 'Raise a complaint')).toBe(1);
    expect(countNamed(portal, 'Give a compliment')).toBe(1);
  });

  it('waits out a 429 as Jira asks, and reports Jira as busy when it stays busy', async () => {
    const screenField = /^\/rest\/api\/3\/screens\/\d+\/tabs\/\d+\/fields$/;
    sandbox.jira.injectFault({ method: 'POST', pathPattern: screenField, status: 429, times: 1, retryAfterSeconds: 3 });
    expect((await provision(sandbox, [globex])).report.complete).toBe(true);
    expect(retryWaits).toEqual([3000]);

    const fresh = startSandbox();
    try {
      const id = await projectId(fresh, 'GLOBEX');
      fresh.jira.injectFault({ method: 'POST', pathPattern: screenField, status: 429, times: 20, retryAfterSeconds: 1 });
      const busy = await provision(fresh, [id]);
      expect(busy).toMatchObject({ status: 'failed', report: { complete: false } });
      expect(busy.report.items.find((i) => i.outcome === 'failed')?.reason).toMatch(/busy|429/);
      fresh.jira.clearFaults();
      expect((await provision(fresh, [id])).report.complete).toBe(true);
    } finally {
      fresh.close();
    }
  });

  it('gives an existing BRM issue type the icon it is missing on the next run, and then writes nothing', async () => {
    // An admin gave Complaint another icon (or the run that created it could not set one).
    const complaint = async () =>
      issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body).find((t) => t.name === 'Complaint' && t.scope === undefined);
    expect((await complaint())?.avatarId).toBe(10303);
    expect((await jira(sandbox, 'PUT', `/rest/api/3/issuetype/${(await complaint())?.id ?? ''}`, { avatarId: 10318 })).status).toBe(200);

    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex] }, admin().accountId));
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')).toMatchObject({ status: 'todo', writes: 1, summary: expect.stringContaining('icon') });
    expect((await provision(sandbox, [globex])).report.complete).toBe(true);
    expect((await complaint())?.avatarId).toBe(10303);

    sandbox.runtime.resetCalls();
    expect((await provision(sandbox, [globex])).report.writes).toBe(0);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('extends a field context an admin narrowed, so Customer reaches the new types', async () => {
    const customer = await appFieldId(sandbox, 'brm-customer');
    const incident = (await typesOfProject(sandbox, globex)).find((t) => t.name === 'Incident');
    const narrowed = await jira(sandbox, 'POST', `/rest/api/3/field/${customer}/context`, {
      name: 'GLOBEX incidents',
      projectIds: [globex],
      issueTypeIds: [incident?.id],
    });
    expect(narrowed.status).toBe(201);
    const contextId = z.object({ id: z.string() }).parse(narrowed.body).id;

    expect((await provision(sandbox, [globex])).report.complete).toBe(true);
    const mapping = z
      .object({ values: z.array(z.object({ contextId: z.string(), issueTypeId: z.string().optional() })) })
      .parse((await jira(sandbox, 'GET', `/rest/api/3/field/${customer}/context/issuetypemapping`)).body);
    const covered = new Set(mapping.values.filter((m) => m.contextId === contextId).map((m) => m.issueTypeId));
    for (const type of (await typesOfProject(sandbox, globex)).filter((t) => BRM_TYPES.includes(t.name))) expect(covered.has(type.id)).toBe(true);
  });

  it('answers a second run started while one goes on with that run, and writes each thing once', async () => {
    const [first, second] = await Promise.all([globex, globex].map(() => callAdmin(sandbox, 'runProvisioning', { projectIds: [globex] }, admin().accountId)));
    const runs = [first, second].map((r) => (r ? dataOf(r) : undefined));
    expect(new Set(runs.map((r) => r?.jobId)).size).toBe(1);
    expect(runs.map((r) => r?.alreadyRunning).sort()).toEqual([false, true]);
    await sandbox.settle();
    const all = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body);
    for (const name of BRM_TYPES) expect(countNamed(all, name)).toBe(1);
    expect((await provision(sandbox, [globex])).report.writes).toBe(0);
  });

  it('cancels a run after the write under way: what it wrote stays in the report, nothing follows, and a new run finishes the rest', async () => {
    let jobId = '';
    const handle = sandbox.jira.handle.bind(sandbox.jira);
    jest.spyOn(sandbox.jira, 'handle').mockImplementation(async (request) => {
      const answer = await handle(request);
      if (request.method === 'PUT' && request.path.startsWith('/rest/api/3/issuetypescheme/') && jobId !== '') {
        const cancelled = dataOf(await callAdmin(sandbox, 'cancelProvisioning', { jobId }, admin().accountId));
        expect(cancelled.cancelRequested).toBe(true);
        jobId = '';
      }
      return answer;
    });
    jobId = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [globex] }, admin().accountId)).jobId ?? '';
    const id = jobId;
    await sandbox.settle();
    const run = dataOf(await callAdmin(sandbox, 'getProvisioningRun', { jobId: id }, admin().accountId));
    const scheme = sandbox.jira.store.project('GLOBEX')?.issueTypeSchemeId ?? '';
    expect(run).toMatchObject({ status: 'cancelled', progress: { done: 1 } });
    expect(run.report?.items.filter((i) => i.outcome === 'done').map((i) => i.id)).toEqual([`scheme:${scheme}`]);
    expect(posts(sandbox, /^\/rest\/api\/3\/screens\//)).toBe(0);
    expect((await provision(sandbox, [globex])).report.complete).toBe(true);
    expect(countNamed(await typesOfProject(sandbox, globex), 'Complaint')).toBe(1);
  });

  it('names the field of a bad request and writes nothing', async () => {
    sandbox.runtime.resetCalls();
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [] }, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'projectIds',
    });
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', {}, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'projectIds',
      message: 'projectIds: is required',
    });
    expect(errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, 'ACME'] }, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'projectIds.1',
    });
    const unknown = errorOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [acme, '987654'] }, admin().accountId));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'projectIds.1' });
    expect(unknown.message).toContain('987654');
    expect(errorOf(await callAdmin(sandbox, 'getProvisioningRun', { jobId: 'no-such-run' }, admin().accountId))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'jobId',
    });
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });
});

describe('a provisioning run whose consumer Forge stops mid-step', () => {
  it('is taken over by the retry once the lease has run out, plans again from Jira, and repeats no write', async () => {
    const clock = new ManualClock();
    // The app's handlers, with the job runner on the sandbox's clock (leases are timed on it).
    const sandbox = new Sandbox({
      dataDir: ':memory:',
      clock,
      handlers: { ...appHandlers, runJobs: jobConsumer({ jobs: [provisioningJob], now: () => clock.now() }) },
      manifest: MANIFEST_PATH,
    });
    try {
      seedDemoTenant(sandbox.jira, { issues: 10 });
      const globex = await projectId(sandbox, 'GLOBEX');
      const service = await appFieldId(sandbox, 'brm-service');
      // Jira puts Service on GLOBEX's first screen, and Forge stops the consumer (300 s) before it records the step.
      const handle = sandbox.jira.handle.bind(sandbox.jira);
      let killed = false;
      jest.spyOn(sandbox.jira, 'handle').mockImplementation(async (request) => {
        const answer = await handle(request);
        if (
          !killed &&
          request.method === 'POST' &&
          /^\/rest\/api\/3\/screens\/\d+\/tabs\/\d+\/fields$/.test(request.path) &&
          request.body?.includes(`"${service}"`)
        ) {
          killed = true;
          await clock.advance(300_000);
        }
        return answer;
      });
      const started = dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [globex] }, admin().accountId));
      for (let i = 0; i < 50; i++) {
        await sandbox.runDueEvents();
        const next = sandbox.nextDueAt();
        if (next === undefined) break;
        await clock.advanceTo(Math.max(next, clock.now()));
      }
      expect(sandbox.consumerErrors.map((e) => e.name)).toEqual(['InvocationTimeoutError']);
      // The stopped delivery could not record anything afterwards.
      expect(sandbox.runtime.refusedCalls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/v1/transaction']);
      const run = dataOf(await callAdmin(sandbox, 'getProvisioningRun', { jobId: started.jobId }, admin().accountId));
      expect(run).toMatchObject({ status: 'done', report: { complete: true } });
      // The plan made after the takeover finds Service on that screen: each of the 21 placements was made once.
      expect(posts(sandbox, /^\/rest\/api\/3\/screens\/\d+\/tabs\/\d+\/fields$/)).toBe(21);
      const screens = sandbox.jira.store.docs.screens.filter((s) => s.name.startsWith('GLOBEX:'));
      for (const screen of screens) expect(screen.tabs.flatMap((t) => t.fieldIds).filter((id) => id === service)).toHaveLength(1);
    } finally {
      sandbox.close();
    }
  });
});
