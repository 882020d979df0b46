import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { STATEMENT_MAX_LENGTH } from '#feedback/contract';
import { formatMessage, type MessageParams } from '#kernel/message-format';
import de from '../../static/app/src/shared/i18n/de/common';
import deAction from '../../static/app/src/shared/i18n/de/issue-action';
import { en } from '../../static/app/src/shared/i18n/en';
import { enAdmin } from '../../static/app/src/shared/i18n/en-admin';
import { enIssueAction } from '../../static/app/src/shared/i18n/en-issue-action';
import { pseudoTemplate } from '../../static/app/src/shared/i18n/pseudo';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, screenshotPath, startSite, type Site } from './harness';

/**
 * The UI in the viewer's language, in a real browser. A German agent picks Deutsch in the header's
 * language menu and tags a ticket: every frame reads German, dates are German, and each frame's
 * <html> says `lang="de"`. Then the pseudo-locale (`en_XA`: accented, bracketed, 40% longer) on the
 * admin page and the issue view, where every label must still fit: nothing cut off, nothing
 * sticking out of its frame.
 */

jest.setTimeout(180_000);

const ADMIN_PAGE = '/jira/settings/apps/brm-admin-page';
const ADMIN_FRAME = 'iframe[data-module-key="brm-admin-page"]';
const PANEL_FRAME = 'iframe[data-module-key="brm-issue-panel"]';
const ACTION_ITEM = '[role="menuitem"][data-module-key="brm-feedback-action"]';
const ACTION_FRAME = '.modal-dialog iframe[data-module-key="brm-feedback-action"]';
const CONTEXT_ITEM = '[data-testid="context-brm-feedback-context"]';
const CONTEXT_FRAME = `${CONTEXT_ITEM} iframe`;
const FIELD_FRAMES = { customer: 'iframe[data-module-key="brm-customer"]', service: 'iframe[data-module-key="brm-service"]' } as const;
const FEEDBACK_PROPERTY = 'brm-feedback';
const FEEDBACK_TYPES = new Set(['Complaint', 'Compliment', 'Business Case', 'Service Requirement']);
const WAIT = { timeout: 30_000 };

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

async function open(who: string, width?: number): Promise<{ page: Page; errors: string[] }> {
  const page = await pageAs(browser, site, who);
  if (width !== undefined) await page.setViewportSize({ width, height: 900 });
  pages.push(page);
  return { page, errors: collectErrors(page) };
}

const realErrors = (errors: string[]): string[] => errors.filter((e) => !/feature gate/i.test(e));

/** Chooses a language in the header's menu, which saves it as the user's and reloads the page. */
async function chooseLanguage(page: Page, locale: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.selectOption('#language-switcher', locale)]);
  expect(await page.locator('#language-switcher').inputValue()).toBe(locale);
}

/** The German string of the issue surfaces' tables (de/common.ts, de/issue-action.ts). */
const germanTable: Readonly<Record<keyof typeof de | keyof typeof deAction, string>> = { ...de, ...deAction };
const german = (key: keyof typeof germanTable, params?: MessageParams): string => formatMessage(germanTable[key], params, 'de');

/** A string as the pseudo-locale shows it: the English one, accented, bracketed and padded. */
const englishTable: Readonly<Record<keyof typeof en | keyof typeof enAdmin | keyof typeof enIssueAction, string>> = { ...en, ...enAdmin, ...enIssueAction };
const pseudo = (key: keyof typeof englishTable, params?: MessageParams): string => formatMessage(pseudoTemplate(englishTable[key]), params, 'en');

/** The app's frames on a page: those the host loads from the app's resource. */
const appFrames = (page: Page): Frame[] => page.frames().filter((frame) => frame !== page.mainFrame() && new URL(frame.url()).pathname.startsWith('/__app/'));

/**
 * ACME tickets (not the BRM issues themselves): untagged ones an agent raised, and tagged ones
 * whose Customer and Service fields are both set.
 */
function acmeTickets(): { untagged: string[]; tagged: string[] } {
  const store = site.sandbox.jira.store;
  const acme = store.project('ACME');
  if (!acme) throw new Error('The demo tenant has no ACME project.');
  const typeName = (id: string) => store.issueTypes().find((type) => type.id === id)?.name ?? '';
  const fieldOf = (moduleKey: string) => store.fields().find((field) => (field.schemaCustom ?? '').endsWith(`/static/${moduleKey}`))?.id ?? '';
  const appFields = [fieldOf('brm-customer'), fieldOf('brm-service')];
  const tickets = store.docs.issues.all().filter((issue) => issue.projectId === acme.id && !FEEDBACK_TYPES.has(typeName(issue.issueTypeId)));
  const byAgent = tickets.filter((issue) => issue.reporterId !== null && store.user(issue.reporterId)?.kind !== 'customer');
  return {
    untagged: byAgent.filter((issue) => issue.properties[FEEDBACK_PROPERTY] === undefined).map((issue) => issue.key),
    tagged: tickets
      .filter((issue) => issue.properties[FEEDBACK_PROPERTY] !== undefined && appFields.every((id) => id !== '' && issue.customFields[id] != null))
      .map((issue) => issue.key),
  };
}

/** The name of a customer (JSM organization) of ACME's service desk. */
function acmeCustomer(): string {
  const store = site.sandbox.jira.store;
  const desk = store.serviceDeskOfProject(store.project('ACME')?.id ?? '');
  const name = store.organizations().find((organization) => desk !== undefined && organization.serviceDeskIds.includes(desk.id))?.name;
  if (!name) throw new Error('ACME has no customer.');
  return name;
}

const feedbackTag = z.object({ kind: z.enum(['complaint', 'compliment']), feedbackIssueKey: z.string(), taggedAt: z.string() });

/** The ticket's feedback tag as Jira holds it (an issue property). */
function tagOf(key: string): z.infer<typeof feedbackTag> {
  return feedbackTag.parse(site.sandbox.jira.store.issue(key)?.properties[FEEDBACK_PROPERTY]);
}

/** Opens the issue action from the ticket's ••• menu (the host shows the manifest's title) and waits for its form or outcome. */
async function openAction(page: Page): Promise<Frame> {
  await page.getByTestId('issue-actions').click();
  await page.locator(ACTION_ITEM).click();
  const frame = await appFrame(page, ACTION_FRAME);
  await frame.getByTestId('feedback-action').waitFor(WAIT);
  await frame.locator('[data-testid="feedback-form"], [data-testid="feedback-existing"]').first().waitFor(WAIT);
  return frame;
}

/** Opens the ticket's "Customer feedback" item in the right-hand column and waits for its badge or line. */
async function openBadge(page: Page): Promise<Frame> {
  await page.locator(`${CONTEXT_ITEM} summary`).click();
  const frame = await appFrame(page, CONTEXT_FRAME);
  await frame.locator('[data-testid="feedback-badge"], [data-testid="feedback-none"]').first().waitFor(WAIT);
  return frame;
}

test('a German agent tags a ticket: the form, the outcome, its date, the panel and the badge are German, and every frame says lang="de"', async () => {
  const ticket = acmeTickets().untagged[0];
  if (!ticket) throw new Error('The demo tenant has no untagged ACME ticket an agent raised.');
  const customer = acmeCustomer();
  const agent = demoUser('agent@brm-demo.example');
  expect(agent.displayName).toBe('Sam Agent');

  const { page, errors } = await open(agent.email);
  await goto(page, site, `/browse/${ticket}`);
  await chooseLanguage(page, 'de_DE');
  expect(await page.locator('#language-switcher option:checked').innerText()).toBe('Deutsch');

  // The action's form: German heading, labels, choices and button.
  const action = await openAction(page);
  await action.getByRole('heading', { name: german('issue.action.heading', { issueKey: ticket }) }).waitFor(WAIT);
  await action.getByText(german('issue.action.intro')).waitFor(WAIT);
  await action.locator('legend', { hasText: german('issue.action.kind') }).waitFor(WAIT);
  await action.getByRole('radio', { name: german('issue.feedback.kind.complaint') }).check();
  const labels = {
    customerId: 'issue.action.customer',
    serviceId: 'issue.action.service',
    category: 'issue.action.category',
    severity: 'issue.action.severity',
    statement: 'issue.action.statement',
  } as const;
  for (const [field, key] of Object.entries(labels)) {
    expect((await action.locator(`#feedback-${field}-label`).innerText()).replace(/\s*\*$/, '').trim()).toBe(german(key));
  }
  await action.locator('#feedback-customerId').fill(customer.split(' ')[0] ?? customer);
  await action.getByRole('option', { name: customer }).click();
  await action.locator('#feedback-category').fill(german('issue.action.category.communication'));
  await action.getByRole('option', { name: german('issue.action.category.communication') }).click();
  await action.locator('#feedback-severity').fill(german('issue.action.severity.high'));
  await action.getByRole('option', { name: german('issue.action.severity.high') }).click();
  const statement = 'Niemand hat eine Woche lang geantwortet, der Kunde hat zweimal eskaliert.';
  await action.getByLabel(german('issue.action.statement')).fill(statement);
  // Numbers in German: the maximum with a thousands separator (2.000).
  await action.getByText(german('issue.action.statement.counter', { count: statement.length, max: STATEMENT_MAX_LENGTH })).waitFor(WAIT);
  expect(german('issue.action.statement.counter', { count: statement.length, max: STATEMENT_MAX_LENGTH })).toContain('2.000');
  await action.getByRole('button', { name: german('issue.action.submit.complaint') }).click();

  // The outcome: the complaint it created, in German.
  await action.getByTestId('feedback-done').waitFor(WAIT);
  const complaintKey = (await action.getByTestId('feedback-issue-link').innerText()).trim();
  expect(complaintKey).toMatch(/^ACME-\d+$/);
  const done = await action.getByTestId('feedback-done').innerText();
  expect(done).toContain(german('issue.action.created.title', { kind: german('issue.feedback.kind.complaint'), key: complaintKey }));
  expect(done).toContain(german('issue.action.created.body', { issueKey: ticket }));
  expect((await action.getByTestId('feedback-kind').innerText()).trim()).toBe(german('issue.feedback.kind.complaint'));
  expect(await action.evaluate(() => document.documentElement.lang)).toBe('de');
  await page.screenshot({ path: screenshotPath('languages-de-outcome.png'), fullPage: true });

  // "Fertig" closes the dialog and reloads the issue view: the panel is German and shows the tag.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action.getByRole('button', { name: german('issue.action.done') }).click()]);
  const panel = await appFrame(page, PANEL_FRAME);
  await panel.getByTestId('relationship-panel').waitFor(WAIT);
  for (const label of ['issue.panel.customer', 'issue.panel.service', 'issue.panel.feedback'] as const) {
    await panel.getByText(german(label), { exact: true }).waitFor(WAIT);
  }
  await panel.getByTestId('feedback-badge').waitFor(WAIT);
  expect((await panel.getByTestId('feedback-kind').innerText()).trim()).toBe(german('issue.feedback.kind.complaint'));
  expect((await panel.getByTestId('feedback-issue-link').innerText()).trim()).toBe(complaintKey);
  expect((await panel.getByTestId('panel-customerId-value').innerText()).trim()).toBe(customer);
  expect(await panel.getByTestId('panel-customerId-edit').getAttribute('aria-label')).toBe(
    german('issue.panel.editLabel', { field: german('issue.panel.customer') }),
  );
  const badge = await openBadge(page);
  expect((await badge.getByTestId('feedback-kind').innerText()).trim()).toBe(german('issue.feedback.kind.complaint'));

  // Opened again, the action shows the ticket's tag and the day it was tagged, written the German way.
  const again = await openAction(page);
  await again.getByTestId('feedback-existing').waitFor(WAIT);
  const existing = await again.getByTestId('feedback-existing').innerText();
  expect(existing).toContain(german('issue.action.existing.title', { issueKey: ticket }));
  const taggedAt = new Date(tagOf(ticket).taggedAt);
  // The day as the frame's own time zone sees it, written the way Intl writes a German date.
  const timeZone = await again.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const germanDate = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone }).format(taggedAt);
  expect(germanDate).not.toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone }).format(taggedAt));
  expect(existing).toContain(german('issue.feedback.taggedOn', { date: germanDate }));
  await page.screenshot({ path: screenshotPath('languages-de-tagged.png'), fullPage: true });

  // Every app frame on the page (panel, badge, fields, action) declares German as its language.
  for (const selector of Object.values(FIELD_FRAMES)) await (await appFrame(page, selector)).getByTestId('field-value').waitFor(WAIT);
  const frames = appFrames(page);
  expect(frames.length).toBeGreaterThanOrEqual(5);
  for (const frame of frames) {
    await frame.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, WAIT);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('de');
  }
  expect(realErrors(errors)).toEqual([]);
});

/** A label that does not fit: its text, and how. */
interface LayoutProblem {
  text: string;
  problem: string;
}

/**
 * Runs in a frame: every element that shows text (its own text nodes) is checked for text cut off
 * by its own box or a clipping ancestor (overflow hidden, an ellipsis, a line clamp) and for
 * text or boxes beyond the frame's viewport, and the frame itself for scrolling sideways.
 * Truncation the design means is accepted where an element (or its ancestor) carries the full
 * text in a `title`.
 */
function findLayoutProblems(): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth > viewport + 1) problems.push({ text: '(the frame)', problem: `scrolls sideways: ${root.scrollWidth}px of content in ${viewport}px` });

  const clipsX = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
  const clipsY = (style: CSSStyleDeclaration) => style.overflowY === 'hidden' || style.overflowY === 'clip';
  const visuallyHidden = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.clip !== 'auto' && style.clip !== '') return true;
      if (style.clipPath.startsWith('inset(50%') || style.clipPath.startsWith('inset(100%')) return true;
      const box = at.getBoundingClientRect();
      if (style.position === 'absolute' && style.overflow === 'hidden' && (box.width <= 1 || box.height <= 1)) return true;
    }
    return false;
  };
  const titled = (element: Element, text: string): boolean => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const title = at.getAttribute('title');
      if (title && title.replace(/\s+/g, ' ').includes(text)) return true;
    }
    return false;
  };

  const holders = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest('script, style, textarea, noscript')) continue;
    holders.set(parent, [...(holders.get(parent) ?? []), node as Text]);
  }

  for (const [element, nodes] of holders) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0 || visuallyHidden(element)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (titled(element, text)) continue;
    const report = (problem: string) => problems.push({ text, problem });

    if (clipsX(style) && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
      report(`cut off: ${element.scrollWidth}px of text in a ${element.clientWidth}px <${element.tagName.toLowerCase()}>`);
      continue;
    }
    if (clipsY(style) && element.scrollHeight > element.clientHeight + 1 && element.clientHeight > 0) {
      report(`cut off below: ${element.scrollHeight}px of text in a ${element.clientHeight}px high <${element.tagName.toLowerCase()}>`);
      continue;
    }

    // Where the text itself is laid out, whatever the box around it.
    const range = document.createRange();
    const extent = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    for (const node of nodes) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        extent.left = Math.min(extent.left, rect.left);
        extent.right = Math.max(extent.right, rect.right);
        extent.top = Math.min(extent.top, rect.top);
        extent.bottom = Math.max(extent.bottom, rect.bottom);
      }
    }
    if (extent.right === -Infinity) continue;

    let clipped = false;
    for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
      const outer = getComputedStyle(at);
      const box = at.getBoundingClientRect();
      const left = box.left + at.clientLeft;
      const top = box.top + at.clientTop;
      const cutX = clipsX(outer) && (extent.right > left + at.clientWidth + 1 || extent.left < left - 1);
      const cutY = clipsY(outer) && (extent.bottom > top + at.clientHeight + 1 || extent.top < top - 1);
      if (cutX || cutY) {
        report(
          `cut off by a <${at.tagName.toLowerCase()}> (overflow ${outer.overflowX} ${outer.overflowY}) ${Math.round(box.width)}×${Math.round(box.height)}px`,
        );
        clipped = true;
        break;
      }
    }
    if (clipped) continue;

    const right = Math.max(extent.right, element.getBoundingClientRect().right);
    if (right > viewport + 1 || extent.left < -1)
      report(`sticks out of the frame: ${Math.round(extent.left)}–${Math.round(right)}px in a ${viewport}px viewport`);
  }
  return problems;
}

/** Screenshots one surface's frame into the run's folder and checks it; its problems come back named by the surface. */
async function inspect(page: Page, selector: string, surface: string): Promise<string[]> {
  const frame = await appFrame(page, selector);
  const name = `languages-pseudo-${surface.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
  // The host's sticky header would cover the top of a tall frame scrolled into view.
  await page.locator(selector).screenshot({ path: screenshotPath(name), style: '.top-nav { position: static !important; }' });
  const problems = await frame.evaluate(findLayoutProblems);
  return problems.map((p) => `${surface}: “${p.text}” ${p.problem}`);
}

/** A wide window (the harness's) and a small laptop's, where the admin page's frame is narrowest. */
test.each([1400, 1024])(
  'in the pseudo-locale every label of the admin page and the issue view is the pseudo string and fits in a %ipx wide window: nothing cut off, nothing beyond its frame',
  async (width) => {
    const { untagged, tagged } = acmeTickets();
    // The last untagged ticket: the German test tags the first.
    const formTicket = untagged.at(-1);
    const tagTicket = tagged[0];
    if (!formTicket || !tagTicket)
      throw new Error('The demo tenant lacks an untagged ACME ticket an agent raised or a tagged one with a customer and a service.');
    const problems: string[] = [];
    const where = (surface: string) => `${surface} (${width}px)`;

    // The admin page, each tab.
    const admin = await open('admin', width);
    await goto(admin.page, site, ADMIN_PAGE);
    await chooseLanguage(admin.page, 'en_XA');
    const adminFrame = await appFrame(admin.page, ADMIN_FRAME);
    const heading = adminFrame.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: pseudo('admin.title') }).waitFor(WAIT);
    expect((await heading.innerText()).trim()).toBe(pseudo('admin.title'));
    expect(pseudo('admin.title')).toMatch(/^\[ƁŔṀ ƒöŕ Ĵîŕå Šéŕṽîçé Ṁåñåĝéɱéñţ ·+\]$/);
    expect(await adminFrame.evaluate(() => document.documentElement.lang)).toBe('en');
    await adminFrame.getByText(pseudo('admin.overview.summary', { provisioned: 1, total: 3 })).waitFor(WAIT);
    await adminFrame.getByRole('tab', { name: pseudo('admin.tab.setup') }).waitFor(WAIT);
    problems.push(...(await inspect(admin.page, ADMIN_FRAME, where('admin page, set-up tab'))));
    await adminFrame.getByRole('tab', { name: pseudo('admin.tab.catalogue') }).click();
    await adminFrame.getByTestId('service-count').waitFor(WAIT);
    await adminFrame.locator('[data-testid^="service-row-"]').first().waitFor(WAIT);
    expect((await adminFrame.getByTestId('service-add').innerText()).trim()).toBe(pseudo('admin.catalogue.add'));
    problems.push(...(await inspect(admin.page, ADMIN_FRAME, where('admin page, catalogue tab'))));
    expect(realErrors(admin.errors)).toEqual([]);

    // The issue view of a tagged ticket: the panel, the badge and the fields.
    const agent = await open('agent2@brm-demo.example', width);
    await goto(agent.page, site, `/browse/${tagTicket}`);
    await chooseLanguage(agent.page, 'en_XA');
    const panel = await appFrame(agent.page, PANEL_FRAME);
    await panel.getByText(pseudo('issue.panel.feedback'), { exact: true }).waitFor(WAIT);
    await panel.getByTestId('feedback-badge').waitFor(WAIT);
    expect((await panel.getByTestId('feedback-kind').innerText()).trim()).toBe(pseudo(`issue.feedback.kind.${tagOf(tagTicket).kind}`));
    problems.push(...(await inspect(agent.page, PANEL_FRAME, where('issue panel'))));
    const badge = await openBadge(agent.page);
    await badge.getByTestId('feedback-badge').waitFor(WAIT);
    problems.push(...(await inspect(agent.page, CONTEXT_FRAME, where('feedback badge'))));
    for (const [name, selector] of Object.entries(FIELD_FRAMES)) {
      const field = await appFrame(agent.page, selector);
      await field.getByTestId('field-value').waitFor(WAIT);
      problems.push(...(await inspect(agent.page, selector, where(`${name} field`))));
    }

    // The action on the tagged ticket shows its tag; on an untagged one, the form.
    const existing = await openAction(agent.page);
    await existing.getByText(pseudo('issue.action.existing.title', { issueKey: tagTicket })).waitFor(WAIT);
    problems.push(...(await inspect(agent.page, ACTION_FRAME, where('action dialog, tagged ticket'))));
    await goto(agent.page, site, `/browse/${formTicket}`);
    const form = await openAction(agent.page);
    await form.getByRole('heading', { name: pseudo('issue.action.heading', { issueKey: formTicket }) }).waitFor(WAIT);
    await form.getByRole('radio', { name: pseudo('issue.feedback.kind.complaint') }).check();
    await form.locator('#feedback-severity-label', { hasText: pseudo('issue.action.severity') }).waitFor(WAIT);
    problems.push(...(await inspect(agent.page, ACTION_FRAME, where('action dialog, form'))));
    // Submitting the empty form shows each field's problem under it.
    await form.getByRole('button', { name: pseudo('issue.action.submit.complaint') }).click();
    await form.getByText(pseudo('issue.action.problem.customer')).waitFor(WAIT);
    problems.push(...(await inspect(agent.page, ACTION_FRAME, where('action dialog, form with problems'))));
    await agent.page.screenshot({ path: screenshotPath(`languages-pseudo-issue-view-${width}.png`), fullPage: true });

    for (const frame of appFrames(agent.page)) expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(realErrors(agent.errors)).toEqual([]);
    expect(problems).toEqual([]);
  },
);
