import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStatic, listSurfaces, projectRoot, staleReason } from '../../../scripts/build-static';

let dir: string;
let shared: string;

const write = (path: string, text: string, mtimeSeconds?: number): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  if (mtimeSeconds !== undefined) utimesSync(path, mtimeSeconds, mtimeSeconds);
};

beforeEach(() => {
  // Inside the project, so that a real build resolves react from its node_modules.
  dir = mkdtempSync(join(projectRoot, '.build-test-'));
  shared = join(dir, 'shared');
  write(join(shared, 'lib.ts'), 'export const x = 1;', 1000);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('surfaces are the folders with an index.html, never the shared library', () => {
  write(join(dir, 'b-surface', 'index.html'), '<html></html>');
  write(join(dir, 'a-surface', 'index.html'), '<html></html>');
  write(join(dir, 'not-a-surface', 'notes.txt'), '');
  write(join(dir, 'shared', 'index.html'), '<html></html>');
  expect(listSurfaces(dir)).toEqual(['a-surface', 'b-surface']);
});

test('a build is missing, outdated when its sources or the shared code changed after it, else current', () => {
  write(join(dir, 'panel', 'index.html'), '<html></html>', 1000);
  write(join(dir, 'panel', 'src', 'main.tsx'), '', 1000);
  expect(staleReason('panel', dir, [shared])).toBe('missing');
  write(join(dir, 'panel', 'build', 'index.html'), '<html></html>', 2000);
  expect(staleReason('panel', dir, [shared])).toBeUndefined();
  write(join(dir, 'panel', 'src', 'main.tsx'), 'changed', 3000);
  expect(staleReason('panel', dir, [shared])).toBe('outdated');
  write(join(dir, 'panel', 'build', 'index.html'), '<html></html>', 4000);
  write(join(shared, 'lib.ts'), 'changed', 5000);
  expect(staleReason('panel', dir, [shared])).toBe('outdated');
});

/** Runs `npm run build` as CI does (Vite is ESM, which Jest's module system cannot load in-process). */
function runBuild(...args: string[]): string {
  return execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot, 'scripts', 'build-static.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
}

test('a surface builds with relative asset paths and the automatic JSX runtime, and --if-missing skips it afterwards', () => {
  write(join(dir, 'tiny', 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div><script type="module" src="./src/main.tsx"></script></body></html>');
  // No React import: only the automatic runtime can compile this.
  write(join(dir, 'tiny', 'src', 'main.tsx'), "import { createRoot } from 'react-dom/client';\nconst App = () => <p>tiny surface</p>;\ncreateRoot(document.getElementById('root')!).render(<App />);\n");
  expect(runBuild('--if-missing', '--dir', dir)).toMatch(/built tiny \(missing\)/);
  const page = readFileSync(join(dir, 'tiny', 'build', 'index.html'), 'utf8');
  expect(page).toMatch(/src="\.\/assets\/[^"]+\.js"/);
  expect(page).not.toMatch(/(src|href)="\/assets/);
  const bundle = readdirSync(join(dir, 'tiny', 'build', 'assets')).filter((f) => f.endsWith('.js'));
  expect(bundle.map((f) => readFileSync(join(dir, 'tiny', 'build', 'assets', f), 'utf8')).join('')).toContain('tiny surface');
  expect(runBuild('--if-missing', '--dir', dir)).toMatch(/built 0 surface\(s\).*up to date: tiny/);
}, 60_000);

test('asking for a surface that does not exist fails with the list of surfaces', async () => {
  write(join(dir, 'real', 'index.html'), '<html></html>');
  await expect(buildStatic({ dir, surfaces: ['imaginary'] })).rejects.toThrow(/imaginary.*real/);
});
