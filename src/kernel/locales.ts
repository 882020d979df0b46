/**
 * The languages the app speaks, defined once: the UI's tables, the texts the app writes into Jira,
 * the names provisioning gives what it creates, and the checks all derive from this list. English
 * is the source every other table follows.
 */
export const LOCALES = ['en', 'de', 'es', 'zh-CN', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale every string falls back to. */
export const SOURCE_LOCALE = 'en' satisfies Locale;

/** The locales translated from English. */
export type TranslatedLocale = Exclude<Locale, typeof SOURCE_LOCALE>;
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is TranslatedLocale => locale !== SOURCE_LOCALE);

/** Each language's name in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  'zh-CN': '简体中文',
  id: 'Bahasa Indonesia',
};

/** Jira's locale codes (`de_DE`) for each language, as Jira's user and settings calls spell them. */
export const JIRA_LOCALE_CODES: Readonly<Record<Locale, string>> = {
  en: 'en_US',
  de: 'de_DE',
  es: 'es_ES',
  'zh-CN': 'zh_CN',
  id: 'in_ID',
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The app's locale for a Jira or browser locale (`de_DE`, `de-AT`, `zh_CN`, `in_ID`, `id`): the
 * same language when the app speaks it, English otherwise. Chinese in any region reads the
 * Simplified table; `in` is Java's old code for Indonesian, which Jira still uses.
 */
export function pickLocale(raw: string | null | undefined): Locale {
  if (!raw) return SOURCE_LOCALE;
  const [language = ''] = raw.replace('_', '-').toLowerCase().split('-');
  if (language === 'zh') return 'zh-CN';
  if (language === 'in') return 'id';
  return isLocale(language) ? language : SOURCE_LOCALE;
}
