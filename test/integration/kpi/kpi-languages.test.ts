import type { Sandbox } from '@brm/sandbox/sandbox';
import { kpiTexts } from '#kpi/domain/kpi-texts';
import { acmeOnlyAgent, agent, callKpiGadget, dataOf, errorOf, startSandbox } from '#test/integration/harness';

/**
 * The gadget in its viewer's language, as Jira gives it: a German agent gets the KPIs' labels,
 * descriptions and formulas and the gadget's refusals in German, from the same GET myself that
 * gives the engine their time zone; the edit view gets its catalogue in its frame's language.
 */

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = startSandbox();
  const kim = sandbox.jira.store.user(acmeOnlyAgent().accountId);
  if (!kim) throw new Error('the demo tenant has no Kim');
  sandbox.jira.store.docs.users.put({ ...kim, locale: 'de_DE' });
});
afterAll(() => sandbox.close());

const config = { kpis: [{ id: 'complaints-received' }, { id: 'complaint-resolution-median' }, { id: 'nps' }], period: { kind: 'this-year' } };
const product = () => sandbox.runtime.calls.filter((c) => c.type === 'product').map((c) => `${c.method} ${c.path.split('?')[0] ?? ''}`);

it('writes the KPIs in German for a German agent, asking Jira nothing more than for an English one', async () => {
  sandbox.runtime.resetCalls();
  const german = dataOf(await callKpiGadget(sandbox, 'getKpis', config, acmeOnlyAgent().accountId));
  const germanCalls = product();
  expect(german.kpis.map((k) => k.label)).toEqual(['Eingegangene Beschwerden', 'Lösungszeit von Beschwerden (Median)', 'NPS']);
  expect(german.kpis[1]).toMatchObject(kpiTexts('complaint-resolution-median', 'de'));
  expect(german.kpis[1]?.formula).toContain('höchstens die 100 zuletzt gelösten');
  expect(germanCalls.filter((call) => call === 'GET /rest/api/3/myself')).toHaveLength(1);

  sandbox.runtime.resetCalls();
  const english = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
  expect(english.kpis.map((k) => k.label)).toEqual(['Complaints received', 'Complaint resolution time (median)', 'NPS']);
  expect(product().filter((call) => call === 'GET /rest/api/3/myself')).toHaveLength(1);

  // A warm render asks Jira nothing, and still writes German.
  sandbox.runtime.resetCalls();
  const warm = dataOf(await callKpiGadget(sandbox, 'getKpis', config, acmeOnlyAgent().accountId));
  expect(product()).toEqual([]);
  expect(warm.kpis[0]?.label).toBe('Eingegangene Beschwerden');
  expect(warm.kpis.map((k) => k.value)).toEqual(german.kpis.map((k) => k.value));
});

it('refuses in German what a German editor may not save or send', async () => {
  const field = sandbox.jira.store.project('FIELD')?.id;
  if (!field) throw new Error('the demo tenant has no FIELD project');
  const hidden = errorOf(await callKpiGadget(sandbox, 'checkGadgetConfig', { ...config, scope: { projectIds: [field] } }, acmeOnlyAgent().accountId));
  expect(hidden).toEqual({
    code: 'INVALID_INPUT',
    field: 'scope.projectIds.0',
    message: `scope.projectIds.0: Das Projekt ${field} existiert nicht, oder Sie können es nicht durchsuchen`,
  });
  const none = errorOf(await callKpiGadget(sandbox, 'getKpis', { ...config, kpis: [], cacheMinutes: 0 }, acmeOnlyAgent().accountId));
  expect(none.message).toBe('kpis: muss mindestens einen KPI nennen; cacheMinutes: muss eine ganze Zahl von Minuten zwischen 1 und 1.440 sein');
});

it('gives the edit view its catalogue in the frame’s language', async () => {
  const chinese = dataOf(await callKpiGadget(sandbox, 'getGadgetOptions', { locale: 'zh_CN' }, agent().accountId));
  expect(chinese.catalogue.find((c) => c.id === 'complaints-received')).toMatchObject({ label: '收到的投诉', description: '期间内提出的投诉。' });
  const spanish = dataOf(await callKpiGadget(sandbox, 'getGadgetOptions', { locale: 'es' }, agent().accountId));
  expect(spanish.catalogue.find((c) => c.id === 'compliment-ratio')?.label).toBe('Elogios por queja');
  const english = dataOf(await callKpiGadget(sandbox, 'getGadgetOptions', {}, agent().accountId));
  expect(english.catalogue.find((c) => c.id === 'complaints-received')?.label).toBe('Complaints received');
  const french = dataOf(await callKpiGadget(sandbox, 'getGadgetOptions', { locale: 'fr_FR' }, agent().accountId));
  expect(french.catalogue.map((c) => c.label)).toEqual(english.catalogue.map((c) => c.label));
});
