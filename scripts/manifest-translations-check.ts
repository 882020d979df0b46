import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The manifest's part of `npm run i18n:check`: the texts manifest.yml writes `{ i18n: <key> }`
 * (module titles, labels, descriptions, a custom field's description and validation message) and
 * the files of its `translations` section (Forge manifest reference, "Translations"). Every file has
 * exactly the keys of the default locale's file (`fallback.default`), none empty; every key the
 * manifest uses is in the default file, and the default file has no key the manifest does not use.
 *
 * Forge's validator refuses only a key the default file lacks; a key another file lacks reads the
 * default language unnoticed, which is what this check finds.
 */
export const MANIFEST_PATH = resolve(__dirname, '..', 'manifest.yml');

const translationsSection = z.object({
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
  fallback: z.object({ default: z.string() }).passthrough(),
});
const manifestFile = z.object({ translations: translationsSection.optional() }).passthrough();

type Table = Readonly<Record<string, unknown>>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `{ i18n: <key> }` of the manifest, wherever it is. */
function usedKeys(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) usedKeys(item, found);
  else if (isTable(node)) {
    const keys = Object.keys(node);
    const key = node.i18n;
    if (keys.length === 1 && typeof key === 'string') found.add(key);
    else for (const value of Object.values(node)) usedKeys(value, found);
  }
  return found;
}

/** A translation file's texts by key: flat keys as they are, nested objects as dotted keys (as Forge reads both). */
function flatten(table: Table, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTable(value)) flatten(value, path, into);
    else into[path] = value;
  }
  return into;
}

function readTable(file: string): Table | undefined {
  try {
    const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isTable(content) ? flatten(content) : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with the manifest's translations: `compare` checks a file against the default's (i18n-check's compareTables). */
export function checkManifestTranslations(compare: (english: Table, translated: Table, where: string) => string[], manifestPath = MANIFEST_PATH): string[] {
  const manifest = manifestFile.parse(parse(readFileSync(manifestPath, 'utf8')));
  const used = usedKeys(manifest.modules);
  const section = manifest.translations;
  if (!section) return used.size === 0 ? [] : ['manifest.yml: it writes texts { i18n } but has no translations section.'];
  const files = new Map<string, Table | undefined>(section.resources.map((r) => [r.path, readTable(resolve(dirname(manifestPath), r.path))]));
  const defaultPath = section.resources.find((r) => r.key === section.fallback.default)?.path;
  const english = defaultPath === undefined ? undefined : files.get(defaultPath);
  if (defaultPath === undefined || english === undefined)
    return [`manifest.yml: there is no readable file for the default locale ${section.fallback.default}.`];
  const problems: string[] = [];
  for (const key of used) if (!(key in english)) problems.push(`${defaultPath}: '${key}', which manifest.yml uses, is missing.`);
  for (const key of Object.keys(english)) if (!used.has(key)) problems.push(`${defaultPath}: '${key}' is used nowhere in manifest.yml.`);
  for (const [key, value] of Object.entries(english)) if (typeof value !== 'string' || value.trim() === '') problems.push(`${defaultPath}: '${key}' is empty.`);
  for (const [path, table] of files) {
    if (path === defaultPath) continue;
    if (table === undefined) problems.push(`${path}: it is not a readable JSON object.`);
    else problems.push(...compare(english, table, path));
  }
  return problems;
}
