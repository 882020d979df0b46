/**
 * What each surface of the app costs a frame at first paint, read from the build: Vite's manifest
 * says which chunks a surface's code imports, the build's contents file which npm packages each
 * chunk holds. A frame's first paint needs the shell (the entry and its static imports) and its
 * surface's module with its static imports; what either loads later with `import()` (the
 * editor of the panel, an error's section message, another surface) is not counted.
 *
 * `npm test` holds the build to the design's budget with these figures
 * (test/unit/static/app/budget.test.ts); `npm run bench` measures the same in a real browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { SURFACE_SOURCES, SURFACES, type Surface } from '../static/app/src/shell/surfaces';
import { appDir, CONTENTS_FILE, MANIFEST_FILE, readContents } from './build-static';

/** The design's budget for the app's JavaScript, in gzipped bytes (docs/benchmarks.md). */
export const BUDGET = {
  /** Everything an agent's first issue view downloads: badge, panel and the fields' views. */
  coldIssueView: 200_000,
  /** What one issue-view frame needs before it shows its content. */
  framePaint: 120_000,
  /** What a second issue view downloads, with the first one's files in the browser's cache. */
  warmIssueView: 10_000,
} as const;

/** The surfaces an agent's issue view shows at once. */
export const ISSUE_VIEW_SURFACES = ['issue-context', 'issue-panel', 'field-view', 'customer-glance'] as const satisfies readonly Surface[];

/** The frames a dashboard shows: the KPI gadget's view (its edit view opens only to configure it). */
export const DASHBOARD_SURFACES = ['kpi-gadget'] as const satisfies readonly Surface[];

/** Surfaces that only show values: they load no form or choice libraries. */
export const VIEW_ONLY_SURFACES = ['issue-context', 'field-view', 'customer-glance', 'customer-panel', 'kpi-gadget'] as const satisfies readonly Surface[];

/** Libraries for forms, choices and dialogs. */
export const FORM_PACKAGES = [
  '@atlaskit/select',
  '@atlaskit/react-select',
  'react-select',
  '@atlaskit/form',
  '@atlaskit/textarea',
  '@atlaskit/textfield',
  '@atlaskit/radio',
  '@atlaskit/checkbox',
  '@atlaskit/modal-dialog',
  '@atlaskit/datetime-picker',
] as const;

const manifestChunk = z.object({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
});
export const viteManifest = z.record(z.string(), manifestChunk);
export type ViteManifest = z.infer<typeof viteManifest>;

/** The files one frame loads for its first paint, their gzipped size and the packages in them. */
export interface FrameWeight {
  /** Script files under build/, each once. */
  scripts: string[];
  /** Stylesheets under build/, each once. */
  styles: string[];
  scriptGzip: number;
  styleGzip: number;
  packages: string[];
}

/** The manifest keys a chunk pulls in through static imports, itself first. */
export function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build's manifest has no chunk '${key}'.`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The manifest key of the app's entry (its index.html). */
export function entryKey(manifest: ViteManifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1 || !entries[0]) throw new Error(`The build has ${entries.length} entries, not one.`);
  return entries[0][0];
}

/** Weighs the chunks `keys` name: `gzipOf` sizes a file of the build, `packagesOf` names its packages. */
export function weigh(
  manifest: ViteManifest,
  keys: Iterable<string>,
  gzipOf: (file: string) => number,
  packagesOf: (file: string) => readonly string[],
): FrameWeight {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (/\.m?js$/.test(chunk.file)) scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
  }
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipOf(file), 0);
  return {
    scripts: [...scripts].sort(),
    styles: [...styles].sort(),
    scriptGzip: sum(scripts),
    styleGzip: sum(styles),
    packages: [...new Set([...scripts].flatMap((file) => packagesOf(file)))].sort(),
  };
}

/** The chunks a frame of `surface` loads for its first paint: the shell's and the surface's, through static imports. */
export function firstPaintChunks(manifest: ViteManifest, surface: Surface): Set<string> {
  const chunks = staticClosure(manifest, entryKey(manifest));
  return staticClosure(manifest, SURFACE_SOURCES[surface], chunks);
}

/** The build of the app, read for weighing. */
export interface BuiltApp {
  manifest: ViteManifest;
  gzipOf: (file: string) => number;
  packagesOf: (file: string) => readonly string[];
}

/** Reads the app's build folder (`npm run build` makes it). */
export function readBuild(dir = appDir): BuiltApp {
  const buildDir = join(dir, 'build');
  const manifestFile = join(buildDir, MANIFEST_FILE);
  const contents = readContents(dir);
  if (!existsSync(manifestFile) || !contents) throw new Error(`${buildDir} has no ${MANIFEST_FILE} or ${CONTENTS_FILE}: run npm run build.`);
  const manifest = viteManifest.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const sizes = new Map<string, number>();
  return {
    manifest,
    gzipOf: (file) => {
      let size = sizes.get(file);
      if (size === undefined) {
        size = gzipSync(readFileSync(join(buildDir, file)), { level: 6 }).length;
        sizes.set(file, size);
      }
      return size;
    },
    packagesOf: (file) => contents.chunks[file] ?? [],
  };
}

/** Every surface's first-paint weight, in SURFACES order. */
export function surfaceWeights(build: BuiltApp): Map<Surface, FrameWeight> {
  return new Map(SURFACES.map((surface) => [surface, weigh(build.manifest, firstPaintChunks(build.manifest, surface), build.gzipOf, build.packagesOf)]));
}

/** What a cold issue view loads: the files of its frames, each once. */
export function issueViewWeight(build: BuiltApp): FrameWeight {
  const chunks = new Set<string>();
  for (const surface of ISSUE_VIEW_SURFACES) for (const key of firstPaintChunks(build.manifest, surface)) chunks.add(key);
  return weigh(build.manifest, chunks, build.gzipOf, build.packagesOf);
}
