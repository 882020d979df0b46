import { z } from 'zod';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { readJson, writeJson } from '#platform/kvs/json-store';
import { ENGLISH_TYPE_NAMES, typeNamesAmong, typeNamesInUse, type TypeNamesInUse } from './domain/names';

/**
 * Two plain KVS keys: the language the admin chose for the names of what provisioning creates, and
 * the names the BRM issue types have in Jira as provisioning last saw them (for the JQL of the
 * register, the portfolio and the KPIs).
 */
const NAMES_LANGUAGE_KEY = 'provisioning:names-language';
export const TYPE_NAMES_KEY = 'provisioning:type-names';

const namesLanguage = z.object({ locale: z.enum(LOCALES) });

/** The names language; English until an admin chooses another. */
export async function readNamesLanguage(): Promise<Locale> {
  return (await readJson(NAMES_LANGUAGE_KEY, namesLanguage))?.locale ?? SOURCE_LOCALE;
}

export async function writeNamesLanguage(locale: Locale): Promise<void> {
  await writeJson(NAMES_LANGUAGE_KEY, namesLanguage.parse({ locale }));
}

export async function readTypeNames(): Promise<TypeNamesInUse> {
  return (await readJson(TYPE_NAMES_KEY, typeNamesInUse)) ?? ENGLISH_TYPE_NAMES;
}

/** The type names from what KVS held under TYPE_NAMES_KEY, for a reader that fetched it in a batch with its own keys. */
export function typeNamesFrom(stored: unknown): TypeNamesInUse {
  const parsed = typeNamesInUse.safeParse(stored);
  return parsed.success ? parsed.data : ENGLISH_TYPE_NAMES;
}

const sameNames = (a: TypeNamesInUse, b: TypeNamesInUse): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Records the names of the BRM types among `issueTypes` (what Jira answered), writing only when they changed. */
export async function recordTypeNames(issueTypes: readonly { name: string }[]): Promise<TypeNamesInUse> {
  const found = typeNamesAmong(issueTypes);
  if (!sameNames(found, await readTypeNames())) await writeJson(TYPE_NAMES_KEY, found);
  return found;
}
