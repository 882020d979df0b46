import { z } from 'zod';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { BRM_TYPE_KEYS, sameName, type BrmTypeKey } from './issue-types';
import { BRM_REQUEST_TYPE_KEYS, type BrmRequestTypeKey } from './request-types';
import { NAME_TEXTS } from './name-texts';

/**
 * What provisioning calls the things it creates. Jira keeps one name per issue type and request
 * type, so the admin chooses a language for them (the names language, a site setting); the app
 * then recognises its types by their name in any of its languages, which keeps a site working
 * while it changes language and lets a team-managed project's admin type the name in another.
 */

export interface Naming {
  name: string;
  description: string;
}

export const issueTypeNaming = (key: BrmTypeKey, locale: Locale): Naming => ({
  name: NAME_TEXTS.in(locale, `issueType.${key}.name`),
  description: NAME_TEXTS.in(locale, `issueType.${key}.description`),
});

export const requestTypeNaming = (key: BrmRequestTypeKey, locale: Locale): Naming & { helpText: string } => ({
  name: NAME_TEXTS.in(locale, `requestType.${key}.name`),
  description: NAME_TEXTS.in(locale, `requestType.${key}.description`),
  helpText: NAME_TEXTS.in(locale, `requestType.${key}.helpText`),
});

const distinct = (names: readonly string[]): string[] => names.filter((name, i) => names.findIndex((other) => sameName(other, name)) === i);

/** Every name a BRM issue type goes by: one per language, without repeats ("Business Case" is German too). */
export const namesOfType = (key: BrmTypeKey): string[] => distinct(LOCALES.map((locale) => issueTypeNaming(key, locale).name));

/** The BRM issue type an issue type is, by its name in any of the app's languages. */
export const brmTypeNamed = (name: string): BrmTypeKey | undefined => BRM_TYPE_KEYS.find((key) => namesOfType(key).some((known) => sameName(known, name)));

/** Whether an issue type's name is one of the names of `key`. */
export const isTypeNamed = (key: BrmTypeKey, name: string): boolean => brmTypeNamed(name) === key;

/** The BRM request type a request type is, by its name in any of the app's languages. */
export const requestTypeKeyNamed = (name: string): BrmRequestTypeKey | undefined =>
  BRM_REQUEST_TYPE_KEYS.find((key) => LOCALES.some((locale) => sameName(requestTypeNaming(key, locale).name, name)));

/**
 * The names the BRM issue types have in Jira, for JQL (`issuetype in (…)`): JQL refuses a name no
 * type has, so queries name only these. Each type has at least one name.
 */
export type TypeNamesInUse = Readonly<Record<BrmTypeKey, readonly string[]>>;

/** A value for each BRM type. */
const byType = <T>(of: (key: BrmTypeKey) => T): Record<BrmTypeKey, T> => ({
  complaint: of('complaint'),
  compliment: of('compliment'),
  businessCase: of('businessCase'),
  serviceRequirement: of('serviceRequirement'),
});

export const typeNamesInUse = z.object(byType(() => z.array(z.string().trim().min(1)).min(1)));

/** Before provisioning has recorded what it found, the types go by their English names. */
export const ENGLISH_TYPE_NAMES: TypeNamesInUse = byType((key) => [issueTypeNaming(key, SOURCE_LOCALE).name]);

/**
 * The names of the BRM types among `issueTypes` (global ones and team-managed projects' own), each
 * once; a type Jira does not have keeps its English name, as before the app recorded any.
 */
export function typeNamesAmong(issueTypes: readonly { name: string }[]): TypeNamesInUse {
  return byType((key) => {
    const found = distinct(issueTypes.filter((type) => isTypeNamed(key, type.name)).map((type) => type.name.trim()));
    return found.length > 0 ? found : ENGLISH_TYPE_NAMES[key];
  });
}
