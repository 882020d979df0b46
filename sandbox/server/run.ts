/**
 * The local JSM with an app installed, on http://localhost:8080 (PORT to change): the sandbox's
 * server as `npm start` runs it. The host (the repository's scripts/start-sandbox.ts) names the
 * app: its handlers, its manifest.yml, and what to do before the server listens (build its UI).
 * Seeds a demo tenant on first start. SANDBOX_DATA names the data folder (default `.sandbox`);
 * SEED_ISSUES the first seed's size; SANDBOX_ALLOWED_HOSTS (comma-separated) more host names the
 * server answers to.
 */
import { Sandbox, type AppHandlers } from '../sandbox';
import { DEFAULT_DEMO_ISSUES, isSeeded, seedDemoTenant } from '../seed/seed';
import { defaultDataDir } from '../store/database';
import { demoSwitcherUsers } from './demo-switcher';
import { startServer } from './server';

/** The app the sandbox runs, as its host names it. */
export interface SandboxHost {
  /** The app's exported handlers, by the names manifest.yml gives them (`index.<name>`). */
  handlers: AppHandlers;
  /** The app's manifest.yml. */
  manifestPath: string;
  /** Runs once the tenant is seeded, before the server listens; answers a note for the start line (e.g. "built the app"). */
  prepare?: (log: (line: string) => void) => Promise<string | undefined>;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Starts the sandbox's server for the host's app and serves until SIGINT or SIGTERM. */
export async function runSandboxServer(host: SandboxHost): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ''}'.`);
  const dataDir = defaultDataDir();
  const sandbox = new Sandbox({ dataDir, handlers: host.handlers, manifest: host.manifestPath, siteUrl: `http://localhost:${port}` });
  if (!isSeeded(sandbox.jira)) {
    const issues = Number(process.env.SEED_ISSUES ?? DEFAULT_DEMO_ISSUES);
    say(`Seeding a demo tenant with ${issues} issues into ${dataDir}…`);
    seedDemoTenant(sandbox.jira, { issues, kvs: sandbox.kvs });
  }
  const note = host.prepare ? await host.prepare((line) => say(`  ${line}`)) : undefined;
  const server = await startServer({
    sandbox,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    allowedHosts: (process.env.SANDBOX_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h !== ''),
    switchableUsers: () => demoSwitcherUsers(sandbox.jira.store),
  });
  // Async events and retried triggers fall due as time passes: deliver them without being asked.
  sandbox.deliverInBackground();
  say(`BRM for JSM sandbox: ${server.url} (data in ${dataDir}; ready in ${Date.now() - started} ms${note ? `, ${note}` : ''})`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => sandbox.settle())
      .finally(() => {
        sandbox.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
