import type { Sandbox } from '@brm/sandbox/sandbox';
import type { KpiReport } from '#kpi/contract';
import { acmeOnlyAgent, agent, callKpiGadget, customers, dataOf, startSandbox } from '#test/integration/harness';
import {
  addService,
  callPortal,
  enableSurveys,
  goodAnswers,
  openCustomerRequest,
  poorAnswers,
  resolveRequest,
  setCustomerAndService,
} from '#test/integration/surveys/survey-harness';

/**
 * Survey KPIs through the surveys feature's public module (`readSurveyAggregates`), on the seeded
 * demo tenant: ACME's customers answer the survey after their requests through the portal, and the
 * gadget's numbers equal those worked out here from the answers they gave.
 */

jest.setTimeout(120_000);

const kpi = (report: KpiReport, id: string) => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
};

/** What the customers answer, in order: `null` leaves the invitation unanswered. */
const ANSWERS = [
  { ...goodAnswers, effort: 6 },
  { ...goodAnswers, overall: 4, recommend: 8, effort: 5 },
  { ...poorAnswers, effort: 2 },
  { ...goodAnswers, overall: 3, recommend: 9 },
  null,
  null,
] as const;

const SURVEY_KPIS = ['csat-percent', 'csat-mean', 'nps', 'ces', 'surveys-sent', 'surveys-completed', 'survey-response-rate'];

/** The survey KPIs worked out from a set of answers, as their formulas say. */
function expected(answers: readonly ((typeof ANSWERS)[number] | undefined)[]): Record<string, number | null> {
  const given = answers.filter((a) => a !== null && a !== undefined);
  const overall = given.map((a) => a.overall);
  const recommend = given.map((a) => a.recommend);
  const effort = given.flatMap((a) => ('effort' in a ? [a.effort] : []));
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  return {
    'csat-percent': overall.length === 0 ? null : (overall.filter((x) => x >= 4).length / overall.length) * 100,
    'csat-mean': mean(overall),
    nps: recommend.length === 0 ? null : ((recommend.filter((x) => x >= 9).length - recommend.filter((x) => x <= 6).length) / recommend.length) * 100,
    ces: mean(effort),
    'surveys-sent': answers.length,
    'surveys-completed': given.length,
    'survey-response-rate': answers.length === 0 ? null : (given.length / answers.length) * 100,
  };
}

let sandbox: Sandbox;
let serviceId: string;
/** The customer (organization) of each surveyed request, in the order of ANSWERS. */
const customerOf: string[] = [];

beforeAll(async () => {
  // Without the seeded surveys: the numbers are those of the answers given here.
  sandbox = startSandbox({ surveys: false });
  await enableSurveys(sandbox);
  serviceId = await addService(sandbox, 'Email and calendar');
  for (const [i, answers] of ANSWERS.entries()) {
    const request = openCustomerRequest(sandbox, i);
    // Half of the requests are about the service; every one names the reporter's organization.
    const { customerId } = await setCustomerAndService(
      sandbox,
      request.key,
      request.reporter,
      i % 2 === 0 ? serviceId : await addService(sandbox, `Other ${i}`),
    );
    customerOf.push(customerId);
    await resolveRequest(sandbox, request.key);
    if (answers === null) continue;
    const shown = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'en_US' }, request.reporter)).survey;
    if (!shown) throw new Error(`${request.key}'s reporter sees no survey.`);
    dataOf(
      await callPortal(sandbox, 'submitSurveyResponse', { issueKey: request.key, invitationId: shown.invitationId, answers, revision: null }, request.reporter),
    );
  }
  await sandbox.settle();
});
afterAll(() => sandbox.close());

const config = (scope: Record<string, unknown> = {}) => ({ kpis: SURVEY_KPIS.map((id) => ({ id })), period: { kind: 'this-month' }, compare: 'none', scope });

it('the survey KPIs of the month equal the numbers worked out from the answers the customers gave', async () => {
  const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), agent().accountId));
  const want = expected(ANSWERS);
  for (const id of SURVEY_KPIS) {
    const found = kpi(report, id);
    expect({ id, state: found.state, reason: found.reason }).toEqual({ id, state: 'ok', reason: null });
    expect({ id, value: found.value }).toEqual({ id, value: want[id] });
  }
  // The numbers are not trivially zero: six invitations, four answers, a detractor among them.
  expect(kpi(report, 'surveys-sent').value).toBe(6);
  expect(kpi(report, 'nps').value).toBe(25);
  // A survey KPI drills down to the surveyed requests through the survey property's search aliases.
  expect(kpi(report, 'csat-percent').drillDownJql).toContain('brmSurveyStatus = "answered"');
});

it("one customer's scope counts only the answers of that customer's requests", async () => {
  const customerId = customerOf[0] ?? '';
  const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config({ customerId }), agent().accountId));
  const want = expected(ANSWERS.map((a, i) => (customerOf[i] === customerId ? a : undefined)).filter((a) => a !== undefined));
  for (const id of SURVEY_KPIS) expect({ id, value: kpi(report, id).value }).toEqual({ id, value: want[id] });
  expect(kpi(report, 'surveys-sent').value).toBeLessThan(6);
});

it('CSAT per service: the bar of the service the answered requests were about', async () => {
  const bars = dataOf(await callKpiGadget(sandbox, 'getCsatByService', { ...config(), layout: 'csat-by-service' }, agent().accountId));
  expect(bars.state).toBe('ok');
  const about = ANSWERS.filter((a, i) => i % 2 === 0 && a !== null).map((a) => a?.overall ?? 0);
  expect(bars.services.find((s) => s.id === serviceId)).toMatchObject({
    name: 'Email and calendar',
    responses: about.length,
    value: (about.filter((x) => x >= 4).length / about.length) * 100,
  });
});

it('survey figures appear only for projects where the viewer is an agent', async () => {
  const kim = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), acmeOnlyAgent().accountId));
  expect(kpi(kim, 'surveys-sent').value).toBe(6);
  const customer = customers()[0];
  if (!customer) throw new Error('The demo tenant has no portal customer.');
  const outcome = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), customer.accountId));
  // A portal customer browses ACME (their requests) but is no agent there: the aggregates, which Jira does not filter, stay hidden.
  expect(outcome.scope.projects.map((p) => p.key)).toContain('ACME');
  expect(outcome.kpis.map((k) => [k.id, k.state, k.reason, k.value])).toEqual(SURVEY_KPIS.map((id) => [id, 'unavailable', 'no-agent-access', null]));
});
