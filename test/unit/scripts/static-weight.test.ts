import { entryKey, firstPaintChunks, staticClosure, viteManifest, weigh } from '#scripts/static-weight';
import { SURFACE_SOURCES } from '../../../static/app/src/shell/surfaces';

/** A build's manifest in Vite's shape: the entry, a shared vendor chunk, two surfaces, and chunks they load later. */
const manifest = viteManifest.parse({
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_vendor-v.js'],
    dynamicImports: [SURFACE_SOURCES['issue-context'], SURFACE_SOURCES['field-edit']],
    css: ['assets/index-a.css'],
  },
  '_vendor-v.js': { file: 'assets/vendor-v.js', css: ['assets/vendor-v.css'], dynamicImports: ['node_modules/iframe-resizer/index.js'] },
  'node_modules/iframe-resizer/index.js': { file: 'assets/iframe-resizer-r.js' },
  [SURFACE_SOURCES['issue-context']]: {
    file: 'assets/App-b.js',
    imports: ['_vendor-v.js', 'index.html', '_zod-z.js'],
    dynamicImports: ['src/shared/ui/SectionErrorMessage.tsx'],
  },
  [SURFACE_SOURCES['field-edit']]: { file: 'assets/EditApp-e.js', imports: ['_zod-z.js', '_select-s.js'] },
  '_zod-z.js': { file: 'assets/zod-z.js' },
  '_select-s.js': { file: 'assets/select-s.js', css: ['assets/select-s.css'] },
  'src/shared/ui/SectionErrorMessage.tsx': { file: 'assets/SectionErrorMessage-m.js', imports: ['_select-s.js'] },
});

const sizes: Record<string, number> = {
  'assets/index-a.js': 4,
  'assets/vendor-v.js': 70,
  'assets/App-b.js': 2,
  'assets/zod-z.js': 25,
  'assets/EditApp-e.js': 3,
  'assets/select-s.js': 40,
  'assets/index-a.css': 7,
  'assets/vendor-v.css': 8,
  'assets/select-s.css': 5,
};
const packages: Record<string, string[]> = {
  'assets/vendor-v.js': ['react', 'react-dom'],
  'assets/zod-z.js': ['zod'],
  'assets/select-s.js': ['@atlaskit/select'],
};
const gzipOf = (file: string): number => sizes[file] ?? 0;
const packagesOf = (file: string): string[] => packages[file] ?? [];

test('a chunk pulls in its static imports, each once, and none of its dynamic imports', () => {
  expect([...staticClosure(manifest, SURFACE_SOURCES['issue-context'])].sort()).toEqual(
    ['_vendor-v.js', '_zod-z.js', 'index.html', SURFACE_SOURCES['issue-context']].sort(),
  );
  expect(entryKey(manifest)).toBe('index.html');
});

test("a frame's first paint is the shell and its surface: not another surface, not what either loads on demand", () => {
  const badge = weigh(manifest, firstPaintChunks(manifest, 'issue-context'), gzipOf, packagesOf);
  expect(badge.scripts).toEqual(['assets/App-b.js', 'assets/index-a.js', 'assets/vendor-v.js', 'assets/zod-z.js']);
  expect(badge.scriptGzip).toBe(4 + 70 + 2 + 25);
  expect(badge.styles).toEqual(['assets/index-a.css', 'assets/vendor-v.css']);
  expect(badge.styleGzip).toBe(15);
  expect(badge.packages).toEqual(['react', 'react-dom', 'zod']);
  const edit = weigh(manifest, firstPaintChunks(manifest, 'field-edit'), gzipOf, packagesOf);
  expect(edit.packages).toContain('@atlaskit/select');
  expect(edit.styles).toContain('assets/select-s.css');
});

test('a manifest without the chunk a surface names is an error, not a light frame', () => {
  const partial = viteManifest.parse({ 'index.html': { file: 'assets/index-a.js', isEntry: true } });
  expect(() => firstPaintChunks(partial, 'issue-panel')).toThrow(/issue-panel/);
});
