import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, screenshotPath, startSite, type Site } from './harness';

/**
 * Feature #3 in a real browser: a Jira admin sets BRM up in a service project from the admin page
 * (choose, review the plan, confirm, follow the run's progress, read the report), then an agent
 * tags a ticket of that project as a complaint with the "Customer feedback…" action and sees the
 * badge on the ticket, and finds the complaint in the issue navigator by the customer's id, listed by
 * the customer's name. The run is a job of the app's job runner, delivered by the sandbox in the
 * background as `npm start` does.
 */

jest.setTimeout(90_000);

const ADMIN_PAGE = '/jira/settings/apps/brm-admin-page';
const ADMIN_FRAME = 'iframe[data-module-key="brm-admin-page"]';
const ACTION_FRAME = '.modal-dialog iframe[data-module-key="brm-feedback-action"]';
const CONTEXT_ITEM = '[data-testid="context-brm-feedback-context"]';
const WAIT = { timeout: 20_000 };

let site: Site;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  site = await startSite({ issues: 20 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

async function open(who: string): Promise<{ page: Page; errors: string[] }> {
  const page = await pageAs(browser, site, who);
  pages.push(page);
  return { page, errors: collectErrors(page) };
}

/** Asks the Jira emulator directly, as a demo user: what Jira holds, independent of the UI. */
async function jira(path: string, who = 'admin', on: Site = site): Promise<unknown> {
  const answer = await on.sandbox.jira.handle({ method: 'GET', path, headers: {}, caller: { kind: 'user', accountId: demoUser(who).accountId } });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return answer.body;
}

const issueTypes = z.array(z.object({ name: z.string() }));
const search = z.object({ issues: z.array(z.object({ key: z.string() })) });
const issueRead = z.object({ key: z.string(), fields: z.object({ issuetype: z.object({ name: z.string() }) }) });
const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) });
const requestTypes = z.object({ values: z.array(z.object({ name: z.string() })) });
const organizations = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });

const countOf = (names: readonly string[], name: string): number => names.filter((n) => n === name).length;

async function issueTypeNames(): Promise<string[]> {
  return issueTypes.parse(await jira('/rest/api/3/issuetype')).map((t) => t.name);
}

async function globexTypeNames(): Promise<string[]> {
  return issueTypes.parse(await jira(`/rest/api/3/issuetype/project?projectId=${site.sandbox.jira.store.project('GLOBEX')?.id ?? ''}`)).map((t) => t.name);
}

const realErrors = (errors: string[]): string[] => errors.filter((e) => !/feature gate/i.test(e));

/** Chooses a project on the admin page's overview and walks to the plan, then through the confirmation. */
async function provisionFromAdminPage(frame: Frame, projectName: string): Promise<void> {
  await frame.getByRole('checkbox', { name: `Set up BRM in ${projectName}` }).check();
  await frame.getByRole('button', { name: 'Review plan' }).click();
  await frame.getByTestId('plan-summary').waitFor(WAIT);
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByRole('button', { name: 'Provision now' }).click();
}

test('an admin provisions GLOBEX after reviewing the plan; an agent then tags a GLOBEX ticket as a complaint and the badge shows it', async () => {
  // ACME comes set up. The admin chooses GLOBEX and reviews the plan: it names the four issue types
  // (which exist: ACME uses them) and the portal's request types, and nothing is written to Jira
  // before the admin confirms.
  const admin = await open('admin');
  await goto(admin.page, site, ADMIN_PAGE);
  const adminFrame = await appFrame(admin.page, ADMIN_FRAME);
  await adminFrame.getByText('1 of 3 service projects are set up for BRM.').waitFor(WAIT);
  await adminFrame.getByRole('checkbox', { name: 'Set up BRM in Globex Service Desk' }).check();
  await adminFrame.getByRole('button', { name: 'Review plan' }).click();
  const summary = adminFrame.getByTestId('plan-summary');
  await summary.waitFor(WAIT);
  expect(await summary.innerText()).toMatch(/^[1-9]\d* changes to Jira/);
  const typesArea = await adminFrame.getByTestId('area-issueType').innerText();
  for (const name of ['Complaint', 'Compliment', 'Business Case', 'Service Requirement']) expect(typesArea).toContain(name);
  const requestArea = await adminFrame.getByTestId('area-requestType').innerText();
  expect(requestArea).toContain('Raise a complaint');
  expect(requestArea).toContain('Give a compliment');
  expect(countOf(await globexTypeNames(), 'Complaint')).toBe(0);

  // Confirming starts the run in the background; Jira asks the app to slow down once (429 with
  // Retry-After: 3), so the page shows the run's progress while it waits.
  site.sandbox.jira.injectFault({
    method: 'POST',
    pathPattern: /^\/rest\/api\/3\/screens\/[^/]+\/tabs\/[^/]+\/fields$/,
    status: 429,
    times: 1,
    retryAfterSeconds: 3,
  });
  await adminFrame.getByRole('button', { name: 'Provision', exact: true }).click();
  await adminFrame.getByRole('button', { name: 'Provision now' }).click();
  const bar = adminFrame.getByTestId('run-progress-bar');
  await bar.waitFor(WAIT);
  expect(await bar.getAttribute('role')).toBe('progressbar');
  await adminFrame.getByText(/^[1-9]\d* of 24 changes made$/).waitFor(WAIT);
  expect(await adminFrame.getByTestId('run-progress-now').getAttribute('aria-live')).toBe('polite');

  // The report: every item the app can write is in place; the new request types wait for an admin.
  const complete = adminFrame.getByTestId('run-complete');
  await complete.waitFor({ timeout: 30_000 });
  expect(await complete.innerText()).toContain('BRM is set up in GLOBEX');
  const outcomes = await adminFrame.locator('[data-testid^="report-item-"]').allInnerTexts();
  expect(outcomes.length).toBeGreaterThan(0);
  expect(outcomes.filter((row) => /Failed|Not attempted/.test(row))).toEqual([]);
  expect(await adminFrame.getByTestId('run-needs-admin').innerText()).toContain('An admin still has to do 2 things by hand');
  const portalRows = adminFrame.locator('li[data-testid^="report-item-requesttype:"]');
  expect(await portalRows.count()).toBe(2);
  for (const row of await portalRows.allInnerTexts()) expect(row).toMatch(/Needs an admin[\s\S]*portal group of GLOBEX[\s\S]*Open GLOBEX’s request types/);
  const types = await issueTypeNames();
  const globexTypes = await globexTypeNames();
  for (const name of ['Complaint', 'Compliment', 'Business Case', 'Service Requirement']) {
    expect(countOf(types, name)).toBe(1);
    expect(countOf(globexTypes, name)).toBe(1);
  }
  await adminFrame.getByRole('button', { name: 'Back to projects' }).click();
  await adminFrame.getByTestId('attention').waitFor(WAIT);
  expect(await adminFrame.getByTestId('attention').innerText()).toContain('“Raise a complaint” exists in GLOBEX but is in no portal group');
  expect(await adminFrame.getByTestId('project-row-GLOBEX').innerText()).toContain('Needs an admin');
  expect(realErrors(admin.errors)).toEqual([]);

  // The agent opens a GLOBEX ticket an agent raised (it may be for any of the desk's organizations) and tags it from the actions menu.
  const found = search.parse(
    await jira(
      `/rest/api/3/search/jql?jql=${encodeURIComponent('project = GLOBEX AND issuetype in (Problem, Change, Task) ORDER BY key ASC')}&maxResults=1`,
      'agent',
    ),
  );
  const ticket = found.issues[0]?.key;
  if (!ticket) throw new Error('The demo tenant has no GLOBEX ticket an agent raised.');
  const agent = await open('agent@brm-demo.example');
  await goto(agent.page, site, `/browse/${ticket}`);
  await agent.page.getByTestId('issue-actions').click();
  await agent.page.getByRole('menuitem', { name: 'Customer feedback…' }).click();
  const action = await appFrame(agent.page, ACTION_FRAME);
  await action.getByTestId('feedback-form').waitFor(WAIT);
  await action.getByRole('radio', { name: 'Complaint' }).check();
  await action.locator('#feedback-customerId').fill('Contoso');
  await action.getByRole('option', { name: 'Contoso Pharmaceuticals' }).click();
  await action.locator('#feedback-severity').fill('High');
  await action.getByRole('option', { name: 'High' }).click();
  await action.getByLabel('Statement').fill('Nobody answered for a week, and the customer escalated twice.');
  await action.getByRole('button', { name: 'Tag as complaint' }).click();

  // The action answers with the new Complaint, which Jira holds as a Complaint issue.
  await action.getByTestId('feedback-done').waitFor(WAIT);
  const complaintKey = (await action.getByTestId('feedback-issue-link').innerText()).trim();
  expect(complaintKey).toMatch(/^GLOBEX-\d+$/);
  expect(complaintKey).not.toBe(ticket);
  expect(issueRead.parse(await jira(`/rest/api/3/issue/${complaintKey}?fields=issuetype`, 'agent')).fields.issuetype.name).toBe('Complaint');

  // "Done" closes the modal and the issue view reloads; the badge names the complaint.
  await Promise.all([agent.page.waitForNavigation({ waitUntil: 'load' }), action.getByRole('button', { name: 'Done' }).click()]);
  await agent.page.locator(`${CONTEXT_ITEM} summary`).click();
  const badge = await appFrame(agent.page, `${CONTEXT_ITEM} iframe`);
  await badge.getByTestId('feedback-badge').waitFor(WAIT);
  expect((await badge.getByTestId('feedback-kind').innerText()).trim()).toBe('Complaint');
  expect((await badge.getByTestId('feedback-issue-link').innerText()).trim()).toBe(complaintKey);
  await agent.page.screenshot({ path: screenshotPath('provision-and-tag.png'), fullPage: true });

  // The issue navigator finds the complaint by the customer's id (the Customer field's search
  // alias) and shows the customer by name (the field's formatter), not as an id.
  const contoso = organizations.parse(await jira('/rest/servicedeskapi/organization', 'agent')).values.find((o) => o.name === 'Contoso Pharmaceuticals');
  if (!contoso) throw new Error('The demo tenant has no Contoso Pharmaceuticals.');
  await goto(agent.page, site, `/issues?jql=${encodeURIComponent(`project = GLOBEX AND issuetype = Complaint AND Customer.id = ${contoso.id}`)}`);
  const rows = agent.page.getByTestId('issue-table').locator('tbody tr');
  expect(await rows.count()).toBe(1);
  expect(await rows.first().getByRole('link', { name: complaintKey, exact: true }).count()).toBe(1);
  const column = await agent.page.getByTestId('issue-table').locator('thead th').allInnerTexts();
  const cells = await rows.first().locator('td').allInnerTexts();
  expect(cells[column.indexOf('Customer')]?.trim()).toBe('Contoso Pharmaceuticals');
  expect(realErrors(agent.errors)).toEqual([]);
});

test('a run that Jira stops halfway says what was and was not done, and "Run again" completes it without duplicates', async () => {
  // A site of its own, where GLOBEX is not set up yet.
  const fresh = await startSite({ issues: 10 });
  try {
    const desk = desks.parse(await jira('/rest/servicedeskapi/servicedesk', 'admin', fresh)).values.find((d) => d.projectKey === 'GLOBEX');
    if (!desk) throw new Error('The demo tenant has no GLOBEX service desk.');
    fresh.sandbox.jira.injectFault({ method: 'POST', pathPattern: /^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype$/, status: 500, times: 1 });

    const page = await pageAs(browser, fresh, 'admin');
    pages.push(page);
    const errors = collectErrors(page);
    await goto(page, fresh, ADMIN_PAGE);
    const frame = await appFrame(page, ADMIN_FRAME);
    await frame.getByText('Globex Service Desk').waitFor(WAIT);
    await provisionFromAdminPage(frame, 'Globex Service Desk');

    const incomplete = frame.getByTestId('run-incomplete');
    await incomplete.waitFor({ timeout: 30_000 });
    expect(await incomplete.innerText()).toMatch(
      /1 failed[\s\S]*Why it stopped: Provisioning stopped at “Create the request type “Raise a complaint” on the GLOBEX portal.”: Jira answered 500/,
    );
    const failed = (await frame.locator('[data-testid^="report-item-"]').allInnerTexts()).filter((row) => row.includes('Failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/500|Jira/);

    await frame.getByRole('button', { name: 'Run again' }).first().click();
    await frame.getByTestId('run-complete').waitFor({ timeout: 30_000 });
    const names = requestTypes.parse(await jira(`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`, 'admin', fresh)).values.map((r) => r.name);
    expect(countOf(names, 'Raise a complaint')).toBe(1);
    expect(countOf(names, 'Give a compliment')).toBe(1);
    expect(realErrors(errors)).toEqual([]);
  } finally {
    await fresh.stop();
  }
});
