import type { Sandbox } from '@brm/sandbox/sandbox';
import { agent, dataOf, startSandbox } from '../harness';
import {
  addService,
  callPortal,
  enableSurveys,
  goodAnswers,
  openCustomerRequest,
  poorAnswers,
  resolveRequest,
  setCustomerAndService,
} from '../surveys/survey-harness';
import { callPortfolio, panelExtension } from './portfolio-harness';

/**
 * The customer panel's satisfaction comes from the surveys' aggregates: two of a customer's
 * requests surveyed and answered (a 5 and a 1 overall) show as 50% CSAT overall and for their
 * service, in this month of the trend, and the health rule reads the same figures.
 */
jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = startSandbox();
  await enableSurveys(sandbox);
});
afterEach(() => sandbox.close());

/** Two open customer requests whose reporters share their one organization. */
function twoRequestsOfOneCustomer(): { key: string; reporter: string }[] {
  const seen = new Map<string, { key: string; reporter: string }>();
  for (let index = 0; index < 60; index++) {
    const request = openCustomerRequest(sandbox, index);
    const organizations = sandbox.jira.store.organizationsOf(request.reporter);
    const [only] = organizations;
    if (organizations.length !== 1 || !only) continue;
    const first = seen.get(only.id);
    if (first) return [first, request];
    seen.set(only.id, request);
  }
  throw new Error('The demo tenant has no two requests of one customer.');
}

test('a customer’s survey answers appear in its panel, overall and per service, from the aggregates', async () => {
  const serviceId = await addService(sandbox, 'Lab systems support');
  const requests = twoRequestsOfOneCustomer();
  let customerId = '';
  for (const [n, request] of requests.entries()) {
    customerId = (await setCustomerAndService(sandbox, request.key, request.reporter, serviceId)).customerId;
    await resolveRequest(sandbox, request.key);
    const shown = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'en_US' }, request.reporter)).survey;
    if (!shown) throw new Error(`${request.key}: the reporter sees no survey.`);
    const answers = n === 0 ? goodAnswers : poorAnswers;
    dataOf(
      await callPortal(sandbox, 'submitSurveyResponse', { issueKey: request.key, invitationId: shown.invitationId, answers, revision: null }, request.reporter),
    );
  }
  await sandbox.settle();

  const insights = dataOf(
    await callPortfolio(
      sandbox,
      'getCustomerInsights',
      { organizationId: customerId },
      agent().accountId,
      'brm-customer-panel',
      panelExtension(sandbox, customerId),
    ),
  );
  const satisfaction = insights.satisfaction;
  if (!satisfaction.available) throw new Error('The panel says surveys are not available.');
  expect(satisfaction.overall.answered).toBe(2);
  expect(satisfaction.overall.csat).toBe(50);
  const service = satisfaction.services.find((s) => s.service?.id === serviceId);
  expect(service).toMatchObject({ answered: 2, csat: 50, service: { name: 'Lab systems support' } });
  const month = new Date().toISOString().slice(0, 7);
  expect(satisfaction.overall.trend.find((p) => p.month === month)).toMatchObject({ answered: 2, csat: 50 });
  expect(insights.health.missing).not.toContain('surveys');
});
