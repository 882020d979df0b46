import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { acceptsGzip, AssetFiles, cacheControlOf, IMMUTABLE, REVALIDATE } from '#sandbox/server/app-assets';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brm-assets-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'vendor-AbC123xy.js'), `export const answer = ${'42 + '.repeat(200)}0;`);
  writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('caching, as the Forge CDN serves Custom UI resources', () => {
  test('files under assets/ (named by their content hash) are kept for a year without revalidation', () => {
    expect(cacheControlOf('assets/vendor-AbC123xy.js')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  test('files that keep their name across builds are revalidated on each use', () => {
    for (const path of ['index.html', 'icon.svg', 'assets', 'not-assets/x.js']) expect(cacheControlOf(path)).toBe(REVALIDATE);
  });

  test('a file answers 304 to its own validator and 200 to a stale one', () => {
    const files = new AssetFiles();
    const path = join(dir, 'icon.svg');
    const first = files.respond(path, 'icon.svg', {});
    expect(first.status).toBe(200);
    const etag = first.headers.etag ?? '';
    expect(files.respond(path, 'icon.svg', { ifNoneMatch: etag }).status).toBe(304);
    writeFileSync(path, '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>');
    utimesSync(path, 2_000_000, 2_000_000);
    const changed = files.respond(path, 'icon.svg', { ifNoneMatch: etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain('<g/>');
  });
});

describe('compression', () => {
  test('a script goes gzipped to a browser that accepts gzip, and plain to one that does not', () => {
    const files = new AssetFiles();
    const path = join(dir, 'assets', 'vendor-AbC123xy.js');
    const zipped = files.respond(path, 'assets/vendor-AbC123xy.js', { acceptEncoding: 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    const plain = files.respond(path, 'assets/vendor-AbC123xy.js', { acceptEncoding: 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    // Each representation has its own validator, so a cache never swaps one for the other.
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
  });

  test('images are sent as they are', () => {
    const answer = new AssetFiles().respond(join(dir, 'icon.svg'), 'icon.svg', { acceptEncoding: 'gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  test('Accept-Encoding: gzip counts when named or matched by *, unless its quality is 0 (RFC 9110 §12.5.3)', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
  });

  test('any list of other codings never allows gzip', () => {
    const coding = fc.constantFrom('br', 'deflate', 'identity', 'zstd', 'compress');
    const quality = fc.option(fc.constantFrom('0', '0.1', '0.5', '1', '1.000'), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(coding, quality), { maxLength: 6 }), (parts) => {
        const header = parts.map(([name, q]) => (q === undefined ? name : `${name};q=${q}`)).join(', ');
        return acceptsGzip(header) === false && acceptsGzip(`${header}${header ? ', ' : ''}gzip`) === true;
      }),
    );
  });
});
