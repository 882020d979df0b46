/**
 * `npm start`: the local JSM with the app installed, on http://localhost:8080 (PORT to change).
 * Seeds a demo tenant on first start and builds any Custom UI whose build is missing or stale.
 * SANDBOX_DATA names the data folder (default `.sandbox`); SEED_ISSUES the first seed's size;
 * SANDBOX_ALLOWED_HOSTS (comma-separated) more host names the server answers to.
 */
import { buildStatic } from '../../scripts/build-static';
import { Sandbox } from '../sandbox';
import { DEFAULT_DEMO_ISSUES, isSeeded, seedDemoTenant } from '../seed/seed';
import { defaultDataDir } from '../store/database';
import { demoSwitcherUsers } from './demo-switcher';
import { startServer } from './server';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ''}'.`);
  const dataDir = defaultDataDir();
  const sandbox = new Sandbox({ dataDir, siteUrl: `http://localhost:${port}` });
  if (!isSeeded(sandbox.jira)) {
    const issues = Number(process.env.SEED_ISSUES ?? DEFAULT_DEMO_ISSUES);
    say(`Seeding a demo tenant with ${issues} issues into ${dataDir}…`);
    seedDemoTenant(sandbox.jira, { issues, kvs: sandbox.kvs });
  }
  const build = await buildStatic({ ifMissing: true, log: (line) => say(`  ${line}`) });
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
  say(`BRM for JSM sandbox: ${server.url} (data in ${dataDir}; ready in ${Date.now() - started} ms${build.built ? ', built the app' : ''})`);

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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
