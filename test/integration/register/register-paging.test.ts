import type { Sandbox } from '@brm/sandbox/sandbox';
import type { RegisterRow } from '#register/contract';
import { acmeOnlyAgent, agent, callRegister, customers, dataOf, errorOf, startRegisterSandbox, storedComplaints } from './harness';

/** The register pages through search/jql with nextPageToken: every complaint once, and only what the viewer may browse. */
describe('the complaint register', () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = startRegisterSandbox({ issues: 100, complaints: 5000 });
  });
  afterAll(() => sandbox.close());

  const query = { filter: {}, sort: { key: 'created', direction: 'desc' } };

  async function allRows(
    accountId: string,
    payload: Record<string, unknown>,
    project?: { id: string; key: string },
  ): Promise<{ rows: RegisterRow[]; pages: number }> {
    const rows: RegisterRow[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const page: { rows: RegisterRow[]; nextPageToken: string | null } = dataOf(
        await callRegister(sandbox, 'getRegisterPage', { ...payload, pageSize: 100, ...(token ? { nextPageToken: token } : {}) }, accountId, project),
      );
      rows.push(...page.rows);
      token = page.nextPageToken;
      pages += 1;
    } while (token !== null && pages < 200);
    return { rows, pages };
  }

  it('pages over 5,000 complaints returning every row exactly once, in the order asked', async () => {
    const { rows, pages } = await allRows(agent().accountId, query);
    // The 5,000 of the history and the complaint tickets the BRM set-up already holds.
    const total = storedComplaints(sandbox).length;
    expect(total).toBeGreaterThan(5000);
    expect(pages).toBe(Math.ceil(total / 100));
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.key)).size).toBe(total);
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set(storedComplaints(sandbox).map((c) => c.key)));
    const created = rows.map((r) => r.created);
    expect(created).toEqual([...created].sort().reverse());
  }, 120_000);

  it('costs one search, the field list, the settings and the type names for the first page, at any size', async () => {
    sandbox.runtime.resetCalls();
    dataOf(await callRegister(sandbox, 'getRegisterPage', { ...query, pageSize: 50 }, agent().accountId));
    const calls = sandbox.runtime.calls.map((c) => `${c.type} ${c.method} ${c.path.split('?')[0] ?? ''}`);
    // Two KVS reads: the register's settings and the names the Complaint type has in Jira.
    expect(calls.sort()).toEqual(
      ['kvs POST /api/v1/get', 'kvs POST /api/v1/get', 'product GET /rest/api/3/field', 'product POST /rest/api/3/search/jql'].sort(),
    );
  });

  it('fills each row with its project, customer and service, and answers the JQL it ran', async () => {
    sandbox.runtime.resetCalls();
    const page = dataOf(await callRegister(sandbox, 'getRegisterPage', { ...query, pageSize: 5 }, agent().accountId));
    expect(page.rows[0]).toMatchObject({ project: { key: 'ACME' }, customer: expect.any(String), service: expect.any(String) });
    expect(page.jql).toBe('issuetype = "Complaint" ORDER BY created DESC, key DESC');
  });

  it('filters by status, measures, severity and period, and the rows agree with the filter', async () => {
    const { rows } = await allRows(agent().accountId, {
      filter: { status: 'open', measures: 'overdue', severity: 'high', createdFrom: '2000-01-01' },
      sort: { key: 'nextDue', direction: 'asc' },
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.status.category).not.toBe('done');
      expect(row.measures.overdue).toBeGreaterThan(0);
      expect(row.severity).toBe('high');
    }
    const due = rows.map((r) => r.measures.nextDue ?? '');
    expect(due).toEqual([...due].sort());
  }, 60_000);

  it('shows resolved complaints with their resolution time, and open ones with their age', async () => {
    const page = dataOf(
      await callRegister(
        sandbox,
        'getRegisterPage',
        { filter: { status: 'resolved' }, sort: { key: 'resolved', direction: 'desc' }, pageSize: 20 },
        agent().accountId,
      ),
    );
    for (const row of page.rows) {
      expect(row.resolutionHours).toBeGreaterThan(0);
      expect(row.ageDays).toBeNull();
    }
    const open = dataOf(
      await callRegister(
        sandbox,
        'getRegisterPage',
        { filter: { status: 'open' }, sort: { key: 'created', direction: 'asc' }, pageSize: 5 },
        agent().accountId,
      ),
    );
    expect(open.rows[0]?.ageDays).toBeGreaterThan(0);
  });

  it('shows a portal customer only the complaints they may browse', async () => {
    const customer = customers().find((c) => c.organization === 'Woodgrove Bank');
    if (!customer) throw new Error('no Woodgrove Bank customer');
    const { rows } = await allRows(customer.accountId, query);
    const theirs = new Set(sandbox.jira.store.organizationsOf(customer.accountId).map((o) => o.id));
    const visible = storedComplaints(sandbox).filter((c) => c.reporterId === customer.accountId || c.organizationIds.some((id) => theirs.has(id)));
    expect(rows.length).toBe(visible.length);
    expect(rows.length).toBeLessThan(5000);
  }, 60_000);

  it('on a project page shows that project only, and nothing of a project the viewer cannot browse', async () => {
    const field = sandbox.jira.store.project('FIELD');
    const acme = sandbox.jira.store.project('ACME');
    if (!field || !acme) throw new Error('set-up');
    const onField = dataOf(
      await callRegister(sandbox, 'getRegisterPage', { ...query, pageSize: 10 }, acmeOnlyAgent().accountId, { id: field.id, key: field.key }),
    );
    expect(onField.rows).toEqual([]);
    expect(onField.jql).toContain(`project = ${field.id}`);
    const onAcme = dataOf(
      await callRegister(sandbox, 'getRegisterPage', { ...query, pageSize: 10, filter: { projectIds: [field.id] } }, acmeOnlyAgent().accountId, {
        id: acme.id,
        key: acme.key,
      }),
    );
    expect(onAcme.rows).toHaveLength(10);
  });

  it('counts what the filter finds, for the export', async () => {
    const count = dataOf(await callRegister(sandbox, 'countRegister', { filter: { escalated: true }, sort: {} }, agent().accountId));
    const escalated = storedComplaints(sandbox).filter((c) => JSON.stringify(c.properties).includes('"escalated":"yes"')).length;
    expect(count.count).toBe(escalated);
  });

  it('offers the projects, customers and services to filter by', async () => {
    const options = dataOf(await callRegister(sandbox, 'getRegisterOptions', {}, agent().accountId));
    expect(options.projects.map((p) => p.key).sort()).toEqual(['ACME', 'FIELD', 'GLOBEX']);
    expect(options.customers.length).toBe(6);
  });

  it('refuses a bad filter naming the field', async () => {
    expect(errorOf(await callRegister(sandbox, 'getRegisterPage', { filter: { status: 'maybe' }, sort: {} }, agent().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'filter.status',
    });
    expect(
      errorOf(await callRegister(sandbox, 'getRegisterPage', { filter: { createdFrom: '2026-02-01', createdTo: '2026-01-01' }, sort: {} }, agent().accountId)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'filter.createdTo' });
    expect(errorOf(await callRegister(sandbox, 'getRegisterPage', { filter: {}, sort: {}, pageSize: 500 }, agent().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'pageSize',
    });
  });
});
