import { provisioningReport, type ProvisioningReport } from '#provisioning/contract';
import type { ProvisioningPlan } from '#provisioning/domain/steps';
import { configureRetry, resetRetry } from '#platform/jira/retry-policy';
import type { StepOutcome } from '#platform/jobs/define-job';
import { startCheckpoint } from '#provisioning/provisioning-checkpoint';
import { provisioningJob } from '#provisioning/provisioning-job';
import { ForgeRuntime } from '@brm/sandbox/runtime/forge-runtime';
import type { ProductRequest, ProductResponse } from '@brm/sandbox/runtime/product-types';

/** A Jira that hands out ids for creates and fails where a test says, behind the real Forge runtime. */
const requests: ProductRequest[] = [];
let failWhen: (request: ProductRequest) => ProductResponse | undefined = () => undefined;
let nextId = 500;
new ForgeRuntime({
  jira: {
    handle: async (request) => {
      requests.push(request);
      const failure = failWhen(request);
      if (failure) return failure;
      if (request.method === 'POST') return { status: 201, body: { id: String(nextId++), name: 'created', issueTypeId: '1' } };
      return { status: 204 };
    },
  },
  kvs: { handle: () => ({ status: 404, body: {} }) },
}).install();

const plan: ProvisioningPlan = {
  items: [
    {
      id: 'issuetype:complaint',
      area: 'issueType',
      summary: 'Create Complaint',
      projectIds: ['10'],
      steps: [{ kind: 'createIssueType', ref: 'new:issuetype:complaint', brmType: 'complaint', names: 'en' }],
    },
    { id: 'issuetype:compliment', area: 'issueType', summary: 'Compliment exists', projectIds: ['10'], steps: [] },
    { id: 'field:brm-strategic', area: 'field', summary: 'Strategic field missing', projectIds: ['10'], steps: [], blocked: 'No such field.' },
    {
      id: 'scheme:s1',
      area: 'scheme',
      summary: 'Add Complaint',
      projectIds: ['10'],
      steps: [{ kind: 'addIssueTypesToScheme', schemeId: 's1', issueTypeIds: ['7', 'new:issuetype:complaint'] }],
    },
    {
      id: 'screen:brm-customer:10',
      area: 'screen',
      summary: 'Put Customer on the screens',
      projectIds: ['10'],
      steps: [
        { kind: 'addFieldToScreen', fieldKey: 'brm-customer', fieldId: 'customfield_1', screenId: '21', tabId: '31' },
        { kind: 'addFieldToScreen', fieldKey: 'brm-customer', fieldId: 'customfield_1', screenId: '22', tabId: '32' },
      ],
    },
    {
      id: 'requesttype:10:complaint',
      area: 'requestType',
      summary: 'Create Raise a complaint',
      projectIds: ['10'],
      steps: [
        {
          kind: 'createRequestType',
          ref: 'new:requesttype:10:complaint',
          projectId: '10',
          serviceDeskId: '3',
          requestType: 'complaint',
          issueTypeId: 'new:issuetype:complaint',
          names: 'en',
        },
      ],
      adminAction: { message: 'Add it to a portal group.', link: { page: 'requestTypes', projectKey: 'ACME' } },
    },
  ],
};

const params = { projectIds: ['10'], projectKeys: { '10': 'ACME' } };
const context = { jobId: 'job-1', startedBy: 'admin-1', now: () => new Date('2026-11-01T10:00:00Z'), resumed: false };

/** Runs the job's steps as the runner would, each from the last checkpoint, until it ends. */
async function runToEnd(): Promise<{ last: StepOutcome<unknown, unknown>; steps: number; progress: number[] }> {
  let checkpoint: unknown = startCheckpoint(plan, params, '2026-11-01T10:00:00.000Z');
  const progress: number[] = [];
  for (let steps = 1; steps < 50; steps++) {
    const outcome = await provisioningJob.runStep(params, checkpoint, context);
    progress.push(outcome.progress.done);
    if (outcome.status !== 'continue') return { last: outcome, steps, progress };
    checkpoint = JSON.parse(JSON.stringify(outcome.checkpoint));
  }
  throw new Error('the job never ended');
}

const reportOf = (outcome: StepOutcome<unknown, unknown>): ProvisioningReport => {
  if (outcome.status === 'continue' || outcome.result === undefined) throw new Error(`expected an ended job, got ${outcome.status}`);
  return provisioningReport.parse(outcome.result);
};

beforeAll(() => configureRetry({ maxAttempts: 1, sleep: async () => undefined }));
afterAll(() => resetRetry());
beforeEach(() => {
  requests.length = 0;
  failWhen = () => undefined;
  nextId = 500;
});

describe('the provisioning job', () => {
  it('carries out one write of the plan per step, from a checkpoint that survives JSON, feeding created ids into later steps', async () => {
    const { last, steps, progress } = await runToEnd();
    expect(steps).toBe(5);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issuetype',
      'PUT /rest/api/3/issuetype/500',
      'PUT /rest/api/3/issuetypescheme/s1/issuetype',
      'POST /rest/api/3/screens/21/tabs/31/fields',
      'POST /rest/api/3/screens/22/tabs/32/fields',
      'POST /rest/servicedeskapi/servicedesk/3/requesttype',
      // Once done, the run reads the issue types to record the names the BRM types now have.
      'GET /rest/api/3/issuetype',
    ]);
    expect(JSON.parse(requests[0]?.body ?? '{}')).toEqual({ name: 'Complaint', description: expect.any(String), hierarchyLevel: 0 });
    expect(JSON.parse(requests[2]?.body ?? '{}')).toEqual({ issueTypeIds: ['7', '500'] });
    expect(JSON.parse(requests[3]?.body ?? '{}')).toEqual({ fieldId: 'customfield_1' });
    expect(JSON.parse(requests[5]?.body ?? '{}')).toMatchObject({ name: 'Raise a complaint', issueTypeId: '500' });
    expect(requests.every((r) => r.caller.kind === 'app')).toBe(true);
    const report = reportOf(last);
    expect(last.status).toBe('done');
    expect(report.items.map((i) => [i.id, i.outcome])).toEqual([
      ['issuetype:complaint', 'done'],
      ['issuetype:compliment', 'skipped'],
      ['field:brm-strategic', 'failed'],
      ['scheme:s1', 'done'],
      ['screen:brm-customer:10', 'done'],
      ['requesttype:10:complaint', 'needsAdmin'],
    ]);
    expect(report.items[5]?.adminAction).toEqual({ message: 'Add it to a portal group.', link: { page: 'requestTypes', projectKey: 'ACME' } });
    expect(report.items[2]?.reason).toBe('No such field.');
    expect(report).toMatchObject({ complete: false, writes: 6, counts: { done: 3, skipped: 1, failed: 1, notAttempted: 0, needsAdmin: 1 } });
  });

  it('ends failed at the first Jira failure, saying where and why, and leaves the rest not attempted', async () => {
    failWhen = (r) => (r.path.includes('issuetypescheme') ? { status: 500, body: { errorMessages: ['Internal server error.'] } } : undefined);
    const { last } = await runToEnd();
    expect(last).toMatchObject({ status: 'failed', reason: 'Provisioning stopped at “Add Complaint”: Jira answered 500: Internal server error.' });
    const report = reportOf(last);
    expect(report.items.map((i) => i.outcome)).toEqual(['done', 'skipped', 'failed', 'failed', 'notAttempted', 'notAttempted']);
    expect(report.items[3]?.reason).toBe('Jira answered 500: Internal server error.');
    expect(requests.some((r) => r.path.includes('requesttype'))).toBe(false);
  });

  it('keeps a created type whose icon Jira refused, with a note', async () => {
    failWhen = (r) =>
      r.method === 'PUT' && r.path === '/rest/api/3/issuetype/500' ? { status: 400, body: { errorMessages: ['The avatar does not exist.'] } } : undefined;
    const report = reportOf((await runToEnd()).last);
    expect(report.items[0]).toMatchObject({ outcome: 'done', note: expect.stringContaining('The avatar does not exist.') });
  });

  it('counts a field Jira says a screen already has as in place, with a note (Add screen tab field: 400 "already exists on the screen")', async () => {
    failWhen = (r) =>
      r.path === '/rest/api/3/screens/22/tabs/32/fields'
        ? { status: 400, body: { errorMessages: [], errors: { fieldId: 'The field with id customfield_1 already exists on the screen.' } } }
        : undefined;
    const report = reportOf((await runToEnd()).last);
    expect(report.items[4]).toMatchObject({ outcome: 'done', note: 'Customer was already on screen 22.' });
  });

  it('refuses a checkpoint it cannot read, saying so', async () => {
    await expect(provisioningJob.runStep(params, { items: 'nope' }, context)).rejects.toThrow(/saved checkpoint of this provisioning job cannot be read/);
  });
});
