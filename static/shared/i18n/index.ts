import { en, type MessageKey } from './en';

export type { MessageKey } from './en';

/** A translated table: every key optional, so a locale can be added one string at a time. */
export type Messages = Partial<Record<MessageKey, string>>;

/** Locales besides English, by Forge locale code (`de-DE`) or language (`de`). */
const locales: Record<string, Messages> = {};

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

/** The string for `key` in the current locale, with its `{name}` parameters filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = current[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
