import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { dataOf } from '../integration/harness';
import {
  addService,
  callPortal,
  enableSurveys,
  goodAnswers,
  openCustomerRequest,
  resolveRequest,
  setCustomerAndService,
} from '../integration/surveys/survey-harness';
import { seriousViolations } from './axe';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, startSite, type Site } from './harness';

/**
 * A BRM on the JSM organization page of a customer they own: the customer panel shows health and
 * its reasons, satisfaction, and the open complaints; the owner edits the profile; a number opens
 * the issue navigator with the JQL that counted it. The portfolio surfaces have no serious or
 * critical axe-core violation, in light and dark mode.
 */
jest.setTimeout(120_000);

const PANEL = 'iframe[data-module-key="brm-customer-panel"]';
const WAIT = { timeout: 20_000 };

let site: Site;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  site = await startSite({ issues: 40 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

const countAnswer = z.object({ count: z.number() });

/** Open Complaints of an organization, counted by Jira for a Jira admin. */
async function openComplaints(organizationId: string): Promise<number> {
  const answer = await site.sandbox.jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jql: `issuetype = Complaint AND statusCategory != Done AND Customer.id = ${organizationId}` }),
    caller: { kind: 'user', accountId: demoUser('admin').accountId },
  });
  return countAnswer.parse(answer.body).count;
}

/**
 * Contoso Pharmaceuticals, which Sam Agent owns and whose SLA ends within the month, with two open
 * Complaints raised by Sam for it (the demo history's complaints depend on the day it is seeded).
 */
async function samsCustomer(): Promise<{ id: string; name: string; open: number }> {
  const store = site.sandbox.jira.store;
  const contoso = store.organizations().find((o) => o.name === 'Contoso Pharmaceuticals');
  if (!contoso) throw new Error('no Contoso');
  if ((await openComplaints(contoso.id)) < 2) {
    const customerField = store.fields().find((f) => (f.schemaCustom ?? '').endsWith('/static/brm-customer'))?.id ?? '';
    for (const summary of ['Validated reports arrive late', 'Lab network drops at night']) {
      const created = await site.sandbox.jira.handle({
        method: 'POST',
        path: '/rest/api/3/issue',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          fields: { project: { key: 'ACME' }, issuetype: { name: 'Complaint' }, summary, [customerField]: { id: contoso.id, name: contoso.name } },
        }),
        caller: { kind: 'user', accountId: demoUser(DEMO_AGENT_EMAIL).accountId },
      });
      expect(created.status).toBe(201);
    }
  }
  return { id: contoso.id, name: contoso.name, open: await openComplaints(contoso.id) };
}

/** With surveys on, one of the customer's requests is resolved and its reporter answers the survey, for a service. */
async function customerAnswersASurvey(organizationId: string, serviceName: string): Promise<void> {
  const sandbox = site.sandbox;
  await enableSurveys(sandbox);
  const serviceId = await addService(sandbox, serviceName);
  for (let index = 0; index < 100; index++) {
    const request = openCustomerRequest(sandbox, index);
    const organizations = sandbox.jira.store.organizationsOf(request.reporter);
    if (organizations.length !== 1 || organizations[0]?.id !== organizationId) continue;
    await setCustomerAndService(sandbox, request.key, request.reporter, serviceId);
    await resolveRequest(sandbox, request.key);
    const shown = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'en_US' }, request.reporter)).survey;
    if (!shown) throw new Error(`${request.key}: the reporter sees no survey.`);
    dataOf(
      await callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: request.key, invitationId: shown.invitationId, answers: goodAnswers, revision: null },
        request.reporter,
      ),
    );
    return;
  }
  throw new Error('No request of that customer to survey.');
}

async function openPanel(who: string, organizationId: string, colorMode: 'light' | 'dark' = 'light'): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await pageAs(browser, site, who, colorMode);
  pages.push(page);
  const errors = collectErrors(page);
  await goto(page, site, `/jira/servicedesk/projects/ACME/organization/${organizationId}`);
  const frame = await appFrame(page, PANEL);
  await frame.getByTestId('customer-panel').waitFor(WAIT);
  return { page, frame, errors };
}

test('a BRM sees health, satisfaction and open complaints, edits the profile, and follows a number to its JQL', async () => {
  const customer = await samsCustomer();
  expect(customer.open).toBeGreaterThan(0);
  await customerAnswersASurvey(customer.id, 'Lab systems support');
  const { page, frame, errors } = await openPanel(DEMO_AGENT_EMAIL, customer.id);

  // Health: a status and the reasons behind it.
  const status = frame.getByTestId('health-status');
  await status.waitFor(WAIT);
  // Its SLA ends within the month and it has open complaints: not healthy, and the panel says why.
  expect(['Watch', 'At risk']).toContain((await status.innerText()).trim());
  const reasons = frame.getByTestId('health-reasons').locator('li');
  await reasons.first().waitFor(WAIT);
  expect((await reasons.allInnerTexts()).join('\n')).toMatch(/Validated systems SLA/);

  // Satisfaction per service, from the survey the customer answered.
  await frame.getByTestId('satisfaction-section').waitFor(WAIT);
  await frame.getByTestId('satisfaction-per-service').getByText('Lab systems support').waitFor(WAIT);
  await frame.getByTestId('csat-trend').waitFor(WAIT);

  // Complaints: the open count Jira gives for this customer, and the open ones listed with links.
  const openFigure = frame.getByTestId('complaints-open').locator('a');
  await openFigure.waitFor(WAIT);
  expect(Number((await openFigure.innerText()).trim())).toBe(customer.open);
  const listed = frame.getByTestId('open-complaints').locator('li');
  expect(await listed.count()).toBeGreaterThan(0);
  expect(await listed.count()).toBeLessThanOrEqual(customer.open);

  // The owner edits the profile: the new industry is shown, and the history names the change.
  await frame.getByTestId('edit-profile').click();
  const industry = frame.getByTestId('profile-industry-input');
  await industry.waitFor(WAIT);
  await industry.fill('Contract research');
  await frame.getByTestId('profile-editor-save').click();
  await frame.getByTestId('profile-industry').getByText('Contract research').waitFor(WAIT);
  await frame.getByTestId('toggle-history').click();
  await frame
    .getByTestId('history-list')
    .getByText(/industry/i)
    .first()
    .waitFor(WAIT);

  // A number opens the issue navigator with the JQL that counted it, listing as many issues.
  const jql = await openFigure.getAttribute('data-jql');
  expect(jql).toContain('Complaint');
  await Promise.all([page.waitForURL(/\/issues\/\?jql=/, WAIT), openFigure.click()]);
  expect(new URL(page.url()).searchParams.get('jql')).toBe(jql);
  await expect(page.locator('#jql').inputValue()).resolves.toBe(jql);
  const resultCount = await page.getByTestId('result-count').innerText();
  expect(resultCount.startsWith(customer.open === 1 ? '1 issue' : `${customer.open} issues`)).toBe(true);
  expect(errors).toEqual([]);
});

test('an agent who does not own the customer sees the panel read-only', async () => {
  const customer = await samsCustomer();
  const { frame } = await openPanel(DEMO_AGENT2_EMAIL, customer.id);
  await frame.getByTestId('profile-section').waitFor(WAIT);
  await expect(frame.getByTestId('edit-profile').count()).resolves.toBe(0);
});

test.each(['light', 'dark'] as const)('the portfolio surfaces have no serious accessibility violation (%s mode)', async (colorMode) => {
  const customer = await samsCustomer();
  const { frame } = await openPanel(DEMO_AGENT_EMAIL, customer.id, colorMode);
  await frame.getByTestId('complaints-open').waitFor(WAIT);
  await frame.getByTestId('agreements-section').waitFor(WAIT);
  expect(await seriousViolations(frame)).toEqual([]);

  const page = await pageAs(browser, site, DEMO_AGENT_EMAIL, colorMode);
  pages.push(page);
  await goto(page, site, `/jira/apps/${site.sandbox.runtime.appId}/${site.sandbox.runtime.environmentId}`);
  const portfolio = await appFrame(page, 'iframe[data-module-key="brm-portfolio-page"]');
  await portfolio.getByTestId('portfolio-row').first().waitFor(WAIT);
  expect(await seriousViolations(portfolio)).toEqual([]);

  // The customer glance on one of the customer's tickets.
  const store = site.sandbox.jira.store;
  const customerField = store.fields().find((f) => (f.schemaCustom ?? '').endsWith('/static/brm-customer'))?.id ?? '';
  const ticket = store.docs.issues.all().find((i) => z.object({ id: z.string() }).safeParse(i.customFields[customerField]).data?.id === customer.id);
  if (!ticket) throw new Error(`${customer.name} has no ticket.`);
  await goto(page, site, `/browse/${ticket.key}`);
  await page.getByTestId('context-brm-customer-glance').locator('summary').click();
  const glance = await appFrame(page, 'iframe[data-module-key="brm-customer-glance"]');
  await glance.getByTestId('glance-health').waitFor(WAIT);
  expect(await seriousViolations(glance)).toEqual([]);

  // The admin page's portfolio tab.
  const adminPage = await pageAs(browser, site, 'admin', colorMode);
  pages.push(adminPage);
  await goto(adminPage, site, '/jira/settings/apps/brm-admin-page');
  const admin = await appFrame(adminPage, 'iframe[data-module-key="brm-admin-page"]');
  await admin.getByRole('tab', { name: 'Customer portfolio' }).click();
  await admin.getByTestId('portfolio-import').waitFor(WAIT);
  expect(await seriousViolations(admin)).toEqual([]);
});
