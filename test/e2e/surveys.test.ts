import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { portalRequestPath } from '@brm/sandbox/server/pages/portal-paths';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { seriousViolations } from './axe';
import { appFrame, collectErrors, demoUser, goto, launchBrowser, pageAs, startSite, type Site } from './harness';

/**
 * Surveys in the browser: a resolved ACME request invites its reporter; she answers in German on
 * the request's portal page (low scores, by keyboard and pointer); the agent sees her answers on
 * the issue, with the Complaint the follow-up rule raised; an admin edits the questionnaire, which
 * makes a new draft version, and publishes it; an admin plans a relationship campaign (by tier), launches
 * it, follows its progress bar to the end and sets it to repeat. A customer who reads Jira in
 * Chinese is invited in Chinese and answers the Chinese questionnaire, with the portal's own strings
 * in Chinese too. Every frame passes axe-core without a serious violation.
 */
jest.setTimeout(150_000);

const WAIT = { timeout: 30_000 };
const PORTAL_FRAME = 'iframe[data-module-key="brm-survey-portal"]';
const PANEL_FRAME = 'iframe[data-module-key="brm-issue-panel"]';
const ADMIN_FRAME = 'iframe[data-module-key="brm-admin-page"]';

let site: Site;
let browser: Browser;
const pages: Page[] = [];
let request: { key: string; reporter: string; deskId: string };

const envelope = z.object({ ok: z.literal(true), value: z.object({ ok: z.literal(true), data: z.unknown() }) });
const services = z.object({ services: z.array(z.object({ id: z.string(), name: z.string() })) });

/** Calls a surface's resolver as a demo user, as @forge/bridge's invoke does; fails on any refusal. */
async function invoke(moduleKey: string, functionKey: string, payload: Record<string, unknown>, who: string): Promise<unknown> {
  const outcome = envelope.safeParse(await site.sandbox.invoke({ moduleKey, functionKey, payload, accountId: demoUser(who).accountId }));
  if (!outcome.success) throw new Error(`${functionKey} was refused: ${outcome.error.message}`);
  return outcome.data.value.data;
}

async function transition(key: string, id: string): Promise<void> {
  const answer = await site.sandbox.jira.handle({
    method: 'POST',
    path: `/rest/api/3/issue/${key}/transitions`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transition: { id } }),
    caller: { kind: 'user', accountId: demoUser('agent').accountId },
  });
  if (answer.status !== 204) throw new Error(`Transition ${id} of ${key} answered ${answer.status}.`);
}

async function open(who: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await pageAs(browser, site, who);
  pages.push(page);
  const errors = collectErrors(page);
  await goto(page, site, path);
  return { page, errors };
}

const realErrors = (errors: string[]): string[] => errors.filter((e) => !/feature gate/i.test(e));

beforeAll(async () => {
  site = await startSite({ issues: 20 });
  browser = await launchBrowser();
  const store = site.sandbox.jira.store;
  const acme = store.project('ACME');
  const desk = store.docs.serviceDesks.all().find((d) => d.projectId === acme?.id);
  const customers = new Set(
    store
      .users()
      .filter((u) => u.kind === 'customer')
      .map((u) => u.accountId),
  );
  const issue = store.docs.issues
    .all()
    .filter((i) => i.projectId === acme?.id && i.requestTypeId !== null && i.resolutionId === null && i.reporterId !== null && customers.has(i.reporterId))
    .sort((a, b) => Number(a.id) - Number(b.id))[0];
  if (!issue?.reporterId || !desk) throw new Error('The demo tenant has no open ACME request a customer raised.');
  request = { key: issue.key, reporter: issue.reporterId, deskId: desk.id };

  // The admin turned the survey after a ticket on for ACME, with follow-up on low scores.
  await invoke(
    'brm-admin-page',
    'saveSurveyRules',
    {
      rules: {
        ...DEFAULT_RULES,
        enabled: true,
        scope: { kind: 'projects', projects: [{ projectId: acme?.id ?? '', requestTypeIds: [] }] },
        maxPerCustomer30Days: null,
        followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, action: 'complaint' },
      },
    },
    'admin',
  );
  // The agent names the request's customer and service on the panel, then resolves it.
  const organizationId = store.organizationsOf(request.reporter)[0]?.id ?? '';
  const [service] = services.parse(await invoke('brm-admin-page', 'listServices', { includeArchived: false }, 'admin')).services;
  await invoke('brm-issue-panel', 'setCustomer', { issueKey: request.key, customerId: organizationId }, 'agent');
  await invoke('brm-issue-panel', 'setService', { issueKey: request.key, serviceId: service?.id ?? '' }, 'agent');
  await transition(request.key, '61');
  await site.sandbox.settle();
  // The reporter reads Jira in German.
  const reporter = store.user(request.reporter);
  if (reporter) store.docs.users.put({ ...reporter, locale: 'de_DE' });
}, 120_000);

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

async function expectAccessible(frame: Frame): Promise<void> {
  expect(await seriousViolations(frame)).toEqual([]);
}

test('a customer answers in German on the portal page of her resolved request', async () => {
  const { page, errors } = await open(site.sandbox.jira.store.user(request.reporter)?.emailAddress ?? '', portalRequestPath(request.deskId, request.key));
  const frame = await appFrame(page, PORTAL_FRAME, 30_000);
  const form = frame.getByTestId('survey-form');
  await form.waitFor(WAIT);
  await frame.getByText('Wie zufrieden sind Sie insgesamt mit unserem Service?').waitFor(WAIT);
  await expectAccessible(frame);

  // A required question left out is named, in German, and nothing is stored.
  await frame.getByTestId('survey-submit').click();
  await frame.locator('[aria-invalid="true"]').first().waitFor(WAIT);

  // By keyboard: focus the first overall choice and move with the arrow keys (a radio group).
  await frame.getByTestId('q-overall-1').focus();
  await page.keyboard.press('ArrowRight');
  expect(await frame.getByTestId('q-overall-2').isChecked()).toBe(true);
  await page.keyboard.press('ArrowLeft');
  expect(await frame.getByTestId('q-overall-1').isChecked()).toBe(true);
  for (const [question, score] of [
    ['quality', 2],
    ['speed', 1],
    ['value', 2],
    ['friendliness', 3],
    ['orientation', 2],
    ['recommend', 2],
  ] as const) {
    await frame.getByTestId(`q-${question}-${score}`).check();
  }
  await frame.getByTestId('q-comment').fill('Es hat drei Wochen gedauert.');
  await frame.getByTestId('survey-submit').click();
  await frame.getByTestId('survey-thanks').waitFor(WAIT);
  await expectAccessible(frame);
  await site.sandbox.settle();
  expect(realErrors(errors)).toEqual([]);
});

test('the agent sees the answers on the issue, and the Complaint the low score raised', async () => {
  const { page, errors } = await open('agent', `/browse/${request.key}`);
  const frame = await appFrame(page, PANEL_FRAME, 30_000);
  const section = frame.getByTestId('survey-section');
  await section.waitFor(WAIT);
  await frame.getByTestId('survey-overall').waitFor(WAIT);
  expect((await frame.getByTestId('survey-overall').innerText()).trim()).toMatch(/^1\b/);
  expect((await frame.getByTestId('survey-nps-category').innerText()).toLowerCase()).toContain('detractor');
  expect(await frame.getByTestId('survey-comment').innerText()).toContain('Es hat drei Wochen gedauert.');
  const followUp = frame.getByTestId('survey-follow-up');
  await followUp.waitFor(WAIT);
  const complaintKey = (await followUp.innerText()).match(/ACME-\d+/)?.[0];
  expect(complaintKey).toBeDefined();
  const store = site.sandbox.jira.store;
  const complaint = store.issue(complaintKey ?? '');
  expect(store.issueTypes().find((t) => t.id === complaint?.issueTypeId)?.name).toBe('Complaint');
  await expectAccessible(frame);
  expect(realErrors(errors)).toEqual([]);
});

/** The request's public comments, as its reporter reads them on the portal. */
async function publicComments(key: string): Promise<string[]> {
  const answer = await site.sandbox.jira.handle({
    method: 'GET',
    path: `/rest/servicedeskapi/request/${key}/comment?internal=false`,
    headers: {},
    caller: { kind: 'user', accountId: demoUser('agent').accountId },
  });
  return z
    .object({ values: z.array(z.object({ body: z.string() })) })
    .parse(answer.body)
    .values.map((c) => c.body);
}

test('a customer who reads Jira in Chinese is invited in Chinese, answers the Chinese questionnaire on the portal, and the agent sees her answer', async () => {
  // Wei Zhang (Fabrikam Logistics, a customer of ACME's desk) reads Jira in Simplified Chinese (zh_CN) in the demo tenant.
  const wei = demoUser('wei.zhang@fabrikam-logistics.example');
  expect(site.sandbox.jira.store.user(wei.accountId)?.locale).toBe('zh_CN');
  const types = z
    .object({ values: z.array(z.object({ id: z.string(), name: z.string() })) })
    .parse(
      (
        await site.sandbox.jira.handle({
          method: 'GET',
          path: `/rest/servicedeskapi/servicedesk/${request.deskId}/requesttype`,
          headers: {},
          caller: { kind: 'user', accountId: wei.accountId },
        })
      ).body,
    )
    .values.filter((t) => !/complaint|compliment/i.test(t.name));
  const raised = await site.sandbox.jira.handle({
    method: 'POST',
    path: '/rest/servicedeskapi/request',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceDeskId: request.deskId, requestTypeId: types[0]?.id ?? '', requestFieldValues: { summary: '无法连接 VPN' } }),
    caller: { kind: 'user', accountId: wei.accountId },
  });
  expect(raised.status).toBe(201);
  const key = z.object({ issueKey: z.string() }).parse(raised.body).issueKey;
  await transition(key, '61');
  await site.sandbox.settle();
  const [invitation] = await publicComments(key);
  expect(invitation).toMatch(new RegExp(`^您的请求 ${key} 已解决。您对我们的服务满意吗？请在该请求的页面上回答我们的简短调查：`));

  const { page, errors } = await open(wei.email, portalRequestPath(request.deskId, key));
  const frame = await appFrame(page, PORTAL_FRAME, 30_000);
  const form = frame.getByTestId('survey-form');
  await form.waitFor(WAIT);
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await form.getAttribute('lang')).toBe('zh-CN');
  expect(await form.getAttribute('aria-label')).toBe('满意度调查');
  await frame.getByText('请告诉我们您对我们服务的满意程度，大约只需一分钟。').waitFor(WAIT);
  await frame.getByText('总体而言，您对我们的服务满意程度如何？').waitFor(WAIT);
  await frame.getByText(/^标有 \* 的问题为必答题。开放至 \d{4}年\d{1,2}月\d{1,2}日。$/).waitFor(WAIT);
  await frame.getByText('1 = 非常不满意').first().waitFor(WAIT);
  expect((await frame.getByTestId('survey-submit').innerText()).trim()).toBe('提交我的回答');
  await expectAccessible(frame);

  // Sent with nothing answered: each required question asks for an answer, in Chinese.
  await frame.getByTestId('survey-submit').click();
  await frame.getByText('部分回答需要您注意。').waitFor(WAIT);
  expect(await frame.getByTestId('question-overall').getByRole('alert').innerText()).toBe('请回答此问题。');

  for (const [question, score] of [
    ['overall', 5],
    ['quality', 5],
    ['speed', 4],
    ['friendliness', 5],
    ['orientation', 4],
    ['recommend', 9],
  ] as const) {
    await frame.getByTestId(`q-${question}-${score}`).check();
  }
  await frame.getByTestId('q-comment').fill('处理得很快，谢谢。');
  await frame.getByTestId('survey-submit').click();
  const thanks = frame.getByTestId('survey-thanks');
  await thanks.waitFor(WAIT);
  expect(await thanks.innerText()).toContain('感谢您的回答。');
  await expectAccessible(frame);
  await site.sandbox.settle();
  expect(realErrors(errors)).toEqual([]);

  // The agent, who reads Jira in English, sees her answer on the issue.
  const agent = await open('agent', `/browse/${key}`);
  const panel = await appFrame(agent.page, PANEL_FRAME, 30_000);
  await panel.getByTestId('survey-section').waitFor(WAIT);
  expect((await panel.getByTestId('survey-status').textContent())?.trim()).toBe('Answered');
  expect((await panel.getByTestId('survey-overall').innerText()).trim()).toBe('5 of 5');
  expect((await panel.getByTestId('survey-nps-category').textContent())?.trim()).toBe('Promoter');
  expect(await panel.getByTestId('survey-comment').innerText()).toBe('“处理得很快，谢谢。”');
  expect(realErrors(agent.errors)).toEqual([]);
});

test('an admin edits the questionnaire: saving makes draft version 2, publishing freezes it', async () => {
  const { page, errors } = await open('admin', '/jira/settings/apps/brm-admin-page');
  const frame = await appFrame(page, ADMIN_FRAME, 30_000);
  await frame.getByTestId('tab-surveys').click();
  await frame.getByTestId('tab-survey-questionnaires').click();
  await frame.getByTestId('questionnaire-default').click();
  const editor = frame.getByTestId('questionnaire-editor');
  await editor.waitFor(WAIT);
  await expectAccessible(frame);

  const intro = frame.getByLabel('Introduction');
  await intro.fill('Tell us how satisfied you are with our service. It takes two minutes.');
  await frame.getByTestId('editor-save').click();
  await frame.getByTestId('editor-notice').getByText('Draft saved.').waitFor(WAIT);
  await frame.getByText('Version 2: Draft').waitFor(WAIT);
  await frame.getByText(/Version 1: Published/).waitFor(WAIT);

  await frame.getByTestId('editor-publish').click();
  await frame.getByTestId('editor-notice').getByText('Version 2 is published.').waitFor(WAIT);
  await frame.getByText(/Version 1: Superseded/).waitFor(WAIT);
  await expectAccessible(frame);

  // The customer's answer keeps the version it answered: the agent's panel still reads it.
  const panel = await invoke('brm-issue-panel', 'getSurveyPanel', { issueKey: request.key }, 'agent');
  expect(panel).toMatchObject({ survey: { status: 'answered', questionnaire: { version: 1 } } });
  expect(realErrors(errors)).toEqual([]);
});

test('an admin plans a relationship campaign by tier, launches it and follows its progress bar to the end', async () => {
  // Jira takes its time over each survey request, so the sending job runs long enough to be watched.
  const sandbox = site.sandbox;
  const realHandle = sandbox.jira.handle.bind(sandbox.jira);
  sandbox.jira.handle = async (call) => {
    if (call.method === 'POST' && call.path === '/rest/servicedeskapi/request') await new Promise((resolve) => setTimeout(resolve, 700));
    return realHandle(call);
  };
  try {
    const { page, errors } = await open('admin', '/jira/settings/apps/brm-admin-page');
    const frame = await appFrame(page, ADMIN_FRAME, 30_000);
    await frame.getByTestId('tab-surveys').click();
    await frame.getByTestId('tab-survey-campaigns').click();
    // The demo tenant's campaign of last quarter is listed.
    await frame
      .getByTestId('survey-campaigns')
      .getByText(/key account survey/)
      .waitFor(WAIT);
    await frame.getByTestId('campaign-new').click();
    const form = frame.getByTestId('campaign-form');
    await form.waitFor(WAIT);
    await frame.getByTestId('campaign-name').fill('Spring pulse');
    await frame.getByTestId('campaign-org-Northwind Traders').check();
    await frame.getByTestId('campaign-org-Contoso Pharmaceuticals').check();
    await frame.getByTestId('campaign-audience-all-customers').check();
    await frame.getByTestId('campaign-desk').selectOption({ label: 'Acme Service Desk (ACME)' });
    // The desk's survey request type is picked; the plan counts each contact once.
    await frame
      .getByTestId('campaign-plan')
      .getByText(/contacts in 2 organizations/)
      .waitFor(WAIT);
    // Chosen by tier instead: the form lists the strategic customers now; their key contacts are surveyed.
    await frame.getByTestId('campaign-by-tier').check();
    await frame.getByTestId('campaign-tier-strategic').check();
    await frame.getByTestId('campaign-audience-key-contacts').check();
    await frame
      .getByTestId('campaign-tiers-now')
      .getByText(/Northwind Traders/)
      .waitFor(WAIT);
    await frame
      .getByTestId('campaign-plan')
      .getByText(/3 customers are in these tiers now/)
      .waitFor(WAIT);
    await expectAccessible(frame);
    await frame.getByTestId('campaign-start').click();

    const progress = frame.getByTestId('campaign-progress');
    await progress.waitFor(WAIT);
    await progress.getByRole('progressbar').waitFor(WAIT);
    await expectAccessible(frame);
    await frame.getByTestId('campaign-sent').waitFor({ timeout: 60_000 });
    expect(await progress.count()).toBe(0);
    const rows = frame.getByTestId('campaign-organizations').locator('tbody tr');
    // The strategic customers, by name as the portfolio sorts them.
    expect((await rows.allInnerTexts()).map((row) => row.split('\t')[0])).toEqual(['Contoso Pharmaceuticals', 'Northwind Traders', 'Woodgrove Bank']);
    expect(await frame.getByTestId('campaign-chosen').innerText()).toBe('Tier: Strategic');
    // It can be set to repeat each quarter.
    await frame.getByTestId('campaign-repeat-every').selectOption('3');
    await frame.getByTestId('campaign-repeat-save').click();
    await frame.getByTestId('campaign-repeat-next').waitFor(WAIT);
    await expectAccessible(frame);
    expect(realErrors(errors)).toEqual([]);
  } finally {
    sandbox.jira.handle = realHandle;
  }
});
