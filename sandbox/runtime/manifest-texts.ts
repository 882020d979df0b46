import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The texts of an app's manifest that people read (module titles, labels, descriptions, subpage
 * titles, a custom field's description and validation message), in the reader's language. Forge's
 * manifest reference, "Translations": a property written `{ i18n: <key> }` takes its text from the
 * files of the manifest's `translations` section (`resources: [{ key: <locale>, path }]`,
 * `fallback: { default: <locale>, <locale>: [<locale>, …] }`).
 *
 * The resolution follows @forge/i18n 1.0.0, the package that @forge/api's `i18n` and
 * @forge/manifest's validator use:
 * - a Jira locale becomes a Forge locale code as `ensureLocale` makes it: `de_DE` is `de-DE`; a bare
 *   language is its first supported code (`de` is `de-DE`); `en-UK` is `en-GB`, `nb-NO` is `no-NO`;
 *   anything else has none (`in_ID`, Indonesian; `de_AT`; `en_XA`) and reads the default language;
 * - a code's lookup order is the code, then its `fallback` list, then `fallback.default`, keeping
 *   the locales that have a file (`TranslationsGetter.getLocaleLookupOrder`);
 * - a key's text is the first of those files that has it (`Translator.translate`), flat
 *   (`"a.b": "…"`) or nested (`{ "a": { "b": "…" } }`), a non-empty string.
 *
 * Reading the section checks what Forge's validator checks before a deploy (TranslationsValidator):
 * supported locale codes, no resource twice, readable JSON files, every fallback locale with a
 * file, no locale twice in a fallback entry, and every key the manifest uses in the default file.
 */

/** Forge's supported locale codes (@forge/i18n `FORGE_SUPPORTED_LOCALE_CODES`): the only keys `resources` and `fallback` take. */
export const FORGE_LOCALES = [
  'zh-CN',
  'zh-TW',
  'cs-CZ',
  'da-DK',
  'nl-NL',
  'en-US',
  'en-GB',
  'et-EE',
  'fi-FI',
  'fr-FR',
  'de-DE',
  'hu-HU',
  'is-IS',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'no-NO',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ro-RO',
  'ru-RU',
  'sk-SK',
  'tr-TR',
  'es-ES',
  'sv-SE',
] as const;
export type ForgeLocale = (typeof FORGE_LOCALES)[number];

const isForgeLocale = (value: string): value is ForgeLocale => (FORGE_LOCALES as readonly string[]).includes(value);

/** `ensureLocale`'s table: each language's first supported code, with Norwegian Bokmål and Portuguese as Forge maps them. */
const LANGUAGE_CODES: Readonly<Record<string, ForgeLocale>> = FORGE_LOCALES.reduce<Record<string, ForgeLocale>>(
  (codes, code) => {
    const [language = ''] = code.split('-');
    codes[language] ??= code;
    return codes;
  },
  { nb: 'no-NO', pt: 'pt-PT' },
);
const ALIASES: Readonly<Record<string, ForgeLocale>> = { 'en-UK': 'en-GB', 'nb-NO': 'no-NO' };

/** The Forge locale code of a Jira locale (`de_DE` -> `de-DE`), or undefined when Forge has none (`in_ID`). */
export function forgeLocaleOf(jiraLocale: string): ForgeLocale | undefined {
  const locale = jiraLocale.replace('_', '-');
  if (isForgeLocale(locale)) return locale;
  return LANGUAGE_CODES[locale] ?? ALIASES[locale];
}

/** A text by Forge locale code, where a language reads it differently from the default. */
export type TextByLocale = Readonly<Record<string, string>>;

/** A text of the manifest: `text` in the default language, `byLocale` where another language differs. */
export interface LocalizedText {
  readonly text: string;
  readonly byLocale?: TextByLocale;
}

/** A text the manifest gives as a plain string: the same in every language. */
export const plainText = (text: string): LocalizedText => ({ text });

/** The text as a reader whose Jira locale is `jiraLocale` sees it. */
export function textIn(value: LocalizedText, jiraLocale: string | undefined): string {
  const code = jiraLocale === undefined ? undefined : forgeLocaleOf(jiraLocale);
  return (code === undefined ? undefined : value.byLocale?.[code]) ?? value.text;
}

/** The same for a text kept as a default and its translations (the Jira emulator's stored fields). */
export const translatedIn = (text: string, byLocale: TextByLocale | undefined, jiraLocale: string | undefined): string =>
  textIn(byLocale ? { text, byLocale } : { text }, jiraLocale);

/** A manifest property that may be translated: a string, or `{ i18n: <key> }`. */
export const manifestTextValue = z.union([z.string(), z.object({ i18n: z.string().min(1) }).strict()]);
export type ManifestTextValue = z.infer<typeof manifestTextValue>;

const translationsSection = z
  .object({
    resources: z.array(z.object({ key: z.string(), path: z.string() }).strict()).min(1),
    fallback: z.object({ default: z.string() }).catchall(z.array(z.string()).min(1)),
  })
  .strict();

/** The manifest's translations, read and checked. */
export interface ManifestTranslations {
  readonly defaultLocale: ForgeLocale;
  /** The locales with a file, in the manifest's order. */
  readonly locales: readonly ForgeLocale[];
  /** Forge's lookup order for a locale code: the code, its fallback list, the default; only those with a file. */
  lookupOrder(locale: ForgeLocale): ForgeLocale[];
  /** A key's text in the default language and in every language that reads it differently. */
  text(key: string): LocalizedText;
}

type Content = Readonly<Record<string, unknown>>;

const isContent = (value: unknown): value is Content => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `getTranslationValueFromContent`: the flat key, else the key's dotted path in nested objects. */
function valueOf(content: Content, key: string): string | undefined {
  const flat = content[key];
  if (typeof flat === 'string' && flat !== '') return flat;
  let nested: unknown = content;
  for (const token of key.split('.')) nested = isContent(nested) ? nested[token] : undefined;
  return typeof nested === 'string' && nested !== '' ? nested : undefined;
}

function supported(code: string, where: string): ForgeLocale {
  if (isForgeLocale(code)) return code;
  throw new Error(`translations: ${where} '${code}' is not a locale code Forge supports (${FORGE_LOCALES.join(', ')}).`);
}

/**
 * Reads a manifest's `translations` section and its files (`path` relative to the app's folder, where
 * the Forge CLI runs), or undefined when the manifest has none. Throws what Forge's validator refuses.
 */
export function readManifestTranslations(section: unknown, appDir: string): ManifestTranslations | undefined {
  if (section === undefined) return undefined;
  const parsed = translationsSection.safeParse(section);
  if (!parsed.success) throw new Error(`translations: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'section'}: ${i.message}`).join('; ')}`);
  const files = new Map<ForgeLocale, Content>();
  for (const { key, path } of parsed.data.resources) {
    const locale = supported(key, 'resource');
    if (files.has(locale)) throw new Error(`translations: Duplicate translations resource key found: '${locale}'`);
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(resolve(appDir, path), 'utf8'));
    } catch {
      content = undefined;
    }
    if (!isContent(content)) throw new Error(`translations: An error occurred while reading JSON file for '${locale}' at the specified path: ${path}`);
    files.set(locale, content);
  }
  const { default: defaultCode, ...lists } = parsed.data.fallback;
  const defaultLocale = supported(defaultCode, 'fallback default');
  const fallback = new Map<ForgeLocale, ForgeLocale[]>();
  for (const [code, list] of Object.entries(lists)) {
    const locale = supported(code, 'fallback');
    const targets = list.map((target) => supported(target, `fallback of ${locale}`));
    if (new Set([locale, ...targets]).size !== targets.length + 1) throw new Error(`translations: Duplicated fallback configuration found for: '${locale}'`);
    fallback.set(locale, targets);
  }
  for (const locale of [defaultLocale, ...[...fallback.values()].flat()])
    if (!files.has(locale)) throw new Error(`translations: There is no available translations JSON file for the specified fallback language: '${locale}'`);

  const lookupOrder = (locale: ForgeLocale): ForgeLocale[] =>
    [...new Set([locale, ...(fallback.get(locale) ?? []), defaultLocale])].filter((code) => files.has(code));
  const textOf = (key: string): LocalizedText => {
    const text = valueOf(files.get(defaultLocale) ?? {}, key);
    if (text === undefined) throw new Error(`translations: i18n key '${key}' could not be found in default locale file.`);
    const byLocale: Record<string, string> = {};
    for (const code of FORGE_LOCALES) {
      const found = lookupOrder(code)
        .map((locale) => valueOf(files.get(locale) ?? {}, key))
        .find((value) => value !== undefined);
      if (found !== undefined && found !== text) byLocale[code] = found;
    }
    return Object.keys(byLocale).length === 0 ? { text } : { text, byLocale };
  };
  return { defaultLocale, locales: [...files.keys()], lookupOrder, text: textOf };
}

/**
 * A translatable property's text: a string as it is, `{ i18n }` from the translations. A key without
 * a `translations` section is refused, as Forge's validator refuses it.
 */
export function manifestText(value: ManifestTextValue, translations: ManifestTranslations | undefined): LocalizedText {
  if (typeof value === 'string') return plainText(value);
  if (!translations) throw new Error(`i18n key(s) found but translations property is missing in manifest file ('${value.i18n}').`);
  return translations.text(value.i18n);
}
