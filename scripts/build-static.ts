/**
 * Builds the app's Custom UI: one Vite build of `static/app` into `static/app/build`, the folder
 * manifest.yml's one resource names. Every UI module of the manifest uses that resource; the
 * shell in `static/app/src/shell` picks the surface a frame shows and loads only its code.
 *
 *   npm run build                      build the app
 *   npm run build -- --if-missing      only when the build is missing or older than its sources
 *   npm run build -- --dir <folder>    build another app folder than static/app (tests)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { TOKEN_THEMES, TOKEN_THEMES_CSS } from '../static/app/src/shared/token-themes';
import { layerCompiledCss, layerResetCss } from './compiled-css-layers';

export const projectRoot = resolve(__dirname, '..');
/** The app's Custom UI: its index.html, sources and (once built) its build folder. */
export const appDir = join(projectRoot, 'static', 'app');

/** What the build writes next to Vite's manifest: the sources it bundled and each chunk's packages. */
export const CONTENTS_FILE = join('.vite', 'contents.json');
export const MANIFEST_FILE = join('.vite', 'manifest.json');

export const buildContents = z.object({
  /** Every source module of the bundle outside node_modules, relative to the project root. */
  sources: z.array(z.string()),
  /** Each JavaScript chunk of the build (its file under build/) and the npm packages bundled into it. */
  chunks: z.record(z.string(), z.array(z.string())),
});
export type BuildContents = z.infer<typeof buildContents>;

/**
 * The latest modification time of any file under `path` (0 when there is none), skipping build
 * output. Folders' own times are left out: building creates the build folder, which would
 * otherwise make every build look outdated at once.
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

/** The build's record of what it was made from, or `undefined` when there is none. */
export function readContents(dir = appDir): BuildContents | undefined {
  const file = join(dir, 'build', CONTENTS_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = buildContents.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Why the app must be built, or `undefined` when its build is current: the build is missing, or
 * a file changed after it, in the app's folder or among the project's sources the last build
 * bundled (contracts under src/, wherever they live), or the dependencies or this script.
 */
export function staleReason(dir = appDir, toolchain = buildToolchain()): 'missing' | 'outdated' | undefined {
  const builtPage = join(dir, 'build', 'index.html');
  const contents = readContents(dir);
  if (!existsSync(builtPage) || !contents) return 'missing';
  const builtAt = statSync(builtPage).mtimeMs;
  const outside = contents.sources.map((source) => resolve(projectRoot, source)).filter((file) => !isInside(dir, file));
  if (outside.some((file) => !existsSync(file))) return 'outdated';
  const inputs = [dir, ...outside, ...toolchain];
  return Math.max(...inputs.map(newestChange)) > builtAt ? 'outdated' : undefined;
}

/** What the build is made with besides its sources: this script and the installed dependencies. */
export const buildToolchain = (): string[] => [__filename, join(projectRoot, 'package-lock.json')];

const isInside = (folder: string, file: string): boolean => {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export interface BuildOptions {
  /** Build only when the build is missing or outdated. */
  ifMissing?: boolean;
  /** Where progress lines go (default: stdout). */
  log?: (line: string) => void;
  /** The app folder (tests use another). */
  dir?: string;
}

export interface BuildReport {
  built: boolean;
  reason: 'missing' | 'outdated' | 'requested' | undefined;
  millis: number;
}

/** Builds the app with Vite in this process, unless `ifMissing` and the build is current. */
export async function buildStatic(options: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const dir = options.dir ?? appDir;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: it is not a Custom UI app folder.`);
  const reason = options.ifMissing ? staleReason(dir) : 'requested';
  if (!reason) return { built: false, reason, millis: Date.now() - started };
  // Vite is ESM and sizeable; load it only when something needs building.
  const vite = await import('vite');
  await vite.build(appConfig(dir));
  log(`built ${relative(projectRoot, dir) || dir} (${reason}) in ${Date.now() - started} ms`);
  return { built: true, reason, millis: Date.now() - started };
}

/** The npm package a module of node_modules belongs to (`react`, `@atlaskit/tokens`), or `undefined`. */
export function packageOf(moduleId: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(moduleId.split('?')[0] ?? '');
  return match?.[1]?.replace('\\', '/');
}

/**
 * How the build splits the app into files. `vendor`: every library the shell itself runs in each
 * frame before it shows a surface (React, react-dom, @forge/bridge, the CSS reset, the compiled
 * primitives, the spinner), in one chunk whose name (its content hash) changes only when they
 * change, so a browser keeps it across frames, pages and app deployments. `zod`: the schema
 * library every surface checks its calls with. Everything else stays with the surfaces that use
 * it, in chunks Rolldown makes by who shares them.
 */
const chunkGroups = [
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial' as const], priority: 2 },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 1 },
];

/** Records what the build was made from (for `--if-missing`) and what each chunk holds (for the weight check). */
function contentsPlugin(): import('vite').Plugin {
  return {
    name: 'brm-build-contents',
    generateBundle(_options, bundle) {
      const sources = [...this.getModuleIds()]
        .filter((id) => !id.startsWith('\0') && !packageOf(id) && isAbsolute(id))
        .map((id) => relative(projectRoot, id.split('?')[0] ?? id))
        .sort();
      const chunks: Record<string, string[]> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[fileName] = [...new Set(Object.keys(output.modules).flatMap((id) => packageOf(id) ?? []))].sort();
      }
      const contents: BuildContents = { sources: [...new Set(sources)], chunks };
      this.emitFile({ type: 'asset', fileName: CONTENTS_FILE, source: `${JSON.stringify(contents, null, 1)}\n` });
    },
  };
}

const tokenThemeModule = z.object({ default: z.string() });

/**
 * The app's design-token themes (TOKEN_THEMES) as one stylesheet, from `@atlaskit/tokens`' theme
 * artifacts (each a module whose default export is the theme's CSS, the text `setGlobalTheme`
 * would load at run time). CSS in the app's stylesheet instead of scripts in every frame.
 */
function tokenThemesPlugin(): import('vite').Plugin {
  const resolved = `\0${TOKEN_THEMES_CSS}`;
  return {
    name: 'brm-token-themes',
    resolveId: (source) => (source === TOKEN_THEMES_CSS ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return Object.values(TOKEN_THEMES)
        .map((theme) => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- one theme module per name, loaded as the tokens package ships it
          const loaded: unknown = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/atlassian-${theme}.js`);
          return tokenThemeModule.parse(loaded).default;
        })
        .join('\n');
    },
  };
}

/**
 * Atlaskit's Compiled stylesheets and the CSS reset into cascade layers (compiled-css-layers.ts),
 * before Vite reads them, so that their order holds across the build's CSS files.
 */
function compiledCssLayersPlugin(): import('vite').Plugin {
  return {
    name: 'brm-compiled-css-layers',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.css')) return undefined;
      if (file.endsWith('.compiled.css')) return { code: layerCompiledCss(code), map: null };
      if (packageOf(file) === '@atlaskit/css-reset') return { code: layerResetCss(code), map: null };
      return undefined;
    },
  };
}

/** The Vite configuration of the app; no config file, so the build is the same everywhere. */
export function appConfig(root: string): import('vite').InlineConfig {
  return {
    root,
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    // Forge serves a resource from a sub-path, so every asset URL must be relative.
    base: './',
    mode: 'production',
    // Vite takes NODE_ENV from the environment when it is set (Jest sets `test`), which would
    // bundle React's development build; the app always ships the production one.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    resolve: {
      dedupe: ['react', 'react-dom'],
      alias: [{ find: /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/, replacement: join(root, 'src', 'shell', 'feature-gates-off.ts') }],
    },
    plugins: [compiledCssLayersPlugin(), tokenThemesPlugin(), contentsPlugin()],
    build: {
      outDir: join(root, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      // Every browser the app supports preloads modules itself.
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      sourcemap: false,
      rolldownOptions: {
        output: {
          codeSplitting: { groups: chunkGroups },
        },
      },
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ifMissing = args.includes('--if-missing');
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
  if (dirAt >= 0 && !dir) throw new Error('--dir needs a folder.');
  const unknown = args.filter((a, i) => a !== '--if-missing' && a !== '--dir' && !(dirAt >= 0 && i === dirAt + 1));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}: the app is one build (npm run build [-- --if-missing] [-- --dir <folder>]).`);
  const report = await buildStatic({ ifMissing, dir: dir ? resolve(dir) : undefined });
  process.stdout.write(report.built ? `static: built the app in ${report.millis} ms\n` : 'static: the app is up to date\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
