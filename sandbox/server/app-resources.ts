import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const manifestResources = z.object({ resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]) });

/**
 * The app's Custom UI resources by key, as absolute folders (manifest.yml `resources`). The
 * server serves `/__app/<key>/…` from these folders.
 */
export function readResourceFolders(manifestPath: string): Map<string, string> {
  const file = manifestResources.parse(parse(readFileSync(manifestPath, 'utf8')));
  return new Map(file.resources.map((r) => [r.key, resolve(dirname(manifestPath), r.path)]));
}

/** A file inside `folder` named by a URL path, or `undefined` when the path leaves the folder. */
export function fileInside(folder: string, urlPath: string): string | undefined {
  const target = resolve(folder, `.${urlPath.startsWith('/') ? '' : '/'}${urlPath}`);
  const rel = relative(folder, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return target;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 ? contentTypes[file.slice(dot).toLowerCase()] : undefined) ?? 'application/octet-stream';
}
