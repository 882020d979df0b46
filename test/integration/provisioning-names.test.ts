import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, callAdmin, callIssue, callKpiGadget, dataOf, errorOf, jira, projectId, provision, searchKeys, startSandbox } from './harness';
import { callPortfolio, organizationId, panelExtension } from './portfolio/portfolio-harness';
import { callRegister } from './register/harness';

const issueTypes = z.array(z.object({ id: z.string(), name: z.string(), description: z.string().optional() }));
const BRM_NAMES = {
  en: ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'],
  de: ['Beschwerde', 'Lob', 'Business Case', 'Serviceanforderung'],
  'zh-CN': ['投诉', '表扬', '业务案例', '服务需求'],
};

describe('the language of the names provisioning gives', () => {
  let sandbox: Sandbox;
  let acme: string;

  const typeNames = async (): Promise<string[]> => issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body).map((t) => t.name);
  const complaintsInRegister = async () =>
    dataOf(await callRegister(sandbox, 'countRegister', { filter: {}, sort: { key: 'created', direction: 'desc' } }, agent().accountId));
  /** What the KPI gadget and the customer panel count of complaints, with the JQL behind the numbers. */
  const elsewhere = async () => {
    const kpi = dataOf(
      await callKpiGadget(sandbox, 'getKpis', { kpis: [{ id: 'complaints-received' }], period: { kind: 'rolling-days', days: 365 } }, agent().accountId),
    ).kpis[0];
    const customer = organizationId(sandbox, 'Northwind Traders');
    const panel = dataOf(
      await callPortfolio(
        sandbox,
        'getCustomerInsights',
        { organizationId: customer },
        agent().accountId,
        'brm-customer-panel',
        panelExtension(sandbox, customer),
      ),
    );
    return { kpi: kpi?.value, kpiJql: kpi?.drillDownJql, panel: panel.complaints.open?.count, panelJql: panel.complaints.open?.jql };
  };
  const choose = async (locale: string) => dataOf(await callAdmin(sandbox, 'setNamesLanguage', { locale }, admin().accountId));

  beforeEach(async () => {
    sandbox = startSandbox();
    acme = await projectId(sandbox, 'ACME');
  });
  afterEach(() => sandbox.close());

  it('is English until an admin chooses another, and only a Jira admin may choose it, among the five languages', async () => {
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.namesLanguage).toBe('en');
    expect(overview.issueTypes.map((t) => t.name)).toEqual(BRM_NAMES.en);
    expect(errorOf(await callAdmin(sandbox, 'setNamesLanguage', { locale: 'de' }, agent().accountId)).code).toBe('FORBIDDEN');
    const wrong = errorOf(await callAdmin(sandbox, 'setNamesLanguage', { locale: 'fr' }, admin().accountId));
    expect(wrong).toMatchObject({ code: 'INVALID_INPUT', field: 'locale' });
    expect(wrong.message).toContain('en, de, es, zh-CN, id');
    expect(dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId)).namesLanguage).toBe('en');
  });

  it('renames the BRM types of a provisioned site into the chosen language, and the register, tagging, the KPI gadget and the customer panel keep finding them', async () => {
    const before = await complaintsInRegister();
    expect(before.count).toBeGreaterThan(0);
    expect(before.jql).toContain('issuetype = "Complaint"');
    const counted = await elsewhere();
    expect(counted.kpi).toBeGreaterThan(0);
    expect(counted.panel).toBeGreaterThan(0);

    expect(await choose('de')).toEqual({ namesLanguage: 'de' });
    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [acme] }, admin().accountId));
    const typeItems = plan.items.filter((i) => i.area === 'issueType');
    expect(typeItems.map((i) => [i.summary, i.status, i.writes])).toEqual(
      BRM_NAMES.en.map((from, i) =>
        from === BRM_NAMES.de[i]
          ? [`The issue type ${from} exists.`, 'inPlace', 0]
          : [`Rename the issue type ${from} to ${BRM_NAMES.de[i] ?? ''}, in the language chosen for names.`, 'todo', 1],
      ),
    );
    // JSM cannot rename a request type: ACME's stay as they are, and are recognised in English.
    expect(plan.items.filter((i) => i.area === 'requestType').every((i) => i.status === 'inPlace')).toBe(true);

    const run = await provision(sandbox, [acme]);
    expect(run.report.complete).toBe(true);
    expect(run.report.counts.done).toBe(3);
    const names = await typeNames();
    expect(names).toEqual(expect.arrayContaining(BRM_NAMES.de));
    expect(names).not.toContain('Complaint');
    const described = issueTypes.parse((await jira(sandbox, 'GET', '/rest/api/3/issuetype')).body).find((t) => t.name === 'Beschwerde');
    expect(described?.description).toContain('Korrektur- und Vorbeugemaßnahmen');

    // The register asks for the renamed type, and finds the same complaints.
    const after = await complaintsInRegister();
    expect(after).toEqual({ count: before.count, jql: 'issuetype = "Beschwerde"' });
    // So do the KPI gadget and the customer panel.
    const renamed = await elsewhere();
    expect({ kpi: renamed.kpi, panel: renamed.panel }).toEqual({ kpi: counted.kpi, panel: counted.panel });
    expect(renamed.kpiJql).toContain('"Beschwerde"');
    expect(renamed.panelJql).toContain('issuetype = "Beschwerde"');

    // Tagging files a Beschwerde, and the ticket's panel offers tagging.
    const [ticket] = await searchKeys(sandbox, 'project = ACME AND issuetype in (Problem, Change, Task) AND Customer is EMPTY ORDER BY created ASC');
    if (!ticket) throw new Error('the demo tenant has no ACME ticket an agent raised');
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: ticket }, agent().accountId));
    expect(state.feedbackTypesAvailable).toBe(true);
    const customerId = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: ticket }, agent().accountId)).customers[0]?.id ?? '';
    const tagged = dataOf(
      await callIssue(
        sandbox,
        'tagFeedback',
        { issueKey: ticket, kind: 'complaint', customerId, category: 'service-quality', severity: 'high', statement: 'Der Drucker druckt seit Montag nicht.' },
        agent().accountId,
      ),
    );
    const created = z.object({ fields: z.object({ issuetype: z.object({ name: z.string() }) }) });
    expect(created.parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${tagged.tag.feedbackIssueKey}?fields=issuetype`)).body).fields.issuetype.name).toBe(
      'Beschwerde',
    );
    expect((await complaintsInRegister()).count).toBe(before.count + 1);

    // Back to English: the types get their English names again, and nothing else changes.
    await choose('en');
    expect((await provision(sandbox, [acme])).report.counts.done).toBe(3);
    expect(await typeNames()).toEqual(expect.arrayContaining(BRM_NAMES.en));
    expect(await complaintsInRegister()).toEqual({ count: before.count + 1, jql: 'issuetype = "Complaint"' });
  });

  it('creates the request types of a project set up later in the chosen language, and the register finds the types by their new names', async () => {
    await choose('zh-CN');
    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(plan.items.filter((i) => i.area === 'issueType').map((i) => i.summary)).toEqual(
      BRM_NAMES.en.map((from, i) => `Rename the issue type ${from} to ${BRM_NAMES['zh-CN'][i] ?? ''}, in the language chosen for names.`),
    );
    await provision(sandbox, [acme]);
    expect(await typeNames()).toEqual(expect.arrayContaining(BRM_NAMES['zh-CN']));
    const globex = await projectId(sandbox, 'GLOBEX');
    const globexPlan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex] }, admin().accountId));
    const requestTypes = globexPlan.items.filter((i) => i.area === 'requestType');
    expect(requestTypes.map((i) => i.summary)).toEqual(expect.arrayContaining([expect.stringContaining('提交投诉'), expect.stringContaining('提出表扬')]));
    await provision(sandbox, [globex]);
    const again = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex] }, admin().accountId));
    expect(again.writes).toBe(0);
    expect((await complaintsInRegister()).jql).toBe('issuetype = "投诉"');
  });
});
