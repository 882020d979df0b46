import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from './app-resources';

/**
 * How the sandbox serves a Custom UI resource's files, the way Forge's CDN serves them: the
 * files Vite names by their content hash (everything under `assets/`) may be kept for a year
 * and never revalidated, since a new build gives changed files new names; every other file (the
 * HTML entry, `icon.svg`) is revalidated on each use. Scripts and stylesheets are sent gzipped
 * to browsers that accept it.
 */

/** Cache-Control for files whose name changes when their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for files that keep their name across builds. */
export const REVALIDATE = 'no-cache';

/** The `Cache-Control` of a file of a resource, by its path inside the resource folder. */
export function cacheControlOf(pathInResource: string): string {
  return /^assets\/[^/]/.test(pathInResource.replace(/^\/+/, '')) ? IMMUTABLE : REVALIDATE;
}

/** Content types worth compressing: text the app loads on every frame. */
const compressible = /^(text\/javascript|text\/css)/;

/**
 * Whether an `Accept-Encoding` header allows gzip (RFC 9110 §12.5.3): named, or matched by `*`,
 * with a quality above zero.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (name.trim() === 'gzip' || name.trim() === 'x-gzip') gzip = quality;
    else if (name.trim() === '*') any = quality;
  }
  const quality = gzip ?? any ?? 0;
  return Number.isFinite(quality) && quality > 0;
}

/** A file's bytes, its gzip form when its type is worth compressing, and a validator. */
interface AssetFile {
  body: Buffer;
  gzip?: Buffer;
  etag: string;
  contentType: string;
}

/** A response for one resource file: status, headers and body. */
export interface AssetResponse {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer;
}

/** Reads resource files once per version (path, size and modification time) and keeps their gzip form. */
export class AssetFiles {
  private readonly files = new Map<string, { version: string; file: AssetFile }>();

  private load(path: string): AssetFile {
    const stat = statSync(path);
    const version = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
    const kept = this.files.get(path);
    if (kept && kept.version === version) return kept.file;
    const body = readFileSync(path);
    const contentType = contentTypeOf(path);
    const file: AssetFile = { body, contentType, etag: `"${version}"`, ...(compressible.test(contentType) ? { gzip: gzipSync(body) } : {}) };
    this.files.set(path, { version, file });
    return file;
  }

  /**
   * The response for `path` (a file of the resource named `pathInResource` in the URL), for a
   * request with these `Accept-Encoding` and `If-None-Match` headers.
   */
  respond(path: string, pathInResource: string, request: { acceptEncoding?: string | string[]; ifNoneMatch?: string }): AssetResponse {
    const file = this.load(path);
    const gzipped = file.gzip !== undefined && acceptsGzip(request.acceptEncoding);
    // The gzipped and the plain body are two representations; each has its own validator.
    const etag = gzipped ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'cache-control': cacheControlOf(pathInResource),
      etag,
      ...(file.gzip ? { vary: 'Accept-Encoding' } : {}),
    };
    const matches = (request.ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
    if (matches) return { status: 304, headers, body: Buffer.alloc(0) };
    if (gzipped && file.gzip) return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: file.gzip };
    return { status: 200, headers, body: file.body };
  }
}
