import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../sandbox/store/database';
import { JiraEmulator } from '../../../sandbox/jira/jira-emulator';

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
    expect(first.stdout).toMatch(/1500 ACME and 10 FIELD issues, 60 ACME complaints/);

    const db = openDatabase(dir);
    const jira = new JiraEmulator(db);
    // 1,500 ACME requests, 10 FIELD ones and 60 complaints (one in fifty requests, at least 60).
    expect(jira.store.counts().issues).toBe(1570);
    expect(jira.store.fields().some((f) => f.name === 'Customer')).toBe(true);
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
