/**
 * Builds the Custom UI surfaces: one Vite build per `static/<surface>/` folder that has an
 * `index.html`, into `static/<surface>/build` (the folders manifest.yml's resources name).
 *
 *   npm run build                      every surface
 *   npm run build -- --if-missing      only surfaces whose build is missing or older than its sources
 *   npm run build -- admin-page        only the named surfaces
 *   npm run build -- --dir <folder>    surfaces of another folder than static/ (tests)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..');
export const staticDir = join(projectRoot, 'static');

/** Folders under static/ that are libraries shared by the surfaces, not surfaces themselves. */
const libraryFolders = new Set(['shared']);

/** Everything a surface's bundle is made from besides its own folder. */
export const sharedSources = (): string[] => [join(staticDir, 'shared'), join(projectRoot, 'src', 'contract'), join(projectRoot, 'src', 'domain')];

/** The surfaces: folders of static/ with an index.html, in name order. */
export function listSurfaces(dir = staticDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !libraryFolders.has(entry.name) && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The latest modification time of any file under `path` (0 when there is none), skipping build
 * output. Folders' own times are left out: building a surface creates its build folder, which
 * would otherwise make every build look outdated at once.
 */
export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry.name)));
  }
  return newest;
}

/** Why a surface must be built, or `undefined` when its build is current. */
export function staleReason(surface: string, dir = staticDir, shared = sharedSources()): 'missing' | 'outdated' | undefined {
  const builtPage = join(dir, surface, 'build', 'index.html');
  if (!existsSync(builtPage)) return 'missing';
  const builtAt = statSync(builtPage).mtimeMs;
  const sourcesChangedAt = Math.max(newestChange(join(dir, surface)), ...shared.map(newestChange));
  return sourcesChangedAt > builtAt ? 'outdated' : undefined;
}

export interface BuildOptions {
  /** Build only surfaces whose build is missing or outdated. */
  ifMissing?: boolean;
  /** Restrict to these surfaces (default: all). */
  surfaces?: string[];
  /** Where progress lines go (default: stdout). */
  log?: (line: string) => void;
  /** The static/ folder (tests use a copy). */
  dir?: string;
}

export interface BuildReport {
  built: string[];
  skipped: string[];
  millis: number;
}

/** Runs one Vite build per chosen surface, one after the other in this process. */
export async function buildStatic(options: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const dir = options.dir ?? staticDir;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const all = listSurfaces(dir);
  const unknown = (options.surfaces ?? []).filter((s) => !all.includes(s));
  if (unknown.length > 0) throw new Error(`No surface named ${unknown.join(', ')} in ${dir} (surfaces: ${all.join(', ')}).`);
  const chosen = options.surfaces && options.surfaces.length > 0 ? all.filter((s) => options.surfaces?.includes(s)) : all;
  const built: string[] = [];
  const skipped: string[] = [];
  // Vite is ESM and sizeable; load it only when something needs building.
  let vite: typeof import('vite') | undefined;
  for (const surface of chosen) {
    const reason = options.ifMissing ? staleReason(surface, dir) : 'requested';
    if (!reason) {
      skipped.push(surface);
      continue;
    }
    vite ??= await import('vite');
    const surfaceStarted = Date.now();
    await vite.build(surfaceConfig(join(dir, surface)));
    built.push(surface);
    log(`built ${surface} (${reason}) in ${Date.now() - surfaceStarted} ms`);
  }
  return { built, skipped, millis: Date.now() - started };
}

/** The Vite configuration of one surface; no config file, so every surface builds the same way. */
function surfaceConfig(root: string): import('vite').InlineConfig {
  return {
    root,
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    // Forge serves a resource from a sub-path, so every asset URL must be relative.
    base: './',
    mode: 'production',
    // Vite takes NODE_ENV from the environment when it is set (Jest sets `test`), which would
    // bundle React's development build; the surfaces always ship the production one.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    resolve: { dedupe: ['react', 'react-dom'] },
    build: {
      outDir: join(root, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      sourcemap: false,
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ifMissing = args.includes('--if-missing');
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
  if (dirAt >= 0 && !dir) throw new Error('--dir needs a folder.');
  const surfaces = args.filter((a, i) => !a.startsWith('--') && !(dirAt >= 0 && i === dirAt + 1));
  const report = await buildStatic({ ifMissing, surfaces, dir: dir ? resolve(dir) : undefined });
  const skipped = report.skipped.length > 0 ? `; up to date: ${report.skipped.join(', ')}` : '';
  process.stdout.write(`static: built ${report.built.length} surface(s) in ${report.millis} ms${skipped}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
