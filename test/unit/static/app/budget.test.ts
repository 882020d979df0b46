import { cacheControlOf, IMMUTABLE } from '@brm/sandbox/server/app-assets';
import { readContents } from '#scripts/build-static';
import {
  BUDGET,
  DASHBOARD_SURFACES,
  entryKey,
  firstPaintChunks,
  FORM_PACKAGES,
  ISSUE_VIEW_SURFACES,
  issueViewWeight,
  readBuild,
  staticClosure,
  surfaceWeights,
  VIEW_ONLY_SURFACES,
  weigh,
  type BuiltApp,
} from '#scripts/static-weight';
import { SURFACE_SOURCES, SURFACES } from '../../../../static/app/src/shell/surfaces';
import { ensureBuilt } from '#test/support/built-app';

/**
 * The design's budget for the app's JavaScript (docs/benchmarks.md), checked on the build itself,
 * so that a heavy import fails `npm test` instead of landing unnoticed. `npm run bench` measures
 * the same frames in a real browser.
 */
let build: BuiltApp;

beforeAll(() => {
  ensureBuilt();
  build = readBuild();
}, 120_000);

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

test.each([...ISSUE_VIEW_SURFACES, ...DASHBOARD_SURFACES])('the %s frame paints with at most 120 KB of gzipped JavaScript', (surface) => {
  const weight = surfaceWeights(build).get(surface);
  expect(weight).toBeDefined();
  if (!weight) return;
  expect({ surface, gzip: kb(weight.scriptGzip), within: weight.scriptGzip <= BUDGET.framePaint }).toEqual({
    surface,
    gzip: kb(weight.scriptGzip),
    within: true,
  });
});

test('the Customer relationship panel with its survey section, which it loads right after its first paint, needs at most 120 KB of gzipped JavaScript', () => {
  const chunks = staticClosure(build.manifest, 'src/issue-panel/survey/SurveySection.tsx', firstPaintChunks(build.manifest, 'issue-panel'));
  const weight = weigh(build.manifest, chunks, build.gzipOf, build.packagesOf);
  expect({ gzip: kb(weight.scriptGzip), within: weight.scriptGzip <= BUDGET.framePaint }).toEqual({ gzip: kb(weight.scriptGzip), within: true });
});

test('a cold issue view (badge, panel, both fields) loads at most 200 KB of gzipped JavaScript', () => {
  const weight = issueViewWeight(build);
  expect({ gzip: kb(weight.scriptGzip), within: weight.scriptGzip <= BUDGET.coldIssueView }).toEqual({ gzip: kb(weight.scriptGzip), within: true });
});

test.each(VIEW_ONLY_SURFACES)('the view-only %s frame loads no form, choice or dialog library', (surface) => {
  const packages = surfaceWeights(build).get(surface)?.packages ?? [];
  expect(packages.filter((p) => FORM_PACKAGES.some((form) => form === p))).toEqual([]);
});

test('every frame, whatever its surface, runs the same vendor chunk with React and the bridge', () => {
  const vendors = [...surfaceWeights(build).values()].map((w) => w.scripts.filter((file) => build.packagesOf(file).includes('react-dom')));
  expect(vendors.every((files) => files.length === 1)).toBe(true);
  expect(new Set(vendors.flat()).size).toBe(1);
  const [vendor] = vendors.flat();
  expect(build.packagesOf(vendor ?? '')).toEqual(expect.arrayContaining(['react', 'react-dom', '@forge/bridge']));
});

test('the shell loads each surface as a chunk of its own, from the module SURFACE_SOURCES names', () => {
  const shell = build.manifest[entryKey(build.manifest)];
  expect(shell?.dynamicImports ?? []).toEqual(expect.arrayContaining(SURFACES.map((s) => SURFACE_SOURCES[s])));
  for (const surface of SURFACES) expect(shell?.imports ?? []).not.toContain(SURFACE_SOURCES[surface]);
});

test('every script and stylesheet is named by its content, so browsers keep it for a year', () => {
  const files = Object.values(build.manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => !/-[\w-]{8}\.(m?js|css)$/.test(file) || cacheControlOf(file) !== IMMUTABLE)).toEqual([]);
});

test('the UI bundles nothing of src/ but contracts, the kernel and the domain lists they derive from: no service, store, resolver or platform code', () => {
  const fromSrc = (readContents()?.sources ?? []).filter((source) => source.startsWith('src/'));
  expect(fromSrc.length).toBeGreaterThan(0);
  const allowed = (source: string): boolean =>
    /(^|\/|-)contract\.ts$/.test(source) || source.startsWith('src/kernel/') || /^src\/[a-z-]+\/domain(\/|\.ts$)/.test(source);
  expect(fromSrc.filter((source) => !allowed(source))).toEqual([]);
});
