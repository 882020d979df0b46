import fc from 'fast-check';
import { z } from 'zod';
import { ADMIN, APP, KIM, SAM, call, customerCaller, demoJira } from '#sandbox/test/jira/emulator-fixture';

const searchPage = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
  nextPageToken: z.string().optional(),
  isLast: z.boolean(),
});
const countBody = z.object({ count: z.number() });

const shared = demoJira({ issues: 120 });
/** ACME's 120 requests and its BRM tickets. */
const ACME_ISSUES = shared.jira.store.docs.issues.filter((i) => i.key.startsWith('ACME-')).length;

async function pageThrough(jql: string, pageSize: number, caller = SAM): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const res = await call(shared.jira, caller, 'POST', '/rest/api/3/search/jql', { jql, maxResults: pageSize, nextPageToken: token, fields: ['summary'] });
    expect(res.status).toBe(200);
    const page = searchPage.parse(res.body);
    keys.push(...page.issues.map((i) => i.key));
    if (page.isLast) {
      expect(page.nextPageToken).toBeUndefined();
      return keys;
    }
    expect(page.issues).toHaveLength(pageSize);
    token = page.nextPageToken;
  }
  throw new Error('Paging did not end.');
}

async function count(jql: string, caller = SAM): Promise<number> {
  const res = await call(shared.jira, caller, 'POST', '/rest/api/3/search/approximate-count', { jql });
  expect(res.status).toBe(200);
  return countBody.parse(res.body).count;
}

const QUERIES = [
  'project = ACME',
  'project = ACME AND statusCategory != Done ORDER BY created DESC',
  'project = ACME AND issuetype = Incident ORDER BY updated ASC, key DESC',
  'project in (ACME, "FIELD") AND resolution is EMPTY ORDER BY status ASC',
  'project = ACME AND created >= -90d ORDER BY created ASC',
  'assignee is EMPTY ORDER BY key ASC',
];

describe('search/jql and approximate-count', () => {
  it('pages every matching issue exactly once, and the count equals the paged total', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUERIES), fc.integer({ min: 1, max: 40 }), async (jql, pageSize) => {
        const keys = await pageThrough(jql, pageSize);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.length).toBe(await count(jql));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the order of ORDER BY across pages', async () => {
    const keys = await pageThrough('project = ACME ORDER BY key ASC', 7);
    const numbers = keys.map((k) => Number(k.split('-')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).toHaveLength(ACME_ISSUES);
    expect(ACME_ISSUES).toBeGreaterThan(120);
  });

  it('returns only ids, keys and self by default, up to 5000 per page', async () => {
    const res = await call(shared.jira, APP, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ACME')}&maxResults=6000`);
    const page = searchPage.parse(res.body);
    expect(page.issues).toHaveLength(ACME_ISSUES);
    expect(page.issues[0]?.fields).toEqual({});
    const withFields = searchPage.parse(
      (await call(shared.jira, APP, 'POST', '/rest/api/3/search/jql', { jql: 'project = ACME', maxResults: 500, fields: ['summary'] })).body,
    );
    expect(withFields.issues).toHaveLength(100);
  });

  it('answers 400 with the JQL error messages for a bad query, and for an unbounded one', async () => {
    const res = await call(shared.jira, SAM, 'POST', '/rest/api/3/search/jql', { jql: 'project = ACME AND nosuchfield = 3' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errorMessages: [expect.stringContaining('nosuchfield')] });
    const unbounded = await call(shared.jira, SAM, 'POST', '/rest/api/3/search/approximate-count', { jql: 'ORDER BY created' });
    expect(unbounded.status).toBe(400);
  });

  it('rejects a page token from another query', async () => {
    const first = searchPage.parse((await call(shared.jira, SAM, 'POST', '/rest/api/3/search/jql', { jql: 'project = ACME', maxResults: 5 })).body);
    const res = await call(shared.jira, SAM, 'POST', '/rest/api/3/search/jql', { jql: 'project = ACME ORDER BY key ASC', nextPageToken: first.nextPageToken });
    expect(res.status).toBe(400);
  });
});

describe('what each user finds', () => {
  it('an agent of ACME only does not find FIELD issues', async () => {
    expect(await count('project = "FIELD"', SAM)).toBe(10);
    expect(await count('project = "FIELD"', KIM)).toBe(0);
    expect(await count('project = "FIELD"', ADMIN)).toBe(10);
  });

  it('a customer finds only the requests they reported, take part in, or that are shared with their organization', async () => {
    const customer = customerCaller('Contoso Pharmaceuticals');
    const organization = shared.jira.store.organizations().find((o) => o.name === 'Contoso Pharmaceuticals');
    const acme = shared.jira.store.project('ACME')?.id;
    const expected = shared.jira.store.docs.issues
      .all()
      .filter((i) => i.projectId === acme)
      .filter(
        (i) =>
          (customer.kind === 'user' && (i.reporterId === customer.accountId || i.participantIds.includes(customer.accountId))) ||
          (organization !== undefined && i.organizationIds.includes(organization.id)),
      );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ACME_ISSUES);
    const keys = await pageThrough('project = ACME', 50, customer);
    expect(keys.sort()).toEqual(expected.map((i) => i.key).sort());
    expect(await count('project = ACME', customer)).toBe(expected.length);
  });

  it('a customer cannot count another organization’s requests through JQL', async () => {
    const other = shared.jira.store.docs.issues
      .all()
      .find((i) => i.organizationIds.length > 0 && shared.jira.store.docs.organizations.get(i.organizationIds[0] ?? '')?.name === 'Woodgrove Bank');
    if (!other) throw new Error('The seed has no Woodgrove request.');
    const customer = customerCaller('Contoso Pharmaceuticals');
    expect(await count(`key = ${other.key}`, customer)).toBe(0);
    expect(await count(`key = ${other.key}`, SAM)).toBe(1);
  });
});

describe('POST issue/bulkfetch', () => {
  it('returns the visible issues and an error for each other one', async () => {
    const res = await call(shared.jira, KIM, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['ACME-1', 'FIELD-1', 'ACME-2', 'NOPE-1'],
      fields: ['summary'],
    });
    expect(res.status).toBe(200);
    const body = z
      .object({
        issues: z.array(z.object({ key: z.string(), fields: z.object({ summary: z.string() }) })),
        issueErrors: z.array(z.object({ id: z.string(), errorMessage: z.string() })),
      })
      .parse(res.body);
    expect(body.issues.map((i) => i.key)).toEqual(['ACME-1', 'ACME-2']);
    expect(body.issueErrors.map((e) => e.id)).toEqual(['FIELD-1', 'NOPE-1']);
  });

  it('refuses more than 100 issues', async () => {
    const keys = Array.from({ length: 101 }, (_, i) => `ACME-${i + 1}`);
    expect((await call(shared.jira, SAM, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: keys })).status).toBe(400);
  });
});
