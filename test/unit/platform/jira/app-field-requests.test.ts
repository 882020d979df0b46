import { JiraClient } from '#platform/jira/client';
import { updateAppFieldValues } from '#platform/jira/app-field-values';
import { createScreenFields } from '#platform/jira/issues';
import { ForgeRuntime } from '@brm/sandbox/runtime/forge-runtime';
import type { ProductRequest, ProductResponse } from '@brm/sandbox/runtime/product-types';

/**
 * The requests the platform adapters send: the app field value API (Update custom field value for
 * one field, Update custom fields for several) and the pages of Get create field metadata.
 */

const script: ProductResponse[] = [];
const seen: ProductRequest[] = [];
const runtime = new ForgeRuntime({
  jira: {
    handle: async (request) => {
      seen.push(request);
      return script.shift() ?? { status: 204, body: '' };
    },
  },
  kvs: { handle: () => ({ status: 404, body: { code: 'KEY_NOT_FOUND', message: 'none' } }) },
});

beforeAll(() => runtime.install());
beforeEach(() => {
  script.length = 0;
  seen.length = 0;
});

const app = () => new JiraClient('app');
const bodyOf = (request: ProductRequest | undefined): unknown => JSON.parse(typeof request?.body === 'string' ? request.body : 'null');

describe('updateAppFieldValues', () => {
  it('sends one field through Update custom field value (PUT), with numeric issue ids', async () => {
    await updateAppFieldValues(app(), [{ fieldId: 'customfield_10020', issueIds: ['10001', '10002'], value: { id: '4', name: 'Northwind Traders' } }]);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /rest/api/3/app/field/customfield_10020/value']);
    expect(bodyOf(seen[0])).toEqual({ updates: [{ issueIds: [10001, 10002], value: { id: '4', name: 'Northwind Traders' } }] });
  });

  it('sends several fields in one Update custom fields (POST), and nothing when there is nothing to set', async () => {
    await updateAppFieldValues(app(), [
      { fieldId: 'customfield_10020', issueIds: ['10001'], value: null },
      { fieldId: 'customfield_10021', issueIds: ['10001'], value: { id: 'svc-1', name: 'Email' } },
      { fieldId: 'customfield_10022', issueIds: [], value: 5 },
    ]);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/app/field/value']);
    expect(bodyOf(seen[0])).toEqual({
      updates: [
        { customField: 'customfield_10020', issueIds: [10001], value: null },
        { customField: 'customfield_10021', issueIds: [10001], value: { id: 'svc-1', name: 'Email' } },
      ],
    });
    await updateAppFieldValues(app(), []);
    expect(seen).toHaveLength(1);
  });

  it('refuses to send as a user, or with an issue key, before anything goes to Jira', async () => {
    await expect(updateAppFieldValues(new JiraClient('user'), [{ fieldId: 'customfield_10020', issueIds: ['10001'], value: null }])).rejects.toThrow(
      /Only the app that owns a field/,
    );
    await expect(updateAppFieldValues(app(), [{ fieldId: 'customfield_10020', issueIds: ['ACME-1'], value: null }])).rejects.toThrow(
      /numeric issue ids, not 'ACME-1'/,
    );
    expect(seen).toEqual([]);
  });
});

describe('createScreenFields', () => {
  it('reads every page of the create screen, whether Jira names the list fields or results', async () => {
    script.push({ status: 200, body: { startAt: 0, maxResults: 2, total: 3, fields: [{ fieldId: 'summary' }, { fieldId: 'description' }] } });
    script.push({ status: 200, body: { startAt: 2, maxResults: 2, total: 3, results: [{ fieldId: 'labels' }] } });
    expect([...(await createScreenFields(app(), '10000', '10005'))]).toEqual(['summary', 'description', 'labels']);
    expect(seen.map((r) => r.path)).toEqual([
      '/rest/api/3/issue/createmeta/10000/issuetypes/10005?startAt=0&maxResults=200',
      '/rest/api/3/issue/createmeta/10000/issuetypes/10005?startAt=2&maxResults=200',
    ]);
  });
});
