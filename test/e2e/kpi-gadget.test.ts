import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { resolvePeriod } from '#kernel/periods';
import { kpiTexts } from '#kpi/domain/kpi-texts';
import es from '../../static/app/src/shared/i18n/es/kpi';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, screenshotPath, startSite, type Site } from './harness';

/**
 * A manager puts the KPI gadget on a dashboard of their own, keeps three KPIs with a target of
 * their own, sees the values, and follows a value to its issues in Jira's issue search. A manager
 * who reads Jira in Spanish gets the gadget in Spanish, its numbers written as Spaniards write them.
 */

jest.setTimeout(150_000);

let site: Site;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  // The demo tenant as `npm start` seeds it: ACME set up for BRM with a year of history.
  site = await startSite({ issues: 200 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeResult = z.object({
  violations: z.array(z.object({ id: z.string(), impact: z.string().nullable().optional(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) })),
});

/** axe-core's serious and critical violations in a frame. */
async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE);
  const raw: unknown = await frame.evaluate(async () => {
    const axe = Reflect.get(window, 'axe');
    return typeof axe === 'object' && axe !== null ? await Reflect.apply(Reflect.get(axe, 'run'), axe, [document]) : { violations: [] };
  });
  return axeResult
    .parse(raw)
    .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The complaints created last quarter in the tenant (or in one project), counted from the store. */
function complaintsLastQuarter(projectKey?: string): number {
  const quarter = resolvePeriod({ kind: 'last-quarter' }, Date.now());
  const store = site.sandbox.jira.store;
  const complaint = store.issueTypes().find((t) => t.name === 'Complaint');
  const projectId = projectKey === undefined ? undefined : store.project(projectKey)?.id;
  return store.docs.issues
    .all()
    .filter((i) => i.issueTypeId === complaint?.id && Date.parse(i.created) >= quarter.start && Date.parse(i.created) < quarter.end)
    .filter((i) => projectId === undefined || i.projectId === projectId).length;
}

test('a manager adds the KPI gadget, keeps three KPIs with a target, sees the values and follows one to its issues', async () => {
  const page = await pageAs(browser, site, 'agent');
  pages.push(page);
  const errors = collectErrors(page);

  // A dashboard of their own, and the gadget from the gallery: it opens in its edit view.
  await goto(page, site, '/jira/dashboards');
  await page.getByLabel('Name').fill('Service review');
  await Promise.all([page.waitForURL(/\/jira\/dashboards\/\d+$/), page.getByRole('button', { name: 'Create dashboard' }).click()]);
  await page.getByText('This dashboard is empty').waitFor();
  await page.locator('summary', { hasText: 'Add gadget' }).click();
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Add BRM KPIs' }).click()]);
  const edit = await appFrame(page, 'iframe[data-role="gadget-edit"]');
  await edit.getByTestId('kpi-edit').waitFor({ timeout: 30_000 });
  expect(await seriousViolations(edit)).toEqual([]);

  // Three KPIs: of the defaults, keep complaints received and open, add compliments per complaint.
  for (const id of [
    'complaint-resolution-median',
    'complaint-rate',
    'compliments-received',
    'csat-percent',
    'nps',
    'survey-response-rate',
    'customers-lost',
    'budget-overruns',
  ]) {
    await edit
      .getByRole('checkbox', { name: kpiTexts(id).label, exact: false })
      .first()
      .uncheck();
  }
  await edit.getByRole('checkbox', { name: kpiTexts('compliment-ratio').label }).check();
  await expect(edit.locator('[data-testid^="chosen-"]').count()).resolves.toBe(3);
  await edit.getByLabel('Target for Complaints received').fill('1000');
  await edit.getByLabel('Period', { exact: true }).selectOption('last-quarter');
  await Promise.all([page.waitForEvent('load'), edit.getByTestId('kpi-save').click()]);

  // The view: three tiles, the values Jira's issues give, and the manager's target.
  const view = await appFrame(page, 'iframe[data-module-key="brm-kpi-gadget"]:not([data-role="gadget-edit"])');
  await view.getByTestId('kpi-gadget').waitFor({ timeout: 60_000 });
  await expect(view.locator('[data-testid^="kpi-"][data-state]').count()).resolves.toBe(3);
  const received = view.getByTestId('kpi-complaints-received');
  expect(complaintsLastQuarter()).toBeGreaterThan(0);
  await expect(received.getByTestId('value-complaints-received').innerText()).resolves.toBe(String(complaintsLastQuarter()));
  await expect(received.innerText()).resolves.toContain('Target 1,000');
  await expect(received.getByTestId('status').getAttribute('data-status')).resolves.toBe('green');
  await expect(view.getByTestId('kpi-compliment-ratio').getAttribute('data-state')).resolves.toBe('ok');
  expect(await seriousViolations(view)).toEqual([]);
  await page.screenshot({ path: screenshotPath('kpi-gadget.png'), fullPage: true });

  // The value opens its JQL in Jira's issue search, which finds as many issues.
  await Promise.all([page.waitForURL(/\/issues\/\?jql=/), received.getByRole('link').click()]);
  const jql = new URL(page.url()).searchParams.get('jql') ?? '';
  expect(jql).toContain('issuetype IN ("Complaint")');
  await expect(page.getByTestId('result-count').innerText()).resolves.toMatch(new RegExp(`^${Math.min(complaintsLastQuarter(), 50)} issues`));
  expect(errors).toEqual([]);
});

test('the seeded default dashboard shows the configured gadget in both themes, and a refresh of the dashboard reloads its numbers', async () => {
  for (const colorMode of ['light', 'dark'] as const) {
    const page = await pageAs(browser, site, 'agent', colorMode);
    pages.push(page);
    await goto(page, site, '/jira/dashboards/1');
    const view = await appFrame(page, 'iframe[data-module-key="brm-kpi-gadget"]');
    await view.getByTestId('kpi-gadget').waitFor({ timeout: 60_000 });
    await expect(view.locator('html').getAttribute('data-color-mode')).resolves.toBe(colorMode);
    await expect(view.locator('[data-testid^="kpi-"][data-state]').count()).resolves.toBe(10);
    // CSAT comes from the seeded surveys' aggregates, lost customers from the portfolio's lifecycle.
    await expect(view.getByTestId('kpi-csat-percent').getAttribute('data-state')).resolves.toBe('ok');
    await expect(view.getByTestId('reason-csat-percent').count()).resolves.toBe(0);
    await expect(view.getByTestId('kpi-customers-lost').getAttribute('data-state')).resolves.toBe('ok');
    if (colorMode === 'light') {
      // The gadget (refreshable: false) asks its resolver again, and its frame stays the same document.
      await view.evaluate(() => Reflect.set(window, 'kpiFrameMark', true));
      await Promise.all([
        page.waitForRequest((request) => request.url().endsWith('/__sandbox/invoke'), { timeout: 15_000 }),
        page.locator('[data-refresh-dashboard]').click(),
      ]);
      await view.getByTestId('kpi-gadget').waitFor();
      await expect(view.evaluate(() => Reflect.get(window, 'kpiFrameMark'))).resolves.toBe(true);
    }
  }
});

test('the table layout exports its rows as CSV, and a stored configuration the gadget cannot use asks to be set up again', async () => {
  const store = site.sandbox.jira.store;
  const put = (gadgets: { id: string; moduleKey: string; configuration: Record<string, unknown> | null }[]) =>
    store.transaction(() => store.docs.dashboards.put({ id: '77', name: 'Layouts', ownerId: null, gadgets }));
  put([
    {
      id: '7701',
      moduleKey: 'brm-kpi-gadget',
      configuration: { kpis: [{ id: 'complaints-received' }, { id: 'complaints-open' }], period: { kind: 'last-quarter' }, layout: 'table' },
    },
  ]);
  const page = await pageAs(browser, site, 'agent');
  pages.push(page);
  await goto(page, site, '/jira/dashboards/77');
  const view = await appFrame(page, 'iframe[data-module-key="brm-kpi-gadget"]');
  await view.getByTestId('kpi-table').waitFor({ timeout: 60_000 });
  expect(await seriousViolations(view)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-csv').click()]);
  const path = await download.path();
  const csv = readFileSync(path, 'utf8').split('\r\n');
  expect(download.suggestedFilename()).toMatch(/^brm-kpis-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv[0]).toMatch(/^KPI,unit,period_start,period_end,Value,Previous,Change,Target,Status,/);
  expect(csv[1]).toMatch(new RegExp(`^Complaints received,count,[^,]+,[^,]+,${complaintsLastQuarter()},`));

  // A configuration that is not one (no KPIs), and one that names a KPI the catalogue does not have.
  put([
    { id: '7702', moduleKey: 'brm-kpi-gadget', configuration: { kpis: 'all of them', period: { kind: 'this-month' } } },
    { id: '7703', moduleKey: 'brm-kpi-gadget', configuration: { kpis: [{ id: 'happiness' }], period: { kind: 'this-month' } } },
  ]);
  await goto(page, site, '/jira/dashboards/77');
  for (const id of ['7702', '7703']) {
    const frame = await appFrame(page, `iframe[data-gadget-id="${id}"]`);
    await frame.getByTestId('kpi-reconfigure').waitFor({ timeout: 30_000 });
  }
});

test('a manager who reads Jira in Spanish gets the gadget in Spanish, with numbers, periods and the CSV as Spaniards write them', async () => {
  const store = site.sandbox.jira.store;
  const kpis = [{ id: 'complaints-received', target: 12500 }, { id: 'complaint-rate', target: 2.5 }, { id: 'compliments-received' }];
  store.transaction(() =>
    store.docs.dashboards.put({
      id: '78',
      name: 'Revisión del servicio',
      ownerId: null,
      gadgets: [
        { id: '7801', moduleKey: 'brm-kpi-gadget', configuration: { kpis, period: { kind: 'last-quarter' }, layout: 'tiles' } },
        { id: '7802', moduleKey: 'brm-kpi-gadget', configuration: { kpis, period: { kind: 'last-quarter' }, layout: 'table' } },
      ],
    }),
  );
  // Kim, an agent of ACME who has not opened a KPI gadget yet in this run, chooses Español in the
  // header's language menu, then opens the dashboard.
  const kim = demoUser('agent2@brm-demo.example');
  const page = await pageAs(browser, site, kim.email);
  pages.push(page);
  const errors = collectErrors(page);
  await goto(page, site, '/jira/dashboards');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.selectOption('#language-switcher', 'es_ES')]);
  expect(store.user(kim.accountId)?.locale).toBe('es_ES');
  await goto(page, site, '/jira/dashboards/78');

  const tiles = await appFrame(page, 'iframe[data-gadget-id="7801"]');
  await tiles.getByTestId('kpi-gadget').waitFor({ timeout: 60_000 });
  await expect(tiles.locator('html').getAttribute('lang')).resolves.toBe('es');

  // The KPIs' labels and formulas come from the engine in Spanish; the gadget's own words from its Spanish table.
  const received = tiles.getByTestId('kpi-complaints-received');
  await expect(received.locator('.kpi-label > span').first().innerText()).resolves.toBe('Quejas recibidas');
  await expect(received.locator('[role="tooltip"]').textContent()).resolves.toBe(kpiTexts('complaints-received', 'es').formula);
  await expect(tiles.getByTestId('kpi-complaint-rate').locator('.kpi-label > span').first().innerText()).resolves.toBe('Tasa de quejas');

  // Numbers in Spanish: 12.500 with a dot for thousands, 2,5 % with a decimal comma and a space before the sign.
  const count = complaintsLastQuarter('ACME');
  expect(count).toBeGreaterThan(0);
  await expect(received.getByTestId('value-complaints-received').innerText()).resolves.toBe(new Intl.NumberFormat('es').format(count));
  await expect(received.innerText()).resolves.toContain('Objetivo: 12.500');
  await expect(tiles.getByTestId('kpi-complaint-rate').innerText()).resolves.toContain('Objetivo: 2,5 %');
  await expect(received.getByTestId('status').innerText()).resolves.toBe(es['kpi.status.green']);

  // The period is named in Spanish: the last quarter is "T<n> <year>", compared with the one before.
  const quarter = resolvePeriod({ kind: 'last-quarter' }, Date.now());
  const start = new Date(quarter.start);
  const header = await tiles.getByTestId('kpi-header').innerText();
  expect(header).toContain(`T${start.getUTCMonth() / 3 + 1} ${start.getUTCFullYear()} frente a T`);
  expect(header).not.toMatch(/\bQ[1-4]\b|\bvs\b/);
  await page.screenshot({ path: screenshotPath('kpi-gadget-es.png'), fullPage: true });

  // The table's CSV has Spanish headers and words.
  const table = await appFrame(page, 'iframe[data-gadget-id="7802"]');
  await table.getByTestId('kpi-table').waitFor({ timeout: 60_000 });
  await expect(table.locator('thead').innerText()).resolves.toMatch(/KPI\s+Valor\s+Cambio\s+Objetivo\s+Estado\s+Tendencia/);
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('export-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[0]).toMatch(/^KPI,Unidad,Inicio del periodo,Fin del periodo,Valor,Anterior,Cambio,Objetivo,Estado,/);
  expect(csv[1]).toMatch(new RegExp(`^Quejas recibidas,número,[^,]+,[^,]+,${count},`));
  expect(errors).toEqual([]);
});
