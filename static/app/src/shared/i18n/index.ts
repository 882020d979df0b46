import { en, type MessageKey } from './en';

export type { MessageKey } from './en';

/** A translated table: every key optional, so a locale can be added one string at a time. */
export type Messages = Partial<Record<MessageKey, string>>;

/** Locales besides English, by Forge locale code (`de-DE`) or language (`de`). */
const locales: Record<string, Messages> = {};

/** The English strings loaded so far: those of every surface, then those a surface's code adds. */
const english: Messages = { ...en };

/** Values for a string's `{name}` parameters. */
export type MessageParams = Record<string, string | number>;

let current: Messages = {};

/** Picks the table for a Forge locale (`en-US`, `de_DE`); unknown locales fall back to English. */
export function setLocale(locale: string | undefined): void {
  const normalised = (locale ?? 'en').replace('_', '-');
  current = locales[normalised] ?? locales[normalised.split('-')[0] ?? 'en'] ?? {};
}

/** Adds or extends a locale's table. */
export function registerLocale(locale: string, messages: Messages): void {
  locales[locale] = { ...locales[locale], ...messages };
}

/** Adds English strings that load with one surface's code (the admin page's, i18n/admin.ts). */
export function registerEnglish(messages: Messages): void {
  Object.assign(english, messages);
}

/** The string for `key` in the current locale, with its `{name}` parameters filled in; the key itself if no table has it. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = current[key] ?? english[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
