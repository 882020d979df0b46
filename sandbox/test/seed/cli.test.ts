import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '#sandbox/store/database';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import { KvsEmulator } from '#sandbox/kvs/kvs-emulator';
import { appManifest } from '#sandbox/test/support/app-under-test';
import { DEMO_SERVICES } from '#sandbox/seed/demo-services';

const root = resolve(__dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) => spawnSync(tsx, [join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run seed and npm run sandbox:reset', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'seed-cli-')), 'data');
  });
  afterEach(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

  it('seeds a data folder of the asked size, refuses to seed it twice, and reset deletes it', () => {
    const first = run('sandbox/seed/cli.ts', ['--issues', '1500', '--data', dir, '--seed', '3']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /1500 ACME requests and 20 BRM tickets, 40 complaints with their register history, 10 FIELD and 40 GLOBEX issues, \d+ survey invitations/,
    );

    const db = openDatabase(dir);
    const jira = new JiraEmulator(db);
    // The register's history: one complaint in fifty requests, at least 40; and the survey requests
    // the relationship campaign of last quarter raised, one per key contact.
    const campaignRequests = jira.store.docs.issues.filter((i) => i.summary.includes('key account survey:')).length;
    expect(campaignRequests).toBeGreaterThan(0);
    expect(jira.store.counts().issues).toBe(1610 + campaignRequests);
    expect(jira.store.fields().some((f) => f.name === 'Customer')).toBe(true);
    // The app's service catalogue went into the same data folder's KVS.
    const kvs = new KvsEmulator(db, { entities: appManifest().entities });
    for (const service of DEMO_SERVICES) expect(kvs.handle('entity/get', { entityName: 'service', key: service.id }).status).toBe(200);
    db.close();

    const second = run('sandbox/seed/cli.ts', ['--issues', '10', '--data', dir]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already holds a tenant/);

    const reset = run('sandbox/seed/reset.ts', ['--data', dir]);
    expect(reset.status).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('rejects unknown flags', () => {
    const res = run('sandbox/seed/cli.ts', ['--size', '10', '--data', dir]);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/Unknown option/);
  });
});
