import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import type { KpiReport } from '#kpi/contract';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';
import { acmeOnlyAgent, agent, callKpiGadget, customers, dataOf } from '#test/integration/harness';
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
 * demo tenant (a year of ACME's surveys), to which ACME's customers add answers through the portal:
 * the gadget's numbers equal those worked out here from the requests' `brm-survey` properties.
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

/** One invitation as a request's `brm-survey` property shows it (the latest, and the earlier ones in `history`). */
const entry = z.object({
  customerId: z.string().nullable(),
  serviceId: z.string().nullable(),
  sentAt: z.string().optional(),
  answeredAt: z.string().optional(),
  overall: z.number().optional(),
  nps: z.number().optional(),
  ces: z.number().optional(),
});
type Entry = z.infer<typeof entry>;
const property = entry.extend({ history: z.array(entry).optional() });

/** Every invitation the requests' properties show. */
function surveyEntries(): Entry[] {
  return sandbox.jira.store.docs.issues.all().flatMap((issue) => {
    const value = issue.properties['brm-survey'];
    if (value === undefined) return [];
    const parsed = property.parse(value);
    return [parsed, ...(parsed.history ?? [])];
  });
}

/** The survey KPIs of a period of whole UTC months, as their formulas say, from the invitations `only` keeps. */
function expected(period: { start: string; end: string }, only: (e: Entry) => boolean = () => true): Record<string, number | null> {
  const inPeriod = (at: string | undefined) => at !== undefined && Date.parse(at) >= Date.parse(period.start) && Date.parse(at) < Date.parse(period.end);
  const entries = surveyEntries().filter(only);
  const sent = entries.filter((e) => inPeriod(e.sentAt)).length;
  const answered = entries.filter((e) => inPeriod(e.answeredAt));
  const values = (pick: (e: Entry) => number | undefined) => answered.flatMap((e) => (pick(e) === undefined ? [] : [pick(e) ?? 0]));
  const overall = values((e) => e.overall);
  const recommend = values((e) => e.nps);
  const effort = values((e) => e.ces);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((sum, x) => sum + x, 0) / xs.length);
  const percent = (n: number, of: number) => (of === 0 ? null : (n / of) * 100);
  return {
    'csat-percent': percent(overall.filter((x) => x >= 4).length, overall.length),
    'csat-mean': mean(overall),
    nps: recommend.length === 0 ? null : ((recommend.filter((x) => x >= 9).length - recommend.filter((x) => x <= 6).length) / recommend.length) * 100,
    ces: mean(effort),
    'surveys-sent': sent,
    'surveys-completed': answered.length,
    'survey-response-rate': percent(answered.length, sent),
  };
}

let sandbox: Sandbox;
let serviceId: string;
/** The customer (organization) of each surveyed request, in the order of ANSWERS. */
const customerOf: string[] = [];

beforeAll(async () => {
  // The demo tenant as `npm start` seeds it (200 requests, a year of surveys): the answers given here come on top.
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { kvs: sandbox.kvs });
  await enableSurveys(sandbox);
  serviceId = await addService(sandbox, 'Email and calendar');
  for (const [i, answers] of ANSWERS.entries()) {
    // The first request nobody has surveyed yet (the one before is surveyed now).
    const request = openCustomerRequest(sandbox, 0);
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

const config = (scope: Record<string, unknown> = {}) => ({
  kpis: SURVEY_KPIS.map((id) => ({ id })),
  period: { kind: 'this-year' },
  compare: 'previous',
  scope,
});

it("the survey KPIs of this year and the last equal the numbers worked out from the requests' survey properties", async () => {
  const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), agent().accountId));
  if (!report.previousPeriod) throw new Error('The report has no previous period.');
  const thisYear = expected(report.period);
  const lastYear = expected(report.previousPeriod);
  for (const id of SURVEY_KPIS) {
    const found = kpi(report, id);
    expect({ id, state: found.state, reason: found.reason, value: found.value, previous: found.previous }).toEqual({
      id,
      state: 'ok',
      reason: null,
      value: thisYear[id],
      previous: lastYear[id],
    });
  }
  // Not trivially zero: the seeded year's answers, and the six invitations above with their four answers.
  expect(thisYear['surveys-sent']).toBeGreaterThan(6);
  expect(thisYear['surveys-completed']).toBeGreaterThan(4);
  // A survey KPI drills down to the surveyed requests through the survey property's search aliases.
  expect(kpi(report, 'csat-percent').drillDownJql).toContain('brmSurveyStatus = "answered"');
});

it("one customer's scope counts only the answers of that customer's requests", async () => {
  const customerId = customerOf[0] ?? '';
  const report = dataOf(await callKpiGadget(sandbox, 'getKpis', config({ customerId }), agent().accountId));
  const want = expected(report.period, (e) => e.customerId === customerId);
  for (const id of SURVEY_KPIS) expect({ id, value: kpi(report, id).value }).toEqual({ id, value: want[id] });
  expect(kpi(report, 'surveys-sent').value).toBeLessThan(expected(report.period)['surveys-sent'] ?? 0);
});

it('CSAT per service: the bar of the service the answered requests were about', async () => {
  const bars = dataOf(await callKpiGadget(sandbox, 'getCsatByService', { ...config(), layout: 'csat-by-service' }, agent().accountId));
  expect(bars.state).toBe('ok');
  const want = expected(bars.period, (e) => e.serviceId === serviceId);
  // The service is new: its answers are those given above about it.
  const answered = ANSWERS.filter((a, i) => i % 2 === 0 && a !== null).length;
  expect(want['surveys-completed']).toBe(answered);
  expect(bars.services.find((s) => s.id === serviceId)).toMatchObject({ name: 'Email and calendar', responses: answered, value: want['csat-percent'] });
});

it('survey figures appear only for projects where the viewer is an agent', async () => {
  const sam = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), agent().accountId));
  const kim = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), acmeOnlyAgent().accountId));
  expect(kpi(kim, 'surveys-sent').value).toBe(kpi(sam, 'surveys-sent').value);
  const customer = customers()[0];
  if (!customer) throw new Error('The demo tenant has no portal customer.');
  const outcome = dataOf(await callKpiGadget(sandbox, 'getKpis', config(), customer.accountId));
  // A portal customer browses ACME (their requests) but is no agent there: the aggregates, which Jira does not filter, stay hidden.
  expect(outcome.scope.projects.map((p) => p.key)).toContain('ACME');
  expect(outcome.kpis.map((k) => [k.id, k.state, k.reason, k.value])).toEqual(SURVEY_KPIS.map((id) => [id, 'unavailable', 'no-agent-access', null]));
});
