import { JiraClient } from '../../../../src/platform/jira/client';
import type { ProvisioningReport } from '../../../../src/contract/admin';
import type { ProvisioningPlan } from '../../../../src/domain/provisioning/steps';
import { runPlan } from '../../../../src/services/provisioning/run-provisioning';
import { ForgeRuntime } from '../../../../sandbox/runtime/forge-runtime';
import type { ProductRequest, ProductResponse } from '../../../../sandbox/runtime/product-types';

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

const noWait = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined };

const plan: ProvisioningPlan = {
  items: [
    { id: 'issuetype:complaint', area: 'issueType', summary: 'Create Complaint', projectIds: ['10'], steps: [{ kind: 'createIssueType', ref: 'new:issuetype:complaint', brmType: 'complaint' }] },
    { id: 'issuetype:compliment', area: 'issueType', summary: 'Compliment exists', projectIds: ['10'], steps: [] },
    { id: 'field:brm-strategic', area: 'field', summary: 'Strategic field missing', projectIds: ['10'], steps: [], blocked: 'No such field.' },
    { id: 'scheme:s1', area: 'scheme', summary: 'Add Complaint', projectIds: ['10'], steps: [{ kind: 'addIssueTypesToScheme', schemeId: 's1', issueTypeIds: ['7', 'new:issuetype:complaint'] }] },
    {
      id: 'requesttype:10:complaint',
      area: 'requestType',
      summary: 'Create Raise a complaint',
      projectIds: ['10'],
      steps: [{ kind: 'createRequestType', ref: 'new:requesttype:10:complaint', projectId: '10', serviceDeskId: '3', requestType: 'complaint', issueTypeId: 'new:issuetype:complaint' }],
    },
  ],
};

async function run(): Promise<{ report: ProvisioningReport; progress: ProvisioningReport[] }> {
  const progress: ProvisioningReport[] = [];
  const report = await runPlan(plan, {
    client: new JiraClient('app', noWait),
    startedBy: 'admin-1',
    projectIds: ['10'],
    projectKeyOf: (id) => (id === '10' ? 'ACME' : id),
    now: () => new Date('2026-11-01T10:00:00Z'),
    onProgress: async (r) => void progress.push(r),
  });
  return { report, progress };
}

beforeEach(() => {
  requests.length = 0;
  failWhen = () => undefined;
  nextId = 500;
});

describe('runPlan', () => {
  it('carries out the steps in order, feeding created ids into later steps', async () => {
    const { report, progress } = await run();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issuetype',
      'PUT /rest/api/3/issuetype/500',
      'PUT /rest/api/3/issuetypescheme/s1/issuetype',
      'POST /rest/servicedeskapi/servicedesk/3/requesttype',
    ]);
    expect(JSON.parse(requests[2]?.body ?? '{}')).toEqual({ issueTypeIds: ['7', '500'] });
    expect(JSON.parse(requests[3]?.body ?? '{}')).toMatchObject({ name: 'Raise a complaint', issueTypeId: '500' });
    expect(report.items.map((i) => [i.id, i.outcome])).toEqual([
      ['issuetype:complaint', 'done'],
      ['issuetype:compliment', 'skipped'],
      ['field:brm-strategic', 'failed'],
      ['scheme:s1', 'done'],
      ['requesttype:10:complaint', 'done'],
    ]);
    expect(report.items[2]?.reason).toBe('No such field.');
    expect(report).toMatchObject({ complete: false, writes: 4, counts: { done: 3, skipped: 1, failed: 1, notAttempted: 0 } });
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toEqual(report);
  });

  it('stops at the first Jira failure and leaves the rest not attempted', async () => {
    failWhen = (r) => (r.path.includes('issuetypescheme') ? { status: 500, body: { errorMessages: ['Internal server error.'] } } : undefined);
    const { report } = await run();
    expect(report.items.map((i) => i.outcome)).toEqual(['done', 'skipped', 'failed', 'failed', 'notAttempted']);
    expect(report.items[3]?.reason).toBe('Jira answered 500: Internal server error.');
    expect(requests.some((r) => r.path.includes('requesttype'))).toBe(false);
  });

  it('keeps a created type whose icon Jira refused, with a note', async () => {
    failWhen = (r) => (r.method === 'PUT' && r.path === '/rest/api/3/issuetype/500' ? { status: 400, body: { errorMessages: ['The avatar does not exist.'] } } : undefined);
    const { report } = await run();
    expect(report.items[0]).toMatchObject({ outcome: 'done', note: expect.stringContaining('The avatar does not exist.') });
  });
});
