import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { readBuild } from '#scripts/static-weight';
import { appFrame, collectErrors, goto, launchBrowser, pageAs, startSite, type Site } from './harness';

/**
 * The app's one Custom UI resource in the agent's issue view: every frame loads the same shared
 * files, each frame only its own surface's code, and the panel's editor (a select) only when the
 * agent edits. The Customer field shows on the issue view where it is on the issue's screens: ACME
 * comes set up, with the app's fields on its screens.
 */
jest.setTimeout(90_000);

const PANEL = 'iframe[data-module-key="brm-issue-panel"]';
const WAIT = { timeout: 20_000 };

let site: Site;
let browser: Browser;
/** An ACME ticket an agent raised: it may be for any of the desk's organizations (a customer's is for one of theirs). */
let ticket: string;
const pages: Page[] = [];

beforeAll(async () => {
  site = await startSite({ issues: 10 });
  browser = await launchBrowser();
  const store = site.sandbox.jira.store;
  const acme = store.project('ACME')?.id;
  const raised = store.docs.issues.all().find((i) => i.projectId === acme && i.reporterId !== null && store.user(i.reporterId)?.kind !== 'customer');
  if (!raised) throw new Error('The demo tenant has no ACME ticket an agent raised.');
  ticket = raised.key;
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

/** The build's file for a source module (Vite's manifest). */
function builtFile(source: string): string {
  const file = readBuild().manifest[source]?.file;
  if (!file) throw new Error(`The build has no chunk for ${source}.`);
  return file;
}

async function agentPage(): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await pageAs(browser, site, DEMO_AGENT_EMAIL);
  pages.push(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return { page, scripts, errors: collectErrors(page) };
}

const customers = z.object({ values: z.array(z.object({ name: z.string() })) });

test("every frame of the issue view loads the app's one resource, and the panel's editor only when the agent edits", async () => {
  const { page, scripts, errors } = await agentPage();
  await goto(page, site, `/browse/${ticket}`);
  const panel = await appFrame(page, PANEL);
  await panel.getByTestId('relationship-panel').waitFor(WAIT);
  await (await appFrame(page, 'iframe[data-module-key="brm-customer"]')).getByTestId('field-value').waitFor(WAIT);
  const appScripts = scripts.filter((path) => path.startsWith('/__app/'));
  expect(appScripts.length).toBeGreaterThan(0);
  expect(appScripts.filter((path) => !path.startsWith('/__app/app/assets/'))).toEqual([]);
  const editor = `/__app/app/${builtFile('src/issue-panel/RefEditor.tsx')}`;
  expect(scripts).not.toContain(editor);

  // Editing the customer loads the editor, whose choice saves to the ticket.
  const organizations = customers.parse(
    (
      await site.sandbox.jira.handle({
        method: 'GET',
        path: '/rest/servicedeskapi/organization',
        headers: {},
        caller: { kind: 'user', accountId: demoUser(DEMO_AGENT_EMAIL).accountId },
      })
    ).body,
  );
  const current = (await panel.getByTestId('panel-customerId-value').innerText()).trim();
  const target = organizations.values.map((o) => o.name).find((name) => name !== current);
  if (!target) throw new Error('The demo tenant has a single organization.');
  await panel.getByTestId('panel-customerId-edit').click();
  await panel.locator('#panel-customerId').fill(target.split(' ')[0] ?? target);
  await panel.getByRole('option', { name: target }).click();
  expect(scripts).toContain(editor);
  // Atlaskit's styles keep their order when the editor's stylesheet arrives after the panel's: a
  // small label's weight (a longhand) is not undone by the size (the font shorthand) in the new file.
  const weight = await panel.getByText('Service', { exact: true }).evaluate((element) => getComputedStyle(element).fontWeight);
  expect(Number(weight)).toBeGreaterThanOrEqual(600);
  await panel.getByTestId('panel-customerId-save').click();
  // The panel asks the host to refresh the issue, which shows the ticket's new customer.
  await page.frameLocator(PANEL).getByTestId('panel-customerId-value').filter({ hasText: target }).waitFor(WAIT);
  expect(errors.filter((e) => !/feature gate/i.test(e))).toEqual([]);
});

test('a frame whose module the app does not know says so instead of staying blank', async () => {
  const { page } = await agentPage();
  await goto(page, site, `/__app/app/?moduleKey=brm-planned-cost&ext=${encodeURIComponent('{}')}`);
  await page.getByTestId('shell-message').waitFor(WAIT);
  expect(await page.getByTestId('shell-message').innerText()).toContain('not available here');
});
