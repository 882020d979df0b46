import type { Browser, Frame, Page } from 'playwright-core';
import { appFrame, collectErrors, goto, launchBrowser, pageAs, startSite, type Site } from './harness';

/**
 * A team-managed project in a real browser. Jira Cloud has no REST API for its issue types, their
 * fields or the portal groups of request types, so the admin page lists those steps for FIELD,
 * each with a live check and a link to the project settings page (Jira Cloud's address, which the
 * sandbox serves). The admin does each step by hand in the sandbox's settings pages, and it turns
 * green after "Check again"; once the types exist, provisioning creates the request types.
 */

jest.setTimeout(120_000);

const ADMIN_PAGE = '/jira/settings/apps/brm-admin-page';
const FRAME = 'iframe[data-module-key="brm-admin-page"]';
const WAIT = { timeout: 20_000 };
const BRM_TYPES = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'];
const EVERY_TICKET = ['Customer', 'Service'];
const BUSINESS_CASE = [...EVERY_TICKET, 'Planned cost', 'Actual cost', 'Expected benefit', 'Decision', 'Strategic initiative'];

let site: Site;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  site = await startSite({ issues: 10 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

const fieldId = (name: string): string => site.sandbox.jira.store.fields().find((f) => f.name === name)?.id ?? '';

/** Follows a step's link: the host opens the settings page in a new tab. */
async function openStepLink(page: Page, frame: Frame, stepId: string, expectedPath: string): Promise<Page> {
  const [settings] = await Promise.all([page.waitForEvent('popup'), frame.getByTestId(`step-${stepId}-link`).click()]);
  await settings.waitForLoadState('load');
  pages.push(settings);
  expect(new URL(settings.url()).pathname).toBe(expectedPath);
  return settings;
}

/** Goes to a step's link in the settings tab already open (the link is the address a click opens). */
async function followStepLink(settings: Page, frame: Frame, stepId: string): Promise<string> {
  const href = (await frame.getByTestId(`step-${stepId}-link`).getAttribute('href')) ?? '';
  expect(href.startsWith(`${site.url}/jira/servicedesk/projects/FIELD/settings/`)).toBe(true);
  await settings.goto(href, { waitUntil: 'load' });
  return new URL(href).pathname;
}

/** Submits a settings form and waits for the page it redirects to. */
async function submit(settings: Page, button: string, within?: string): Promise<void> {
  const scope = within ? settings.getByTestId(within) : settings;
  await Promise.all([settings.waitForNavigation({ waitUntil: 'load' }), scope.getByRole('button', { name: button, exact: true }).click()]);
}

/** Presses "Check again" and waits until the count says `done` steps. */
async function checkAgain(frame: Frame, done: number): Promise<void> {
  await frame.getByTestId('checklist-FIELD-check').click();
  await frame.getByText(`${done} of 11 done`, { exact: true }).waitFor(WAIT);
}

const stepDone = async (frame: Frame, id: string): Promise<boolean> => (await frame.getByTestId(`step-${id}`).getAttribute('data-done')) === 'true';

test('an admin walks FIELD\'s checklist: each step done by hand in the project\'s settings turns green after "Check again"', async () => {
  const page = await pageAs(browser, site, 'admin');
  pages.push(page);
  const errors = collectErrors(page);
  await goto(page, site, ADMIN_PAGE);
  let frame = await appFrame(page, FRAME);
  await frame.getByRole('checkbox', { name: 'Set up BRM in Field Services' }).check();
  await frame.getByRole('button', { name: 'Review plan' }).click();

  // The plan has nothing for the app to write in FIELD, says so, and lists the manual steps.
  const checklist = frame.getByTestId('checklist-FIELD');
  await checklist.waitFor(WAIT);
  expect(await frame.getByTestId('plan-admin-only').innerText()).toContain('only an admin can do');
  expect(await frame.getByRole('button', { name: 'Provision', exact: true }).count()).toBe(0);
  expect(await frame.getByTestId('checklist-FIELD-why').innerText()).toContain('Jira Cloud has no REST API');
  await frame.getByText('0 of 11 done', { exact: true }).waitFor(WAIT);

  // 1. The issue types, on FIELD's issue types page (the first step's link opens it in a new tab).
  const settings = await openStepLink(page, frame, 'issuetype:complaint', '/jira/servicedesk/projects/FIELD/settings/issuetypes');
  for (const name of BRM_TYPES) {
    await settings.getByLabel('Name').fill(name);
    await submit(settings, 'Create');
    await settings.getByText(`The issue type ${name} was created.`).waitFor(WAIT);
  }
  await checkAgain(frame, 4);
  for (const key of ['complaint', 'compliment', 'businessCase', 'serviceRequirement']) expect(await stepDone(frame, `issuetype:${key}`)).toBe(true);
  expect(await stepDone(frame, 'fields:brm:complaint')).toBe(false);

  // 2. The fields of each type, on that type's fields page (each step links to its own).
  const requestType = site.sandbox.jira.store
    .issueTypesOfProject(
      site.sandbox.jira.store.project('FIELD') ??
        (() => {
          throw new Error('no FIELD');
        })(),
    )
    .find((t) => t.name === 'Request');
  const targets: [string, string[]][] = [
    ['fields:brm:complaint', EVERY_TICKET],
    ['fields:brm:compliment', EVERY_TICKET],
    ['fields:brm:businessCase', BUSINESS_CASE],
    ['fields:brm:serviceRequirement', EVERY_TICKET],
    [`fields:type:${requestType?.id ?? ''}`, EVERY_TICKET],
  ];
  for (const [stepId, names] of targets) {
    expect(await followStepLink(settings, frame, stepId)).toMatch(/^\/jira\/servicedesk\/projects\/FIELD\/settings\/issuetypes\/\d+$/);
    for (const name of names) {
      await settings.getByLabel(/^Field to add to /).selectOption({ label: `${name} (${fieldId(name)})` });
      await submit(settings, 'Add field');
    }
  }
  await checkAgain(frame, 9);
  for (const [stepId] of targets) expect(await stepDone(frame, stepId)).toBe(true);
  expect(await stepDone(frame, 'portal:complaint')).toBe(false);

  // 3. With the types in place, provisioning creates the request types on FIELD's desk; an admin
  //    then puts them in a portal group, on the request types page.
  await frame.getByRole('button', { name: 'Back' }).click();
  await frame.getByRole('button', { name: 'Review plan' }).click();
  await frame.getByTestId('plan-summary').waitFor(WAIT);
  expect(await frame.getByTestId('plan-summary').innerText()).toMatch(/^2 changes to Jira/);
  await frame.getByRole('button', { name: 'Provision', exact: true }).click();
  await frame.getByRole('button', { name: 'Provision now' }).click();
  await frame.getByTestId('run-complete').waitFor({ timeout: 30_000 });
  frame = await appFrame(page, FRAME);
  await frame.getByText('9 of 11 done', { exact: true }).waitFor(WAIT);
  expect(await followStepLink(settings, frame, 'portal:complaint')).toBe('/jira/servicedesk/projects/FIELD/settings/request-types');
  for (const name of ['Raise a complaint', 'Give a compliment']) {
    await settings.getByLabel(`Portal group for ${name}`).selectOption({ label: 'Feedback' });
    const form = await settings.getByLabel(`Portal group for ${name}`).evaluate((select) => select.closest('form')?.getAttribute('data-testid') ?? '');
    await submit(settings, 'Add to group', form);
  }
  await checkAgain(frame, 11);
  expect(await frame.getByTestId('checklist-FIELD').innerText()).not.toContain('Not done');

  // Back on the overview, FIELD is set up.
  await frame.getByRole('button', { name: 'Back to projects' }).click();
  await frame.getByTestId('project-row-FIELD').getByText('Set up', { exact: true }).waitFor(WAIT);
  expect(errors.filter((e) => !/feature gate/i.test(e))).toEqual([]);
});
