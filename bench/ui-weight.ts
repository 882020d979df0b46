/**
 * What the app's Custom UI costs a browser in JavaScript. Debian's Chromium (headless, through
 * playwright-core) opens the sandbox's screens as a user would, and the Chrome DevTools Protocol
 * reports every request each app frame makes. For each JavaScript file served from an app
 * resource (`/__app/<resource>/…`) it records:
 *   - needed: the file's gzip size (level 6, computed here from the built file), whether the frame
 *     got it from the network or from the browser's cache: what the frame needs to paint;
 *   - transferred: the response body bytes that crossed the network for it (0 when the browser's
 *     cache answered). The sandbox gzips JS and CSS for browsers that accept it, so a transferred
 *     file counts its gzip size.
 * Screens: an agent's first (cold) issue view with the Customer relationship panel, the feedback
 * badge (context item, opened) and the Customer and Service field views; the same agent's second
 * view of another ticket (warm cache); the "Customer feedback…" action opened afterwards; an
 * admin's first (cold) admin page; and a manager's first (cold) dashboard with the KPI gadget, then
 * the gadget's edit view. The demo tenant's staff read Jira in English, which the frames' code
 * carries; with `locale` (`de_DE`) they read it in that language, and each frame also loads that
 * language's tables, a chunk per area.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL } from '@brm/sandbox/seed/demo-users';
import { fileInside, readResourceFolders } from '@brm/sandbox/server/app-resources';
import { BUDGET } from '#scripts/static-weight';
import { demoUser, launchBrowser, signedInContext, startSite, type Site } from '#test/e2e/harness';
import { MANIFEST_PATH } from '#test/support/app';

interface Request {
  url: string;
  frameId: string;
  fromCache: boolean;
  headerBytes: number;
  finishedBytes?: number;
}

/** One script or stylesheet of the app a frame loaded. */
interface Load {
  file: string;
  kind: 'script' | 'style';
  frame: string;
  gz: number;
  transferred: number;
}

const appFile = /^\/__app\/([^/]+)\/(.+\.(m?js|css))$/;

/** The gzip size of a built file, looked up by its URL on the sandbox. */
function gzipSizeOf(url: URL, folders: Map<string, string>): number {
  const match = appFile.exec(url.pathname);
  const folder = match?.[1] ? folders.get(decodeURIComponent(match[1])) : undefined;
  const file = folder && match?.[2] ? fileInside(folder, match[2]) : undefined;
  if (!file || !existsSync(file) || !statSync(file).isFile()) return 0;
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** A frame's name in the tables: its module key, and "edit" for a field's edit frame. */
function frameLabel(frameUrl: string): string {
  const url = new URL(frameUrl);
  const moduleKey = url.searchParams.get('moduleKey') ?? url.pathname;
  const ext = url.searchParams.get('ext') ?? '';
  return ext.includes('"entryPoint":"edit"') ? `${moduleKey} (edit)` : ext.includes('"entryPoint":"view"') ? `${moduleKey} (view)` : moduleKey;
}

/** Records, through the DevTools protocol, the app JavaScript each frame of a page loads. */
class NetworkLog {
  private readonly requests = new Map<string, Request>();
  private readonly frames = new Map<string, string>();
  private inFlight = 0;
  private lastActivity = Date.now();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async attach(page: Page, origin: string): Promise<NetworkLog> {
    const cdp = await page.context().newCDPSession(page);
    const log = new NetworkLog(cdp, origin);
    cdp.on('Page.frameNavigated', ({ frame }) => log.frames.set(frame.id, frame.url));
    cdp.on('Network.requestWillBeSent', (event) => {
      log.touch(+1);
      log.requests.set(event.requestId, { url: event.request.url, frameId: event.frameId ?? '', fromCache: false, headerBytes: 0 });
    });
    cdp.on('Network.requestServedFromCache', ({ requestId }) => {
      const request = log.requests.get(requestId);
      if (request) request.fromCache = true;
    });
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const request = log.requests.get(requestId);
      if (!request) return;
      if (response.fromDiskCache || response.fromPrefetchCache) request.fromCache = true;
      request.headerBytes = response.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      log.touch(-1);
      const request = log.requests.get(requestId);
      if (request) request.finishedBytes = encodedDataLength;
    });
    cdp.on('Network.loadingFailed', () => log.touch(-1));
    await cdp.send('Page.enable');
    await cdp.send('Network.enable');
    return log;
  }

  private touch(delta: number): void {
    this.inFlight = Math.max(0, this.inFlight + delta);
    this.lastActivity = Date.now();
  }

  /** Waits until no request has been open or started for `quietMs`. */
  async settle(quietMs = 500, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The page kept loading for ${timeoutMs} ms.`);
  }

  /** The app's scripts and stylesheets loaded since the last call, and forgets them. */
  take(folders: Map<string, string>): Load[] {
    const loads: Load[] = [];
    for (const request of this.requests.values()) {
      const url = new URL(request.url);
      const match = appFile.exec(url.pathname);
      if (url.origin !== this.origin || !match) continue;
      const frameUrl = this.frames.get(request.frameId);
      const body = request.fromCache || request.finishedBytes === undefined ? 0 : Math.max(0, request.finishedBytes - request.headerBytes);
      const kind = match[3] === 'css' ? 'style' : 'script';
      loads.push({ file: url.pathname, kind, frame: frameUrl ? frameLabel(frameUrl) : '(page)', gz: gzipSizeOf(url, folders), transferred: body });
    }
    this.requests.clear();
    return loads;
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}

/** One frame's row: what it needed to paint and what it fetched. */
interface FrameRow {
  frame: string;
  files: number;
  gz: number;
  transferred: number;
  /** The stylesheets it needed, gzipped. */
  cssGz: number;
}

export interface ScreenWeight {
  screen: string;
  frames: FrameRow[];
  /** Distinct scripts the screen's frames needed, and their gzip size. */
  files: number;
  neededGz: number;
  /** Script bytes that crossed the network. */
  transferred: number;
  /** Distinct stylesheets the screen's frames needed, gzipped. */
  cssGz: number;
}

function weigh(screen: string, loads: Load[]): ScreenWeight {
  const byFrame = new Map<string, Map<string, Load>>();
  for (const load of loads) {
    const files = byFrame.get(load.frame) ?? new Map<string, Load>();
    const seen = files.get(load.file);
    files.set(load.file, seen ? { ...seen, transferred: seen.transferred + load.transferred } : load);
    byFrame.set(load.frame, files);
  }
  const frames = [...byFrame].map(([frame, files]) => {
    const list = [...files.values()];
    const scripts = list.filter((l) => l.kind === 'script');
    return {
      frame,
      files: scripts.length,
      gz: sum(scripts.map((l) => l.gz)),
      transferred: sum(scripts.map((l) => l.transferred)),
      cssGz: sum(list.filter((l) => l.kind === 'style').map((l) => l.gz)),
    };
  });
  const scripts = loads.filter((l) => l.kind === 'script');
  const distinct = new Map(scripts.map((l) => [l.file, l.gz]));
  const styles = new Map(loads.filter((l) => l.kind === 'style').map((l) => [l.file, l.gz]));
  return {
    screen,
    frames: frames.sort((a, b) => a.frame.localeCompare(b.frame)),
    files: distinct.size,
    neededGz: sum([...distinct.values()]),
    transferred: sum(scripts.map((l) => l.transferred)),
    cssGz: sum([...styles.values()]),
  };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

const PANEL = 'iframe[data-module-key="brm-issue-panel"]';
const CONTEXT = '[data-testid="context-brm-feedback-context"]';
const WAIT = { timeout: 30_000 };

/** Waits until every app frame of the issue view shows its surface (not a spinner). */
async function issueViewPainted(page: Page): Promise<void> {
  await page.locator(`${CONTEXT} summary`).click();
  await Promise.all([
    page.frameLocator(PANEL).getByTestId('relationship-panel').waitFor(WAIT),
    page.frameLocator(`${CONTEXT} iframe`).locator('[data-testid="feedback-none"], [data-testid="feedback-badge"]').first().waitFor(WAIT),
    page.frameLocator('#field-frame-brm-customer').getByTestId('field-value').waitFor(WAIT),
    page.frameLocator('#field-frame-brm-service').getByTestId('field-value').waitFor(WAIT),
  ]);
}

async function visit(page: Page, site: Site, path: string): Promise<void> {
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}.`);
}

/** Opens the screens in a real browser and weighs the app JavaScript each frame loads; `locale` is the Jira language of the admin and the agent. */
export async function measureUiWeight(options: { locale?: string } = {}): Promise<ScreenWeight[]> {
  const site = await startSite({ issues: 30 });
  const store = site.sandbox.jira.store;
  if (options.locale)
    for (const email of [DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL]) {
      const user = store.user(demoUser(email).accountId);
      if (user) store.docs.users.put({ ...user, locale: options.locale });
    }
  // ACME comes set up: the issue view shows the Customer and Service fields, which are on its screens.
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  try {
    const folders = readResourceFolders(MANIFEST_PATH);
    const screens: ScreenWeight[] = [];

    const agentContext = await signedInContext(browser, site, demoUser(DEMO_AGENT_EMAIL));
    contexts.push(agentContext);
    const agent = await agentContext.newPage();
    const agentLog = await NetworkLog.attach(agent, site.url);
    await visit(agent, site, '/browse/ACME-1');
    await issueViewPainted(agent);
    await agentLog.settle();
    screens.push(weigh('Issue view, first visit (cold cache)', agentLog.take(folders)));

    await visit(agent, site, '/browse/ACME-2');
    await issueViewPainted(agent);
    await agentLog.settle();
    screens.push(weigh('Issue view of another ticket (warm cache)', agentLog.take(folders)));

    await agent.getByTestId('issue-actions').click();
    // The action's title is in the agent's language (the manifest's translations): find it by its module.
    await agent.locator('[role="menuitem"][data-module-key="brm-feedback-action"]').click();
    const action = agent.frameLocator('.modal-dialog iframe[data-module-key="brm-feedback-action"]');
    await action.getByTestId('feedback-action').waitFor(WAIT);
    await action.getByTestId('loading').waitFor({ ...WAIT, state: 'detached' });
    await agentLog.settle();
    screens.push(weigh('"Customer feedback…" action, after the issue view', agentLog.take(folders)));
    await agentLog.detach();

    const adminContext = await signedInContext(browser, site, demoUser(DEMO_ADMIN_EMAIL));
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    const adminLog = await NetworkLog.attach(admin, site.url);
    await visit(admin, site, '/jira/settings/apps/brm-admin-page');
    await admin.frameLocator('iframe[data-module-key="brm-admin-page"]').getByText('Acme Service Desk').first().waitFor(WAIT);
    await adminLog.settle();
    screens.push(weigh('Admin page, first visit (cold cache)', adminLog.take(folders)));
    await adminLog.detach();

    // A manager's dashboard with the seeded KPI gadget, in a browser of its own (cold cache), then the gadget's edit view.
    const managerContext = await signedInContext(browser, site, demoUser(DEMO_AGENT_EMAIL));
    contexts.push(managerContext);
    const manager = await managerContext.newPage();
    const managerLog = await NetworkLog.attach(manager, site.url);
    await visit(manager, site, '/jira/dashboards/1');
    await manager.frameLocator('iframe[data-module-key="brm-kpi-gadget"]').getByTestId('kpi-gadget').waitFor(WAIT);
    await managerLog.settle();
    screens.push(weigh('Dashboard with the KPI gadget, first visit (cold cache)', managerLog.take(folders)));
    await manager.locator('[data-edit-gadget]').first().click();
    await manager.frameLocator('iframe[data-role="gadget-edit"]').getByTestId('kpi-edit').waitFor(WAIT);
    await managerLog.settle();
    screens.push(weigh('KPI gadget’s edit view, after the dashboard', managerLog.take(folders)));
    await managerLog.detach();
    return screens;
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    await browser.close();
    await site.stop();
  }
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** The figures as Markdown for docs/benchmarks.md. */
export function uiWeightTable(screens: ScreenWeight[]): string[] {
  const lines = ['| screen | frame | JS files | JS needed (KB gz) | JS transferred (KB) | CSS needed (KB gz) |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const screen of screens) {
    for (const row of screen.frames)
      lines.push(`| ${screen.screen} | ${row.frame} | ${row.files} | ${kb(row.gz)} | ${kb(row.transferred)} | ${kb(row.cssGz)} |`);
    if (screen.frames.length > 1)
      lines.push(
        `| ${screen.screen} | **all frames** (each file once) | ${screen.files} | **${kb(screen.neededGz)}** | **${kb(screen.transferred)}** | ${kb(screen.cssGz)} |`,
      );
  }
  const [cold, warm] = screens;
  if (cold && warm) {
    const largest = Math.max(...cold.frames.map((f) => f.gz));
    const verdict = (value: number, limit: number) => `${kb(value)} KB of ${kb(limit)} ${value <= limit ? '(met)' : '(EXCEEDED)'}`;
    lines.push(
      '',
      `Budget: cold issue view ${verdict(cold.transferred, BUDGET.coldIssueView)}; ` +
        `largest issue-view frame ${verdict(largest, BUDGET.framePaint)}; ` +
        `warm issue view ${verdict(warm.transferred, BUDGET.warmIssueView)}.`,
    );
  }
  return lines;
}

export async function uiWeight(options: { locale?: string } = {}): Promise<string[]> {
  return uiWeightTable(await measureUiWeight(options));
}
