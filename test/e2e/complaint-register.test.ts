import { readFileSync } from 'node:fs';
import { source as axeSource } from 'axe-core';
import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, screenshotPath, startSite, type Site } from './harness';

/**
 * The complaint register in a real browser: an agent adds a corrective measure to a complaint in
 * the "Complaint measures" panel, closes it, resolves the complaint (the workflow rule refuses
 * first, while the measure is open), and finds it in the register with its resolution time; the
 * register's CSV export downloads the filtered rows, and a long one shows its progress and can be
 * cancelled. The frames are checked with axe-core.
 */

jest.setTimeout(120_000);

const PANEL = 'iframe[data-module-key="brm-complaint-panel"]';
const REGISTER = 'iframe[data-module-key="brm-register-project"]';
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

async function open(who: string): Promise<{ page: Page; errors: string[] }> {
  const page = await pageAs(browser, site, who);
  pages.push(page);
  return { page, errors: collectErrors(page) };
}

/** Console errors that matter: not Atlaskit's feature-gate notices, nor the 400 of the transition the workflow rule refused on purpose. */
const realErrors = (errors: string[]): string[] => errors.filter((e) => !/feature gate/i.test(e) && !/status of 400 \(Bad Request\)/.test(e));

/** Serious and critical accessibility violations axe-core finds in a frame. */
async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const results = await frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/** A new open complaint of ACME, made as the app's tagging makes one. */
async function newComplaint(summary: string): Promise<string> {
  const store = site.sandbox.jira.store;
  const type = store.issueTypes().find((t) => t.name === 'Complaint');
  const answer = await site.sandbox.jira.handle({
    method: 'POST',
    path: '/rest/api/3/issue',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      fields: { project: { key: 'ACME' }, issuetype: { id: type?.id }, summary, labels: ['brm-category-communication', 'brm-severity-critical'] },
    }),
    caller: { kind: 'app' },
  });
  return z.object({ key: z.string() }).parse(answer.body).key;
}

/** Picks the option named exactly `option` in the register's filter labelled `label`. */
async function choose(frame: Frame, label: string, option: string): Promise<void> {
  await frame.getByLabel(label, { exact: true }).click();
  await frame.getByRole('option', { name: option, exact: true }).click();
}

async function keysOf(jql: string): Promise<string[]> {
  const answer = await site.sandbox.jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    headers: {},
    body: JSON.stringify({ jql, fields: ['id'], maxResults: 5000 }),
    caller: { kind: 'user', accountId: demoUser('agent').accountId },
  });
  return z
    .object({ issues: z.array(z.object({ key: z.string() })) })
    .parse(answer.body)
    .issues.map((i) => i.key);
}

test('an agent adds a corrective measure, closes it and resolves the complaint; the register shows it with its resolution time', async () => {
  const key = await newComplaint('Complaint: nobody told us about the outage');
  const { page, errors } = await open('agent');
  await goto(page, site, `/browse/${key}`);
  const panel = await appFrame(page, PANEL);
  await panel.getByText('No measures yet').waitFor(WAIT);
  await panel.getByText('Cannot be resolved yet: add the corrective measure').waitFor(WAIT);
  expect(await seriousViolations(panel)).toEqual([]);

  // The rule holds first: resolving without a corrective measure is refused, with Jira's message.
  await page.getByTestId('transition-select').selectOption({ label: 'Resolve → Resolved' });
  await page.getByTestId('transition-submit').click();
  await page.getByText('it has no corrective measure').first().waitFor(WAIT);

  // Add the corrective measure: description, an owner who can see the complaint, a due date.
  const panelAgain = await appFrame(page, PANEL);
  await panelAgain.getByTestId('add-measure').click();
  await panelAgain.getByTestId('measure-form').waitFor(WAIT);
  await panelAgain.getByTestId('measure-description').fill('Send the outage report and apologise');
  await panelAgain.getByLabel('Owner').fill('Kim');
  await panelAgain.getByText('Kim Agent', { exact: true }).click();
  await panelAgain.getByTestId('measure-due-date').fill('2030-01-31');
  expect(await seriousViolations(panelAgain)).toEqual([]);
  await panelAgain.getByTestId('measure-save').click();
  await panelAgain.getByText('Send the outage report and apologise').waitFor(WAIT);
  await panelAgain.getByText(/^Owner: Kim Agent · Due .*2030$/).waitFor(WAIT);
  await panelAgain.getByText('Cannot be resolved yet: 1 corrective measure still open.').waitFor(WAIT);

  // Close it as done, then resolve the complaint.
  await panelAgain.getByRole('button', { name: 'Mark the measure "Send the outage report and apologise" done' }).click();
  await panelAgain.getByText('Ready to resolve: every corrective measure is closed.').waitFor(WAIT);
  await panelAgain.getByText(/Done by Sam Agent on/).waitFor(WAIT);
  await page.getByTestId('transition-select').selectOption({ label: 'Resolve → Resolved' });
  await page.getByTestId('transition-submit').click();
  await page.getByTestId('issue-status').getByText('Resolved').waitFor(WAIT);
  await page.screenshot({ path: screenshotPath('complaint-resolved.png'), fullPage: true });

  // The register (ACME's project page) lists it among the resolved complaints with the time it took.
  await goto(page, site, `/jira/servicedesk/projects/ACME/apps/${site.sandbox.manifest.appId}/${site.sandbox.runtime.environmentId}`);
  const register = await appFrame(page, REGISTER);
  await register.getByTestId(`register-row-${key}`).waitFor(WAIT);
  await expect(register.getByTestId(`register-age-${key}`).textContent()).resolves.toMatch(/^Resolved in \d+ h$/);
  await expect(register.getByTestId(`register-measures-${key}`).textContent()).resolves.toBe('0 open / 1');
  expect(await seriousViolations(register)).toEqual([]);
  await page.screenshot({ path: screenshotPath('register.png'), fullPage: true });
  expect(realErrors(errors)).toEqual([]);
});

test('the CSV export downloads every row of the filtered register', async () => {
  const { page, errors } = await open('agent');
  await goto(page, site, `/jira/servicedesk/projects/ACME/apps/${site.sandbox.manifest.appId}/${site.sandbox.runtime.environmentId}`);
  const register = await appFrame(page, REGISTER);
  await register.getByTestId('register-table--head').waitFor(WAIT);
  // Filter: resolved complaints of high severity ("Resolved" is also part of "Open and resolved": pick the option itself).
  await choose(register, 'Severity', 'High');
  await choose(register, 'Status', 'Resolved');
  const expected = await keysOf(
    'project = ACME AND issuetype = Complaint AND labels = brm-severity-high AND statusCategory = Done ORDER BY created DESC, key DESC',
  );
  expect(expected.length).toBeGreaterThan(0);
  await register
    .getByTestId('register-shown')
    .getByText(`${Math.min(expected.length, 50)} shown`)
    .waitFor(WAIT);
  await register.page().screenshot({ path: screenshotPath('register-filtered.png'), fullPage: true });

  const download = page.waitForEvent('download', WAIT);
  await register.getByTestId('export-csv').click();
  const file = await (await download).path();
  await register.getByText(`Exported ${expected.length} complaints.`).waitFor(WAIT);
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toMatch(/^Key,Summary,Project,Customer,Service,Category,Severity,Status,Raised,Resolved/);
  const keys = lines.slice(1).map((line) => line.split(',')[0]);
  expect(keys).toEqual(expected);
  for (const line of lines.slice(1)) expect(line).toContain(',High,');
  expect(realErrors(errors)).toEqual([]);
});

test('a long CSV export shows its progress and stops between pages when cancelled, downloading nothing', async () => {
  for (let i = 0; i < 230; i++) await newComplaint(`Printer queue lost jobs again (${i + 1})`);
  const expected = await keysOf('project = ACME AND issuetype = Complaint AND labels = brm-severity-critical AND statusCategory != Done');
  expect(expected.length).toBeGreaterThan(200);
  const { page, errors } = await open('agent');
  // Each page of the export takes a while to come back, as over a slow connection; the register's own page does not.
  await page.context().route('**/__sandbox/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('"getRegisterPage"') && body.includes('"pageSize":100')) await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await goto(page, site, `/jira/servicedesk/projects/ACME/apps/${site.sandbox.manifest.appId}/${site.sandbox.runtime.environmentId}`);
  const register = await appFrame(page, REGISTER);
  await register.getByTestId('register-table--head').waitFor(WAIT);
  await choose(register, 'Severity', 'Critical');
  await choose(register, 'Status', 'Open');
  await register.getByTestId('register-shown').getByText('50 shown').waitFor(WAIT);

  await register.getByTestId('export-csv').click();
  await register.getByText(`Exporting 100 of about ${expected.length} complaints…`).waitFor(WAIT);
  const progress = register.getByRole('progressbar', { name: 'Export progress' });
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeCloseTo(100 / expected.length, 2);
  await register.page().screenshot({ path: screenshotPath('register-export-progress.png'), fullPage: true });
  await register.getByRole('button', { name: 'Cancel export' }).press('Enter');
  await register.getByTestId('export-outcome').getByText('Export cancelled.').waitFor(WAIT);
  expect(await register.getByTestId('export-progress').count()).toBe(0);
  expect(downloads).toBe(0);
  expect(realErrors(errors)).toEqual([]);
});
