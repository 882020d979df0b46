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

const invokeAnswer = z.object({ ok: z.literal(true), value: z.object({ ok: z.literal(true), data: z.object({ projects: z.array(z.object({ name: z.string() })) }) }) });

test("the admin sees the service projects that the real resolver reported through the bridge", async () => {
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
  await frame.getByText('Field Services').waitFor();
  await expect(frame.getByText('0 of 2 service projects are set up for BRM.').count()).resolves.toBe(1);

  // What the page shows is what the resolver answered: the same project names, via /__sandbox/invoke.
  const resolved = await Promise.all(answers);
  const overview = resolved.map((a) => invokeAnswer.safeParse(a)).find((r) => r.success);
  expect(overview?.success).toBe(true);
  const names = overview?.success ? overview.data.value.data.projects.map((p) => p.name) : [];
  expect(names.sort()).toEqual(['Acme Service Desk', 'Field Services']);
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
