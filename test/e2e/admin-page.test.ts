import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { appFrame, collectErrors, goto, launchBrowser, openAs, pageAs, screenshotPath, startSite, type Site } from './harness';

jest.setTimeout(90_000);

const ADMIN_PAGE = '/jira/settings/apps/brm-admin-page';
const FRAME = 'iframe[data-module-key="brm-admin-page"]';

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

async function open(who: string, colorMode: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await openAs(browser, site, who, ADMIN_PAGE, colorMode);
  pages.push(page);
  return page;
}

const invokeAnswer = z.object({
  ok: z.literal(true),
  value: z.object({ ok: z.literal(true), data: z.object({ projects: z.array(z.object({ name: z.string() })) }) }),
});

test('the admin sees the service projects that the real resolver reported through the bridge', async () => {
  const answers: unknown[] = [];
  const page = await pageAs(browser, site, 'admin');
  pages.push(page);
  const errors = collectErrors(page);
  page.on('response', (response) => {
    if (response.url().endsWith('/__sandbox/invoke')) answers.push(response.json());
  });
  await goto(page, site, ADMIN_PAGE);
  const frame = await appFrame(page, FRAME);
  await frame.getByText('Acme Service Desk').waitFor({ timeout: 15_000 });
  await frame.getByText('Field Services', { exact: true }).waitFor();
  // ACME comes set up with its BRM history; FIELD and GLOBEX do not.
  await expect(frame.getByText('1 of 3 service projects are set up for BRM.').count()).resolves.toBe(1);

  // What the page shows is what the resolver answered: the same project names, via /__sandbox/invoke.
  const resolved = await Promise.all(answers);
  const overview = resolved.map((a) => invokeAnswer.safeParse(a)).find((r) => r.success);
  expect(overview?.success).toBe(true);
  const names = overview?.success ? overview.data.value.data.projects.map((p) => p.name) : [];
  expect(names.sort()).toEqual(['Acme Service Desk', 'Field Services', 'Globex Service Desk']);
  const shown = await frame.locator('table tbody tr').allInnerTexts();
  for (const name of names) expect(shown.some((row) => row.includes(name))).toBe(true);

  // The frame grows to its content instead of scrolling inside the page.
  const height = await page.locator(FRAME).evaluate((element) => element.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(400);
  const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.view + 1);

  await page.screenshot({ path: screenshotPath('admin-page.png'), fullPage: true });
  expect(errors.filter((e) => !/feature gate/i.test(e))).toEqual([]);
});

test('an agent gets a plain explanation instead of the overview, because the resolver refuses non-admins', async () => {
  const page = await open('agent');
  const frame = await appFrame(page, FRAME);
  await frame.getByText('You do not have permission to do this').waitFor({ timeout: 15_000 });
  await expect(frame.getByText('Acme Service Desk').count()).resolves.toBe(0);
});

test("the app follows the host's theme, also when the user switches it on the page", async () => {
  const page = await open('admin', 'dark');
  const frame = await appFrame(page, FRAME);
  await frame.getByText('Acme Service Desk').waitFor({ timeout: 15_000 });
  const textColour = () => frame.evaluate(() => getComputedStyle(document.body).color);
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
  const dark = await textColour();
  await page.click('#theme-toggle');
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'light');
  await frame.waitForFunction((before) => getComputedStyle(document.body).color !== before, dark);
  expect(await textColour()).not.toBe(dark);
  await expect(page.evaluate(() => document.cookie)).resolves.toContain('brm_sandbox_theme=light');
});

test('the header switcher changes who the app runs as', async () => {
  const page = await open('agent');
  await (await appFrame(page, FRAME)).getByText('You do not have permission to do this').waitFor({ timeout: 15_000 });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.selectOption('#user-switcher', { label: 'Ada Admin (admin)' })]);
  const frame = await appFrame(page, FRAME);
  await frame.getByText('Acme Service Desk').waitFor({ timeout: 15_000 });
});

test('provisioning runs in the background: the page follows its progress, opens on it after a reload, and shows the report again later', async () => {
  // GLOBEX, which BRM is not set up in yet.
  const globex = site.sandbox.jira.store.project('GLOBEX');
  if (!globex) throw new Error('The demo tenant has no GLOBEX project.');
  // Jira asks the app to wait 6 s once, so the run is still going when the page reloads.
  site.sandbox.jira.injectFault({
    method: 'POST',
    pathPattern: /^\/rest\/api\/3\/screens\/[^/]+\/tabs\/[^/]+\/fields$/,
    status: 429,
    times: 1,
    retryAfterSeconds: 6,
  });
  const page = await open('admin');
  const errors = collectErrors(page);
  let frame = await appFrame(page, FRAME);
  await frame.getByRole('checkbox', { name: 'Set up BRM in Globex Service Desk' }).check();
  await frame.getByRole('button', { name: 'Review plan' }).click();
  await frame.getByTestId('plan-summary').waitFor({ timeout: 15_000 });
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByRole('button', { name: 'Provision now' }).click();
  await frame.getByText(/^[1-9]\d* of 24 changes made$/).waitFor({ timeout: 15_000 });

  await page.reload({ waitUntil: 'load' });
  frame = await appFrame(page, FRAME);
  await frame.getByTestId('run-progress-bar').waitFor({ timeout: 15_000 });
  await frame.getByTestId('run-complete').waitFor({ timeout: 30_000 });

  await page.reload({ waitUntil: 'load' });
  frame = await appFrame(page, FRAME);
  await frame.getByTestId('last-run').waitFor({ timeout: 15_000 });
  // The issue types exist already (ACME uses them): the scheme and the screens are done, the request types wait for an admin.
  expect(await frame.getByTestId('last-run').innerText()).toMatch(/8 done, 11 already in place, 0 failed, 2 waiting for an admin/);
  await frame.getByTestId('last-run-show').click();
  await frame.getByTestId('run-complete').waitFor({ timeout: 15_000 });

  // A "needs an admin" item links to Jira's request types page of GLOBEX, built from the site URL: here the sandbox's.
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByTestId(`report-item-requesttype:${globex.id}:complaint-link`).click()]);
  await popup.waitForLoadState('load');
  pages.push(popup);
  expect(popup.url()).toBe(`${site.url}/jira/servicedesk/projects/GLOBEX/settings/request-types`);
  await popup.getByTestId('request-type-table').waitFor();
  expect(errors.filter((e) => !/feature gate/i.test(e))).toEqual([]);
});

test('the admin chooses the language of the names the app gives, and the plan renames the BRM issue types into it', async () => {
  const page = await open('admin');
  const errors = collectErrors(page);
  const frame = await appFrame(page, FRAME);
  const select = frame.getByLabel('Name them in');
  await select.waitFor({ timeout: 15_000 });
  expect(await select.inputValue()).toBe('en');
  await frame.getByTestId('provided-type-complaint').getByText('Complaint', { exact: true }).waitFor();

  await select.focus();
  await select.selectOption({ label: 'Deutsch' });
  await frame.getByTestId('provided-type-complaint').getByText('Beschwerde', { exact: true }).waitFor({ timeout: 15_000 });
  await frame.getByTestId('provided-type-compliment').getByText('Lob', { exact: true }).waitFor();

  await frame.getByRole('checkbox', { name: 'Set up BRM in Acme Service Desk' }).check();
  await frame.getByRole('button', { name: 'Review plan' }).click();
  await frame.getByText('Rename the issue type Complaint to Beschwerde, in the language chosen for names.').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: screenshotPath('admin-names-language.png'), fullPage: true });

  // Back to English before anything is renamed: the site is shared with the other tests.
  await frame.getByRole('button', { name: 'Back' }).click();
  await frame.getByLabel('Name them in').selectOption('en');
  await frame.getByTestId('provided-type-complaint').getByText('Complaint', { exact: true }).waitFor({ timeout: 15_000 });
  expect(errors.filter((e) => !/feature gate/i.test(e))).toEqual([]);
});
