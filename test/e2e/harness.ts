/**
 * The browser tests' harness: a seeded sandbox behind the real HTTP server on a free port, Debian's
 * Chromium driven by playwright-core, and helpers to sign in as a demo user, open a host page and
 * wait for an app frame's content.
 *
 *   const site = await startSite({ issues: 30 });
 *   const browser = await launchBrowser();
 *   const page = await openAs(browser, site, 'admin', '/jira/settings/apps/brm-admin-page');
 *   const frame = await appFrame(page, 'iframe[data-module-key="brm-admin-page"]');
 *   await frame.getByText('Acme Service Desk').waitFor();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_USERS, type DemoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { demoSwitcherUsers } from '@brm/sandbox/server/demo-switcher';
import { startServer, type RunningServer } from '@brm/sandbox/server/server';
import { ensureBuilt } from '#test/support/built-app';
import { appSandbox } from '#test/support/app';

export { ensureBuilt } from '#test/support/built-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export interface Site {
  sandbox: Sandbox;
  server: RunningServer;
  /** e.g. http://localhost:39123 */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now, for a server whose address the sandbox must know before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A fresh sandbox in a temporary folder, seeded with a small demo tenant, served on a free port
 * as `npm start` serves it: the app's context names the server as the site (`siteUrl`), and async
 * events (the job runner's) are delivered in the background as they fall due.
 */
export async function startSite(options: { issues?: number } = {}): Promise<Site> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'brm-e2e-'));
  const port = await freePort();
  const sandbox = appSandbox({ dataDir, siteUrl: `http://localhost:${port}` });
  seedDemoTenant(sandbox.jira, { issues: options.issues ?? 30, kvs: sandbox.kvs });
  const server = await startServer({ sandbox, port, switchableUsers: () => demoSwitcherUsers(sandbox.jira.store), log: () => undefined });
  sandbox.deliverInBackground();
  return {
    sandbox,
    server,
    url: server.url,
    dataDir,
    async stop() {
      await server.close();
      await sandbox.settle();
      sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The first demo user of a kind (`admin`, `agent`, `customer`…), or the one with that email. */
export function demoUser(kindOrEmail: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.email === kindOrEmail) ?? DEMO_USERS.find((u) => u.kind === kindOrEmail);
  if (!user) throw new Error(`No demo user '${kindOrEmail}' (kinds: ${[...new Set(DEMO_USERS.map((u) => u.kind))].join(', ')}).`);
  return user;
}

/** The signed session cookie that signs `accountId` in on a site, as the header's user switcher sets it. */
export function sessionCookieOf(site: Site, accountId: string): { name: string; value: string; url: string } {
  const header = site.server.sessionCookie(accountId);
  const eq = header.indexOf('=');
  return { name: header.slice(0, eq), value: header.slice(eq + 1), url: site.url };
}

/** A browser context signed in as `user` (the session cookie the header's switcher sets). */
export async function signedInContext(browser: Browser, site: Site, user: DemoUser, colorMode: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: colorMode });
  await context.addCookies([sessionCookieOf(site, user.accountId), { name: 'brm_sandbox_theme', value: colorMode, url: site.url }]);
  return context;
}

/** A blank page signed in as a demo user (by kind or email), to attach listeners before `goto`. */
export async function pageAs(browser: Browser, site: Site, who: string, colorMode: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await signedInContext(browser, site, demoUser(who), colorMode);
  return context.newPage();
}

/** Opens a site path and waits for it to load; a server error fails at once. */
export async function goto(page: Page, site: Site, path: string): Promise<void> {
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  if (!response || response.status() >= 500) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}.`);
}

/** Opens `path` as a demo user (by kind or email) in a new context and waits for the page to load. */
export async function openAs(browser: Browser, site: Site, who: string, path: string, colorMode: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await pageAs(browser, site, who, colorMode);
  await goto(page, site, path);
  return page;
}

/** The app frame matching `selector`, once its document has loaded and React has rendered into #root. */
export async function appFrame(page: Page, selector: string, timeout = 15_000): Promise<Frame> {
  const element = await page.waitForSelector(selector, { state: 'attached', timeout });
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`${selector} is not an iframe.`);
  await frame.waitForLoadState('load', { timeout });
  await frame.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout });
  return frame;
}

let screenshots: string | undefined;

/**
 * Where a screenshot of this test run goes: a fresh temporary folder per run
 * (`<tmpdir>/brm-e2e-screenshots-*`), never the repository, kept for a look after the run.
 */
export function screenshotPath(name: string): string {
  screenshots ??= mkdtempSync(join(tmpdir(), 'brm-e2e-screenshots-'));
  return join(screenshots, name);
}

/** Collects the page's and its frames' console errors and uncaught exceptions, for assertions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
