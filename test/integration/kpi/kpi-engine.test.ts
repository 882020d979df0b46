import type { Sandbox } from '@brm/sandbox/sandbox';
import type { StoredIssue } from '@brm/sandbox/jira/model';
import { resolvePeriod } from '#kernel/periods';
import type { KpiReport } from '#kpi/contract';
import { JIRA_CONCURRENCY } from '#kpi/domain/constants';
import { computeKpis } from '#kpi/public';
import { addBrmHistory, type BrmHistory } from '#test/support/brm-history';
import { acmeOnlyAgent, agent, callKpiGadget, customers, dataOf, errorOf, retryWaits, startSandbox } from '#test/integration/harness';

/** The engine's behaviour around Jira: who sees what, the cache, Jira being busy or failing. */

const at = (text: string | null): number => (text === null ? Number.NaN : Date.parse(text));

function brmSandbox(): { sandbox: Sandbox; history: BrmHistory } {
  // Without the seeded surveys: the survey KPIs here are those of a site where nobody has answered yet.
  const sandbox = startSandbox({ surveys: false });
  const now = new Date();
  const history = addBrmHistory(sandbox.jira, { complaints: 80, compliments: 20, businessCases: 10, serviceRequirements: 10, services: [], now });
  addBrmHistory(sandbox.jira, { complaints: 30, compliments: 5, businessCases: 0, serviceRequirements: 0, services: [], now, projectKey: 'FIELD', seed: 11 });
  return { sandbox, history };
}

const kpi = (report: KpiReport, id: string) => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
};

describe('who sees which numbers', () => {
  let sandbox: Sandbox;
  let history: BrmHistory;
  beforeAll(() => ({ sandbox, history } = brmSandbox()));
  afterAll(() => sandbox.close());

  const projectId = (key: string) => sandbox.jira.store.project(key)?.id ?? '';
  const complaintsThisYear = (where: (i: StoredIssue) => boolean) => {
    const year = resolvePeriod({ kind: 'this-year' }, Date.now());
    return sandbox.jira.store.docs.issues
      .all()
      .filter((i) => i.issueTypeId === history.typeIds.complaint && at(i.created) >= year.start && at(i.created) < year.end && where(i)).length;
  };
  const config = (scope: Record<string, unknown>) => ({
    kpis: [{ id: 'complaints-received' }, { id: 'compliments-received' }],
    period: { kind: 'this-year' },
    scope,
  });

  it('a user who cannot browse a project gets no counts from it: the scope keeps only their projects', async () => {
    const both = config({ projectIds: [projectId('ACME'), projectId('FIELD')] });
    const kim = dataOf(await callKpiGadget(sandbox, 'getKpis', both, acmeOnlyAgent().accountId));
    expect(kim.scope).toMatchObject({ projects: [{ key: 'ACME' }], hiddenProjects: 1 });
    expect(kpi(kim, 'complaints-received').value).toBe(complaintsThisYear((i) => i.projectId === projectId('ACME')));
    expect(kpi(kim, 'complaints-received').drillDownJql).not.toContain(projectId('FIELD'));
    const sam = dataOf(await callKpiGadget(sandbox, 'getKpis', both, agent().accountId));
    expect(sam.scope.hiddenProjects).toBe(0);
    expect(kpi(sam, 'complaints-received').value).toBe(complaintsThisYear(() => true));
    expect(kpi(sam, 'complaints-received').value).toBeGreaterThan(kpi(kim, 'complaints-received').value ?? 0);

    const fieldOnly = dataOf(await callKpiGadget(sandbox, 'getKpis', config({ projectIds: [projectId('FIELD')] }), acmeOnlyAgent().accountId));
    expect(fieldOnly.kpis.map((k) => [k.state, k.reason, k.value])).toEqual([
      ['unavailable', 'no-projects', null],
      ['unavailable', 'no-projects', null],
    ]);
  }, 60_000);

  it('refuses to save a scope naming a project the editor cannot browse, naming the field', async () => {
    const error = errorOf(
      await callKpiGadget(sandbox, 'checkGadgetConfig', config({ projectIds: [projectId('ACME'), projectId('FIELD')] }), acmeOnlyAgent().accountId),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'scope.projectIds.1' });
    expect(
      dataOf(await callKpiGadget(sandbox, 'checkGadgetConfig', config({ projectIds: [projectId('ACME')] }), acmeOnlyAgent().accountId)).config.kpis,
    ).toHaveLength(2);
  });

  it('counts for a portal customer only the requests they can see, and refuses an organization not theirs', async () => {
    const nora = customers().find((c) => c.organization === 'Northwind Traders');
    const northwind = sandbox.jira.store.organizations().find((o) => o.name === 'Northwind Traders');
    const contoso = sandbox.jira.store.organizations().find((o) => o.name === 'Contoso Pharmaceuticals');
    if (!nora || !northwind || !contoso) throw new Error('demo tenant without Nora, Northwind or Contoso');
    const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config({}), nora.accountId));
    const visible = complaintsThisYear((i) => i.organizationIds.includes(northwind.id) || i.reporterId === nora.accountId);
    expect(kpi(report, 'complaints-received').value).toBe(visible);
    expect(visible).toBeLessThan(complaintsThisYear(() => true));
    expect(errorOf(await callKpiGadget(sandbox, 'getKpis', config({ customerId: contoso.id }), nora.accountId))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'scope.customerId',
    });
  }, 60_000);

  it('answers the same numbers through the public computeKpis as through the gadget', async () => {
    const fromGadget = dataOf(await callKpiGadget(sandbox, 'getKpis', config({}), agent().accountId));
    // The customer panel calls the engine from its own resolver: here, one invocation by Sam.
    const fromEngine = await sandbox.runtime.run({ accountId: agent().accountId, moduleKey: 'brm-kpi-gadget' }, () =>
      computeKpis(agent().accountId, {
        kpiIds: ['complaints-received', 'compliments-received'],
        scope: {},
        period: { kind: 'this-year' },
        compare: 'previous',
      }),
    );
    expect(fromEngine.map((k) => [k.id, k.value, k.previous])).toEqual(fromGadget.kpis.map((k) => [k.id, k.value, k.previous]));
  }, 60_000);

  it('gives survey KPIs no value while nobody has answered, and computes the customer KPIs and the others', async () => {
    const report = dataOf(
      await callKpiGadget(
        sandbox,
        'getKpis',
        { kpis: [{ id: 'csat-percent' }, { id: 'churn-percent' }, { id: 'complaints-received' }], period: { kind: 'this-year' } },
        agent().accountId,
      ),
    );
    expect(report.kpis.map((k) => [k.id, k.state, k.reason])).toEqual([
      ['csat-percent', 'ok', null],
      ['churn-percent', 'ok', null],
      ['complaints-received', 'ok', null],
    ]);
    expect(report.kpis[0]?.value).toBeNull();
  });

  it('refuses a configuration that is not one, naming the field', async () => {
    expect(errorOf(await callKpiGadget(sandbox, 'getKpis', { kpis: [], period: { kind: 'this-year' } }, agent().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'kpis',
    });
    expect(errorOf(await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'no-such-kpi' }], period: { kind: 'this-year' } }, agent().accountId))).toMatchObject(
      {
        code: 'INVALID_INPUT',
        field: 'kpis.0.id',
      },
    );
    expect(
      errorOf(await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'nps' }, { id: 'nps' }], period: { kind: 'this-year' } }, agent().accountId)),
    ).toMatchObject({ field: 'kpis.1.id' });
    expect(
      errorOf(
        await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'nps' }], period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' } }, agent().accountId),
      ),
    ).toMatchObject({
      field: 'period.to',
    });
    expect(errorOf(await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'nps' }], period: { kind: 'this-year' } }, undefined)).code).toBe('FORBIDDEN');
  });
});

describe('the cache and a busy or failing Jira', () => {
  let sandbox: Sandbox;
  beforeEach(() => ({ sandbox } = brmSandbox()));
  afterEach(() => {
    sandbox.close();
    jest.restoreAllMocks();
  });

  const config = {
    kpis: [{ id: 'complaints-received' }, { id: 'complaint-resolution-median' }, { id: 'complaints-escalated' }],
    period: { kind: 'this-month' },
  };
  const productCalls = () => sandbox.runtime.calls.filter((c) => c.type === 'product');

  it('a warm cache makes no Jira call, and keeps a closed period’s values after the open one’s have expired', async () => {
    const cold = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    sandbox.runtime.resetCalls();
    const warm = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    expect(productCalls()).toEqual([]);
    expect(sandbox.runtime.calls.map((c) => c.path)).toEqual(['/api/v1/batch/get']);
    expect(warm.kpis.map((k) => [k.value, k.previous, k.history])).toEqual(cold.kpis.map((k) => [k.value, k.previous, k.history]));

    // 20 minutes later the open month and the viewer's scope have expired (15 minutes); the eleven closed months have not.
    const later = Date.now() + 20 * 60_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    sandbox.runtime.resetCalls();
    dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    const searches = productCalls().filter((c) => c.path.startsWith('/rest/api/3/search/'));
    // This month's two counts (complaints received, escalated: the register's `brmEscalated`) and its sample.
    expect(searches.filter((c) => c.status === 200).map((c) => c.path)).toEqual(
      expect.arrayContaining(['/rest/api/3/search/approximate-count', '/rest/api/3/search/jql']),
    );
    expect(searches.filter((c) => c.status === 200)).toHaveLength(3);
    expect(searches.filter((c) => c.status === 400)).toHaveLength(0);
  }, 60_000);

  it('waits as long as Retry-After says when Jira answers 429, then shows fresh values', async () => {
    retryWaits.length = 0;
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /\/search\/approximate-count$/, status: 429, times: 1, retryAfterSeconds: 3 });
    const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    expect(retryWaits).toEqual([3000]);
    expect(kpi(report, 'complaints-received')).toMatchObject({ state: 'ok', stale: false });
  }, 60_000);

  it('when Jira stays busy, shows the values it kept, marked stale, and stops asking', async () => {
    const fresh = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 20 * 60_000);
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /\/search\/(approximate-count|jql)$/, status: 429, times: 100, retryAfterSeconds: 600 });
    sandbox.runtime.resetCalls();
    retryWaits.length = 0;
    const busy = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    expect(kpi(busy, 'complaints-received')).toMatchObject({ state: 'ok', stale: true, value: kpi(fresh, 'complaints-received').value });
    expect(kpi(busy, 'complaint-resolution-median')).toMatchObject({ state: 'ok', stale: true, value: kpi(fresh, 'complaint-resolution-median').value });
    // Retry-After beyond what fits in a resolver: no wait; after the first 429 nothing more is asked
    // (the calls already on their way when it came are all there is).
    expect(retryWaits).toEqual([]);
    expect(productCalls().filter((c) => c.path.startsWith('/rest/api/3/search/')).length).toBeLessThanOrEqual(JIRA_CONCURRENCY);
  }, 60_000);

  it('with nothing kept, a busy Jira is the KPI’s own error; one failing KPI does not stop the others', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /\/search\/jql$/, status: 500, times: 100 });
    const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
    expect(report.kpis.map((k) => [k.id, k.state, k.reason])).toEqual([
      ['complaints-received', 'ok', null],
      ['complaint-resolution-median', 'error', 'jira-failed'],
      // A count (approximate-count) of the register's escalated complaints: not touched by the failing search.
      ['complaints-escalated', 'ok', null],
    ]);
  }, 60_000);
});
