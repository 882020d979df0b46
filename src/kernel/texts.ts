import { z } from 'zod';
import { TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './locales';
import { formatMessage, type MessageParams } from './message-format';

/**
 * A sentence the app writes for a person (an error, a comment, a notification, a CSV header),
 * kept as a key and parameters until the reader's locale is known. `english` is for logs and tests.
 */
export interface Text {
  readonly english: string;
  in(locale: Locale): string;
}

/** A locale's table for an English table: exactly its keys. */
export type TextTable<English> = { readonly [K in keyof English]: string };

export type TextTranslations<English> = Readonly<Record<TranslatedLocale, TextTable<English>>>;

/** One feature's texts in every locale; the translation check (`npm run i18n:check`) reads `tables`. */
export interface Texts<English extends Readonly<Record<string, string>>> {
  readonly tables: Readonly<Record<Locale, TextTable<English>>>;
  /** The sentence for `key`, to be written in its reader's locale. */
  text(key: keyof English & string, params?: MessageParams): Text;
  /** The sentence for `key` in `locale`, with its parameters filled in. */
  in(locale: Locale, key: keyof English & string, params?: MessageParams): string;
}

/** Every table's sentences without parameters, by their English: what a zod schema's message becomes. */
const sentences = new Map<string, Text>();

export function defineTexts<English extends Readonly<Record<string, string>>>(en: English, translations: TextTranslations<English>): Texts<English> {
  const tables: Readonly<Record<Locale, TextTable<English>>> = { en, ...translations };
  const render = (locale: Locale, key: keyof English & string, params?: MessageParams): string => formatMessage(tables[locale][key], params, locale);
  for (const [key, english] of Object.entries(en)) {
    if (!english.includes('{')) sentences.set(english, { english, in: (locale) => render(locale, key) });
  }
  return {
    tables,
    in: render,
    text: (key, params) => ({ english: render('en', key, params), in: (locale) => render(locale, key, params) }),
  };
}

/**
 * The sentence a table defines with this English (a zod schema's message is a plain string), or
 * the English itself when no table has it.
 */
export const sentence = (english: string): Text => sentences.get(english) ?? verbatim(english);

/** A sentence that is the same in every language (a name, a key, a value a person typed). */
export const verbatim = (sentence: string): Text => ({ english: sentence, in: () => sentence });

/** Sentences joined, each in the reader's locale (`first; second`). */
export const joinTexts = (texts: readonly Text[], separator = '; '): Text => ({
  english: texts.map((text) => text.english).join(separator),
  in: (locale) => texts.map((text) => text.in(locale)).join(separator),
});

/** A sentence about an input field, `field: sentence`, as the UI's field errors read it. */
export const aboutField = (field: string, text: Text): Text => ({
  english: `${field}: ${text.english}`,
  in: (locale) => `${field}: ${text.in(locale)}`,
});

/**
 * A sentence written out in every locale: how a `Text` is kept in a record (why a job stopped)
 * until someone reads it. English is always there; a locale added later reads English.
 */
export type StoredText = { readonly en: string } & Readonly<Partial<Record<TranslatedLocale, string>>>;

/** A `StoredText` as a record reads it back: English, and the languages the app spoke when it was written. */
export const storedTextSchema: z.ZodType<StoredText> = z.object({
  en: z.string(),
  ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, z.string().optional()])),
});

export const storeText = (text: Text): StoredText => ({
  en: text.english,
  ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, text.in(locale)])),
});

/** A stored sentence, to be written in its reader's locale. */
export const storedText = (stored: StoredText): Text => ({ english: stored.en, in: (locale) => (locale === 'en' ? stored.en : (stored[locale] ?? stored.en)) });
