import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContents, buildStatic, CONTENTS_FILE, MANIFEST_FILE, packageOf, projectRoot, staleReason } from '#scripts/build-static';

let root: string;
let app: string;

const write = (path: string, text: string, mtimeSeconds?: number): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  if (mtimeSeconds !== undefined) utimesSync(path, mtimeSeconds, mtimeSeconds);
};

/** A build's record of what it bundled, as the build writes it. */
const contents = (sources: string[]): string => JSON.stringify({ sources, chunks: {} });

beforeEach(() => {
  // Outside the repository; the project's node_modules is linked in so that a real build resolves react.
  root = realpathSync(mkdtempSync(join(tmpdir(), 'brm-build-test-')));
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  app = join(root, 'app');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the build is missing, outdated when a file of the app or a project source it bundled changed after it, else current', () => {
  const contract = join(root, 'contract.ts');
  write(join(app, 'index.html'), '<html></html>', 1000);
  write(join(app, 'src', 'main.tsx'), '', 1000);
  write(contract, 'export const x = 1;', 1000);
  expect(staleReason(app, [])).toBe('missing');
  write(join(app, 'build', 'index.html'), '<html></html>', 2000);
  expect(staleReason(app, [])).toBe('missing');
  write(join(app, 'build', CONTENTS_FILE), contents([join(app, 'src', 'main.tsx'), contract]), 2000);
  expect(staleReason(app, [])).toBeUndefined();
  write(join(app, 'src', 'main.tsx'), 'changed', 3000);
  expect(staleReason(app, [])).toBe('outdated');
  write(join(app, 'build', 'index.html'), '<html></html>', 4000);
  expect(staleReason(app, [])).toBeUndefined();
  write(contract, 'export const x = 2;', 5000);
  expect(staleReason(app, [])).toBe('outdated');
  write(join(app, 'build', 'index.html'), '<html></html>', 6000);
  rmSync(contract);
  expect(staleReason(app, [])).toBe('outdated');
});

test('a newer build script or dependency makes the build outdated', () => {
  const lock = join(root, 'package-lock.json');
  write(join(app, 'index.html'), '<html></html>', 1000);
  write(join(app, 'build', 'index.html'), '<html></html>', 2000);
  write(join(app, 'build', CONTENTS_FILE), contents([]), 2000);
  write(lock, '{}', 1000);
  expect(staleReason(app, [lock])).toBeUndefined();
  write(lock, '{"changed":true}', 3000);
  expect(staleReason(app, [lock])).toBe('outdated');
});

test('packages are named by their folder under node_modules, scoped or not', () => {
  expect(packageOf('/p/node_modules/react-dom/cjs/react-dom.production.min.js')).toBe('react-dom');
  expect(packageOf('/p/node_modules/@atlaskit/tokens/dist/esm/index.js')).toBe('@atlaskit/tokens');
  expect(packageOf('/p/node_modules/@forge/bridge/node_modules/tslib/tslib.js')).toBe('@forge/bridge');
  expect(packageOf('/p/static/app/src/main.tsx')).toBeUndefined();
});

/** Runs `npm run build` as CI does (Vite is ESM, which Jest's module system cannot load in-process). */
function runBuild(...args: string[]): string {
  return execFileSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot, 'scripts', 'build-static.ts'), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
}

test('the app builds with relative asset paths, the automatic JSX runtime, React in a vendor chunk and a record of its contents; --if-missing skips it afterwards', () => {
  write(
    join(app, 'index.html'),
    '<!doctype html><html><head></head><body><div id="root"></div><script type="module" src="./src/main.tsx"></script></body></html>',
  );
  // No React import: only the automatic runtime can compile this.
  write(
    join(app, 'src', 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\nconst App = () => <p>tiny app</p>;\ncreateRoot(document.getElementById('root')!).render(<App />);\n",
  );
  expect(runBuild('--if-missing', '--dir', app)).toMatch(/built .*\(missing\)/);
  const page = readFileSync(join(app, 'build', 'index.html'), 'utf8');
  expect(page).toMatch(/src="\.\/assets\/[^"]+\.js"/);
  expect(page).not.toMatch(/(src|href)="\/assets/);
  const scripts = readdirSync(join(app, 'build', 'assets')).filter((f) => f.endsWith('.js'));
  expect(scripts.map((f) => readFileSync(join(app, 'build', 'assets', f), 'utf8')).join('')).toContain('tiny app');
  const recorded = buildContents.parse(JSON.parse(readFileSync(join(app, 'build', CONTENTS_FILE), 'utf8')));
  expect(recorded.sources.map((s) => join(projectRoot, s))).toContain(join(app, 'src', 'main.tsx'));
  const vendor = Object.entries(recorded.chunks).find(([file]) => /^assets\/vendor-[\w-]+\.js$/.test(file));
  expect(vendor?.[1]).toEqual(expect.arrayContaining(['react', 'react-dom']));
  expect(JSON.parse(readFileSync(join(app, 'build', MANIFEST_FILE), 'utf8'))).toHaveProperty(['index.html']);
  expect(runBuild('--if-missing', '--dir', app)).toMatch(/up to date/);
}, 60_000);

test('a folder without an index.html is not an app', async () => {
  write(join(app, 'notes.txt'), '');
  await expect(buildStatic({ dir: app })).rejects.toThrow(/index\.html/);
});
