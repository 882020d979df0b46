import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { PROJECT_SETTINGS } from '@brm/sandbox/server/pages/project-settings/paths';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, sessionCookieOf, startSite, type Site } from './harness';

/**
 * In a real browser:
 * - after a Jira admin has set BRM up in GLOBEX, the admin puts the new "Raise a complaint" request
 *   type in GLOBEX's "Feedback" portal group on the project's Request types settings page (a request
 *   type created through the API is in no group, so the portal does not offer it until then);
 * - a Contoso customer raises "Raise a complaint" on the GLOBEX portal; Jira holds a Complaint whose
 *   Customer the app's trigger filled with Contoso Pharmaceuticals ({ id, name }), the agent's issue
 *   view names it, and so does the customer's request page (the field's portal-view);
 * - an agent sets the Customer of a GLOBEX request through the field's edit frame; Jira's refusal
 *   (to a customer signed in meanwhile) shows next to the field, the saved value shows in the view,
 *   and JQL on the field finds it.
 */

jest.setTimeout(90_000);

const WAIT = { timeout: 20_000 };
const CUSTOMER_FRAME = '[data-testid="field-brm-customer"] iframe.forge-frame';
const LENA = 'lena.fischer@contoso-pharma.example';
const AGENT = 'agent@brm-demo.example';

let site: Site;
let browser: Browser;
const pages: Page[] = [];

const desks = z.object({ values: z.array(z.object({ id: z.string(), projectId: z.string(), projectKey: z.string() })) });
const fields = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const organizations = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const issueRead = z.object({ key: z.string(), fields: z.record(z.string(), z.unknown()) });
const issueType = z.object({ name: z.string() });
const search = z.object({ issues: z.array(z.object({ key: z.string() })) });
const provisioned = z.object({ ok: z.literal(true), value: z.object({ ok: z.literal(true) }) });

/** Asks the Jira emulator directly, as a demo user: what Jira holds, independent of the UI. */
async function jira(path: string, who = 'admin'): Promise<unknown> {
  const answer = await site.sandbox.jira.handle({ method: 'GET', path, headers: {}, caller: { kind: 'user', accountId: demoUser(who).accountId } });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return answer.body;
}

async function open(who: string): Promise<{ page: Page; errors: string[] }> {
  const page = await pageAs(browser, site, who);
  pages.push(page);
  return { page, errors: collectErrors(page) };
}

const realErrors = (errors: string[]): string[] => errors.filter((e) => !/feature gate/i.test(e));

let globexDesk: string;
let customerField: string;
let organizationIds: Map<string, string>;

beforeAll(async () => {
  site = await startSite({ issues: 20 });
  browser = await launchBrowser();
  const globex = desks.parse(await jira('/rest/servicedeskapi/servicedesk')).values.find((d) => d.projectKey === 'GLOBEX');
  if (!globex) throw new Error('The demo tenant has no GLOBEX service desk.');
  globexDesk = globex.id;
  // The admin page's own resolver provisions GLOBEX, as its "Provision now" button does.
  const run = await site.sandbox.invoke({
    moduleKey: 'brm-admin-page',
    functionKey: 'runProvisioning',
    payload: { projectIds: [globex.projectId] },
    accountId: demoUser('admin').accountId,
  });
  provisioned.parse(run);
  await site.sandbox.settle();
  const field = fields.parse(await jira('/rest/api/3/field')).find((f) => f.schema?.custom?.endsWith('/static/brm-customer'));
  if (!field) throw new Error('Jira has no Customer field.');
  customerField = field.id;
  organizationIds = new Map(organizations.parse(await jira('/rest/servicedeskapi/organization?limit=50')).values.map((o) => [o.name, o.id]));
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

test("a Contoso customer's complaint on the GLOBEX portal becomes a Complaint for Contoso Pharmaceuticals, which the agent sees on the issue", async () => {
  const contoso = organizationIds.get('Contoso Pharmaceuticals');
  if (!contoso) throw new Error('The demo tenant has no Contoso Pharmaceuticals.');

  // The customer picks "Raise a complaint" on the portal's home and fills the form by keyboard.
  // Until an admin puts it in a portal group, the portal does not offer the new request type.
  const customer = await open(LENA);
  await goto(customer.page, site, `/servicedesk/customer/portal/${globexDesk}`);
  expect(await customer.page.getByRole('link', { name: /Raise a complaint/ }).count()).toBe(0);

  // The admin adds it to the "Feedback" group on GLOBEX's Request types settings page, by keyboard.
  const admin = await open('admin');
  await goto(admin.page, site, PROJECT_SETTINGS.requestTypes('GLOBEX'));
  const group = admin.page.getByLabel('Portal group for Raise a complaint');
  await group.selectOption({ label: 'Feedback' });
  await group.focus();
  await admin.page.keyboard.press('Tab');
  await admin.page.keyboard.press('Enter');
  await admin.page.getByText('The portal groups of Raise a complaint were saved.').waitFor(WAIT);
  expect(realErrors(admin.errors)).toEqual([]);

  // The customer now finds it under Feedback on the portal's home.
  await goto(customer.page, site, `/servicedesk/customer/portal/${globexDesk}`);
  const feedback = customer.page.getByRole('region', { name: 'Feedback' });
  await feedback.getByRole('link', { name: /Raise a complaint/ }).click();
  await customer.page.getByRole('heading', { level: 1, name: 'Raise a complaint' }).waitFor(WAIT);
  await customer.page.getByLabel('Summary').fill('Invoices arrive a month late');
  await customer.page.getByLabel('Description').fill('Three invoices in a row reached our accounts team weeks after the due date.');
  await customer.page.getByLabel('Summary').press('Enter');

  // The customer lands on the new request's portal page.
  await customer.page.waitForURL(new RegExp(`/servicedesk/customer/portal/${globexDesk}/GLOBEX-\\d+$`), WAIT);
  expect((await customer.page.getByTestId('request-summary').innerText()).trim()).toBe('Invoices arrive a month late');
  const key = /(GLOBEX-\d+)$/.exec(customer.page.url())?.[1] ?? '';
  expect(realErrors(customer.errors)).toEqual([]);

  // Jira holds a Complaint whose Customer the trigger filled from Lena's only organization.
  await site.sandbox.settle();
  expect(site.sandbox.triggerErrors).toEqual([]);
  const issue = issueRead.parse(await jira(`/rest/api/3/issue/${key}?fields=issuetype,${customerField}`));
  expect(issueType.parse(issue.fields.issuetype).name).toBe('Complaint');
  expect(issue.fields[customerField]).toEqual({ id: contoso, name: 'Contoso Pharmaceuticals' });

  // The customer's request page names the customer too: the field's view in its portal-view experience.
  await customer.page.reload();
  const portalView = await appFrame(customer.page, '[data-testid="portal-field-brm-customer"] iframe.forge-frame');
  await portalView.getByTestId('field-value').waitFor(WAIT);
  expect((await portalView.getByTestId('field-value').innerText()).trim()).toBe('Contoso Pharmaceuticals');
  expect(realErrors(customer.errors)).toEqual([]);

  // The agent's issue view names the customer through the field's view frame.
  const agent = await open(AGENT);
  await goto(agent.page, site, `/browse/${key}`);
  const view = await appFrame(agent.page, CUSTOMER_FRAME);
  await view.getByTestId('field-value').waitFor(WAIT);
  expect((await view.getByTestId('field-value').innerText()).trim()).toBe('Contoso Pharmaceuticals');
  expect(realErrors(agent.errors)).toEqual([]);
});

test("an agent sets a ticket's Customer through the field's edit frame; a refusal shows by the field, the save shows in the view and in JQL", async () => {
  // A GLOBEX request Lena can see (hers, or shared with Contoso) that names no customer yet: the
  // Customer rule lets it be for Contoso Pharmaceuticals, the reporter's organization.
  const targetName = 'Contoso Pharmaceuticals';
  const targetId = organizationIds.get(targetName) ?? '';
  const store = site.sandbox.jira.store;
  const lena = demoUser(LENA).accountId;
  const request = store.docs.issues
    .all()
    .find(
      (i) =>
        i.projectId === store.project('GLOBEX')?.id &&
        i.requestTypeId !== null &&
        (i.reporterId === lena || i.organizationIds.includes(targetId)) &&
        i.customFields[customerField] === undefined,
    );
  if (!request) throw new Error('The demo tenant has no GLOBEX request Lena can see.');
  const ticket = request.key;
  const before = issueRead.parse(await jira(`/rest/api/3/issue/${ticket}?fields=${customerField}`)).fields[customerField] ?? null;
  expect(before).toBeNull();

  const agent = await open(AGENT);
  await goto(agent.page, site, `/browse/${ticket}`);
  const frame = await appFrame(agent.page, CUSTOMER_FRAME);
  await frame.getByTestId('field-value').waitFor(WAIT);

  // "Edit" by keyboard swaps the view for the field's edit frame.
  const edit = agent.page.getByRole('button', { name: 'Edit Customer' });
  await edit.focus();
  await agent.page.keyboard.press('Enter');
  await frame.getByTestId('field-edit').waitFor(WAIT);
  expect(await edit.isHidden()).toBe(true);
  await frame.locator('#field-brm-customer').fill(targetName.split(' ')[0] ?? targetName);
  await frame.getByRole('option', { name: targetName }).click();

  // Signed in as a customer in another tab meanwhile, the save goes to Jira as the customer, who
  // may not edit the ticket: Jira's refusal shows next to the field, with the edit frame still open.
  const context = agent.page.context();
  await context.addCookies([sessionCookieOf(site, lena)]);
  await frame.getByTestId('field-save').click();
  const error = agent.page.getByTestId('field-error-brm-customer');
  await agent.page.locator('[data-testid="field-error-brm-customer"]:not(:empty)').waitFor(WAIT);
  expect(await error.innerText()).toBe('Customer was not saved: You do not have permission to edit this issue.');
  expect(await frame.getByTestId('field-edit').isVisible()).toBe(true);
  expect(issueRead.parse(await jira(`/rest/api/3/issue/${ticket}?fields=${customerField}`)).fields[customerField] ?? null).toEqual(before);

  // Back as the agent, the same save goes through and the view shows the new customer.
  await context.addCookies([sessionCookieOf(site, demoUser(AGENT).accountId)]);
  await frame.getByTestId('field-save').click();
  await frame.getByTestId('field-value').waitFor(WAIT);
  expect((await frame.getByTestId('field-value').innerText()).trim()).toBe(targetName);
  expect(await error.innerText()).toBe('');
  expect(await agent.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Customer');
  // The page was not reloaded, yet the Customer relationship panel follows the change: the host's
  // JIRA_ISSUE_CHANGED event makes it read the issue again.
  const panel = await appFrame(agent.page, 'iframe[data-module-key="brm-issue-panel"]');
  await panel.getByTestId('relationship-panel').getByText(targetName, { exact: true }).waitFor(WAIT);

  // Jira holds the organization's id and name, and JQL by the customer's id finds the ticket.
  expect(issueRead.parse(await jira(`/rest/api/3/issue/${ticket}?fields=${customerField}`)).fields[customerField]).toEqual({ id: targetId, name: targetName });
  const byCustomer = search.parse(
    await jira(`/rest/api/3/search/jql?jql=${encodeURIComponent(`project = GLOBEX AND Customer.id = ${targetId} ORDER BY key ASC`)}&maxResults=100`, AGENT),
  );
  expect(byCustomer.issues.map((i) => i.key)).toContain(ticket);

  // "Edit" again starts from the saved value; Cancel goes back to the view, changing nothing.
  await edit.click();
  await frame.getByTestId('field-edit').waitFor(WAIT);
  await frame.getByText(targetName).waitFor(WAIT);
  await frame.getByRole('button', { name: 'Cancel' }).click();
  await frame.getByTestId('field-value').waitFor(WAIT);
  expect((await frame.getByTestId('field-value').innerText()).trim()).toBe(targetName);
  // The browser logs the refused save itself; nothing else may fail.
  expect(realErrors(agent.errors).filter((e) => !/status of 403/.test(e))).toEqual([]);
  expect(realErrors(agent.errors).filter((e) => /status of 403/.test(e))).toHaveLength(1);
});
