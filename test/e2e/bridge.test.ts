import type { Browser, Frame, Page } from 'playwright-core';
import { scopesGrant } from '@brm/sandbox/runtime/scopes/scope-table';
import { shippedScopeTable } from '@brm/sandbox/runtime/scopes/shipped-table';
import { DEMO_AGENT_EMAIL, demoUser } from '@brm/sandbox/seed/demo-users';
import { appFrame, launchBrowser, openAs, startSite, type Site } from './harness';
import { appManifest } from '#test/support/app';
// The frames' global `__bridge`, as the sandbox's host injects it (its type only).
import type {} from '@brm/sandbox/server/browser/bridge/index';

/**
 * The host side of every @forge/bridge call, driven in a real browser through the bridge the
 * server injects into app frames (the same `callBridge(name, payload)` calls @forge/bridge makes).
 */
jest.setTimeout(90_000);

let site: Site;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  site = await startSite({ issues: 10 });
  // The issue view shows an app field only on the issue's screens: ACME comes set up, with Customer on them.
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()));
  await browser?.close();
  await site?.stop();
});

async function issueView(key = 'ACME-1'): Promise<{ page: Page; panel: Frame }> {
  const page = await openAs(browser, site, DEMO_AGENT_EMAIL, `/browse/${key}`);
  pages.push(page);
  return { page, panel: await appFrame(page, 'iframe[data-module-key="brm-issue-panel"]') };
}

function call(frame: Frame, name: string, payload?: unknown): Promise<unknown> {
  return frame.evaluate(
    async ([n, p]) => {
      const bridge = globalThis.__bridge;
      if (!bridge) throw new Error('no bridge in this frame');
      return bridge.callBridge(n, p);
    },
    [name, payload] as const,
  );
}

test('getContext tells the panel who is looking at which issue', async () => {
  const { panel } = await issueView('ACME-2');
  await expect(call(panel, 'getContext')).resolves.toMatchObject({
    accountId: demoUser(DEMO_AGENT_EMAIL).accountId,
    moduleKey: 'brm-issue-panel',
    extension: { type: 'jira:issuePanel', issue: { key: 'ACME-2' }, project: { key: 'ACME' } },
  });
  await panel.getByTestId('relationship-panel').waitFor();
});

test('requestJira reaches the REST API as the signed-in user, in the shape @forge/bridge turns into a Response', async () => {
  const { panel } = await issueView();
  const answer = await call(panel, 'fetchProduct', {
    product: 'jira',
    restPath: '/rest/api/3/mypermissions?permissions=ADMINISTER,EDIT_ISSUES&projectKey=ACME',
    fetchRequestInit: { method: 'GET', headers: [['Accept', 'application/json']] },
  });
  expect(answer).toMatchObject({ status: 200, isAttachment: false });
  const body = typeof answer === 'object' && answer !== null && 'body' in answer && typeof answer.body === 'string' ? answer.body : '{}';
  // The agent's own permissions: they edit ACME issues but do not administer Jira.
  expect(JSON.parse(body)).toMatchObject({ permissions: { ADMINISTER: { havePermission: false }, EDIT_ISSUES: { havePermission: true } } });
});

test('requestJira is refused as Forge refuses an operation whose scopes the manifest lacks', async () => {
  // A GET without path parameters that the app's declared scopes do not grant, chosen from the sandbox's scope table.
  const granted = new Set(appManifest().scopes);
  const refused = shippedScopeTable.operations.find((o) => o.method === 'GET' && !o.path.includes('{') && !scopesGrant(o, granted));
  if (!refused) throw new Error('Every GET in the scope table is granted by the manifest; pick another refused operation for this test.');
  const { panel } = await issueView();
  const answer = await call(panel, 'fetchProduct', {
    product: 'jira',
    restPath: refused.path,
    fetchRequestInit: { method: 'GET', headers: [['Accept', 'application/json']] },
  });
  expect(answer).toMatchObject({ status: 401, body: JSON.stringify({ code: 401, message: 'Unauthorized; scope does not match' }) });
});

test("invoke rejects with the resolver's message when the call fails, as Forge does", async () => {
  const { panel } = await issueView();
  await expect(call(panel, 'invoke', { functionKey: 'noSuchFunction', payload: {} })).rejects.toThrow(/no definition for 'noSuchFunction'/);
});

test('showFlag shows a flag on the host page', async () => {
  const { page, panel } = await issueView();
  await call(panel, 'showFlag', { id: 'saved', title: 'Measures saved', description: 'Two measures were added.', type: 'success' });
  await page.locator('#flags .flag-success').getByText('Measures saved').waitFor();
});

test('a panel cannot close itself; an issue action in its modal can, and submitting refreshes the issue view', async () => {
  const { page, panel } = await issueView();
  await expect(call(panel, 'close')).resolves.toBe(false);
  await page.click('[data-testid="issue-actions"]');
  await page.getByRole('menuitem', { name: 'Customer feedback…' }).click();
  const action = await appFrame(page, '.modal-dialog iframe.forge-frame');
  await expect(call(action, 'getContext')).resolves.toMatchObject({ extension: { type: 'jira:issueAction', issue: { key: 'ACME-1' } } });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), call(action, 'submit', { tagged: 'complaint' })]);
  await expect(page.locator('.modal-overlay').count()).resolves.toBe(0);
});

test('the action menu and its modal work from the keyboard', async () => {
  const { page } = await issueView();
  await page.focus('[data-testid="issue-actions"]');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('menuitem');
  await page.keyboard.press('Enter');
  await appFrame(page, '.modal-dialog iframe.forge-frame');
  await page.keyboard.press('Escape');
  await expect(page.locator('.modal-overlay').count()).resolves.toBe(0);
  await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('issue-actions');
});

test('a modal opened by a frame hands its close payload back to that frame', async () => {
  const { page, panel } = await issueView();
  await panel.evaluate(() => {
    const bridge = globalThis.__bridge;
    if (!bridge) throw new Error('no bridge');
    void bridge.callBridge('openModal', {
      resource: null,
      size: 'small',
      title: 'Add a measure',
      context: { step: 1 },
      onClose: (payload: unknown) => document.body.setAttribute('data-modal-result', JSON.stringify(payload)),
    });
  });
  const modal = await appFrame(page, '.modal-dialog iframe.forge-frame');
  await expect(call(modal, 'getContext')).resolves.toMatchObject({ extension: { modal: { step: 1 }, issue: { key: 'ACME-1' } } });
  await call(modal, 'close', { measure: 'Call the customer back' });
  await panel.waitForFunction(() => document.body.getAttribute('data-modal-result') === JSON.stringify({ measure: 'Call the customer back' }));
});

test('events emitted by one frame reach the subscribers in the others', async () => {
  const { page, panel } = await issueView();
  const field = await appFrame(page, 'iframe[data-module-key="brm-customer"]');
  await field.evaluate(() => {
    const bridge = globalThis.__bridge;
    if (!bridge) throw new Error('no bridge');
    void bridge.callBridge('on', {
      event: 'brm.customer-changed',
      callback: (payload: unknown) => document.body.setAttribute('data-event', JSON.stringify(payload)),
    });
  });
  await call(panel, 'emit', { event: 'brm.customer-changed', payload: { organizationId: '2' } });
  await field.waitForFunction(() => document.body.getAttribute('data-event') === JSON.stringify({ organizationId: '2' }));
});

test('router navigation moves the host page, to a URL or a Forge target', async () => {
  const { page, panel } = await issueView();
  await Promise.all([page.waitForURL(/\/browse\/ACME-3$/), call(panel, 'navigate', { target: 'issue', issueKey: 'ACME-3', type: 'same-tab' })]);
  const next = await appFrame(page, 'iframe[data-module-key="brm-issue-panel"]');
  await Promise.all([page.waitForURL(/\/jira\/dashboards\/1$/), call(next, 'navigate', { url: '/jira/dashboards/1', type: 'same-tab' })]);
});

test("an admin page's history lives in the host URL", async () => {
  const page = await openAs(browser, site, 'admin', '/jira/settings/apps/brm-admin-page');
  pages.push(page);
  const frame = await appFrame(page, 'iframe[data-module-key="brm-admin-page"]');
  const pathname = await frame.evaluate(async () => {
    const bridge = globalThis.__bridge;
    if (!bridge) throw new Error('no bridge');
    const history: unknown = await bridge.callBridge('createHistory');
    if (typeof history !== 'object' || history === null || !('push' in history) || typeof history.push !== 'function' || !('location' in history))
      throw new Error('not a history');
    history.push('/services/2');
    const location: unknown = history.location;
    return typeof location === 'object' && location !== null && 'pathname' in location ? location.pathname : undefined;
  });
  expect(pathname).toBe('/services/2');
  await page.waitForURL(/\/jira\/settings\/apps\/brm-admin-page\/services\/2$/);
});

test('calls the sandbox does not offer fail with a message naming them', async () => {
  const { panel } = await issueView();
  await expect(call(panel, 'fetchRemote', {})).rejects.toThrow(/fetchRemote/);
});
