import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TRANSLATED_LOCALES } from '#kernel/locales';
import { placeholdersOf, pluralBranches } from '#kernel/message-format';
import { checkManifestTranslations } from './manifest-translations-check';

/**
 * `npm run i18n:check`: every translated locale has a table for every English table of the UI and
 * of the texts the app writes (each texts.ts of src), with exactly its keys, the same parameters in each
 * string, an `other` branch in each plural and no empty string. English tables are `en.ts` (the common area, with the tables it spreads) and
 * each `en-<area>.ts` it does not spread; a locale's are `<locale>/<area>.ts`. The manifest's
 * translation files are held to the same rules against its en-US file (manifest-translations-check.ts).
 */
export const I18N_DIR = resolve(__dirname, '..', 'static', 'app', 'src', 'shared', 'i18n');

type Table = Readonly<Record<string, unknown>>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);

async function tableOf(file: string, exportName?: string): Promise<Table> {
  const module: unknown = await import(file);
  if (!isTable(module)) throw new Error(`${file} exports nothing.`);
  const value = exportName ? module[exportName] : (module.default ?? (isTable(module['module.exports']) ? module['module.exports'].default : undefined));
  if (!isTable(value)) throw new Error(`${file} has no ${exportName ?? 'default'} export that is a table.`);
  return value;
}

/** The English tables by area. */
export async function englishAreas(dir = I18N_DIR): Promise<Map<string, Table>> {
  const common = await tableOf(join(dir, 'en.ts'), 'en');
  const areas = new Map<string, Table>([['common', common]]);
  for (const file of readdirSync(dir).filter((f) => /^en-[a-z-]+\.ts$/.test(f))) {
    const area = file.slice(3, -3);
    const module: unknown = await import(join(dir, file));
    if (!isTable(module)) continue;
    const table = Object.values(module).find(isTable);
    if (!table) throw new Error(`${file} exports no table.`);
    if (Object.keys(table).every((key) => key in common)) continue;
    areas.set(area, table);
  }
  return areas;
}

export function compareTables(english: Table, translated: Table, where: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in translated)) problems.push(`${where}: '${key}' is missing.`);
  for (const [key, value] of Object.entries(translated)) {
    if (!(key in english)) {
      problems.push(`${where}: '${key}' is not in the English table.`);
      continue;
    }
    const source = english[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${where}: '${key}' is empty.`);
      continue;
    }
    if (typeof source !== 'string') continue;
    const want = placeholdersOf(source).join(', ');
    const have = placeholdersOf(value).join(', ');
    if (want !== have) problems.push(`${where}: '${key}' has the parameters {${have}}, English has {${want}}.`);
    for (const plural of value.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
      const start = (plural.index ?? 0) + plural[0].length;
      if (!pluralBranches(value.slice(start)).has('other')) problems.push(`${where}: '${key}' has a plural without an 'other' branch.`);
    }
  }
  return problems;
}

const SRC_DIR = resolve(__dirname, '..', 'src');

/** The files of src/ that hold the texts the app writes (`defineTexts` tables): `texts.ts` and `*-texts.ts`. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return /(^|-)texts\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The backend's tables: every export of a text file that has `tables` by locale. */
export async function backendTextTables(dir = SRC_DIR): Promise<{ where: string; tables: Table }[]> {
  const found: { where: string; tables: Table }[] = [];
  for (const file of textFiles(dir)) {
    const module: unknown = await import(file);
    if (!isTable(module)) continue;
    for (const [name, value] of Object.entries(module)) {
      if (isTable(value) && isTable(value.tables) && isTable(value.tables.en)) found.push({ where: `${relative(dir, file)} ${name}`, tables: value.tables });
    }
  }
  return found;
}

export async function checkBackendTexts(dir = SRC_DIR): Promise<string[]> {
  const problems: string[] = [];
  for (const { where, tables } of await backendTextTables(dir)) {
    const english = tables.en;
    if (!isTable(english)) continue;
    for (const locale of TRANSLATED_LOCALES) {
      const translated = tables[locale];
      if (!isTable(translated)) problems.push(`${where} ${locale}: there is no ${locale} table.`);
      else problems.push(...compareTables(english, translated, `${where} ${locale}`));
    }
  }
  return problems;
}

export async function checkTranslations(dir = I18N_DIR): Promise<string[]> {
  const problems: string[] = [...(await checkBackendTexts()), ...checkManifestTranslations(compareTables)];
  for (const [area, english] of await englishAreas(dir)) {
    for (const locale of TRANSLATED_LOCALES) {
      const file = join(dir, locale, `${area}.ts`);
      let translated: Table;
      try {
        translated = await tableOf(file);
      } catch {
        problems.push(`${locale}/${area}.ts: there is no ${locale} table for ${area === 'common' ? 'en.ts' : `en-${area}.ts`}.`);
        continue;
      }
      problems.push(...compareTables(english, translated, `${locale}/${area}.ts`));
    }
  }
  return problems;
}

if (require.main === module) {
  void checkTranslations().then((problems) => {
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    process.stdout.write(problems.length === 0 ? 'i18n: every locale has every string.\n' : `i18n: ${problems.length} problems.\n`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  });
}
