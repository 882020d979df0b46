import { pickLocale, SOURCE_LOCALE, type Locale, type TranslatedLocale } from '#kernel/locales';
import { en, type MessageKey } from './en';
import { COMMON_TRANSLATIONS } from './common-translations';
import { formatMessage, type MessageParams } from '#kernel/message-format';

export type { MessageKey } from './en';
export type { MessageParams } from '#kernel/message-format';

/** A table's strings by key; English tables are complete, the others are checked against them. */
export type Messages = Partial<Record<MessageKey, string>>;

/** A locale's table for an English table: exactly its keys (`satisfies Translation<typeof enX>`). */
export type Translation<English> = { readonly [K in keyof English]: string };

/** Where each translated locale's table of one area lives: a chunk the viewer's locale alone downloads. */
export type AreaTranslations = Readonly<Record<TranslatedLocale, () => Promise<{ default: Messages }>>>;

/** The English strings loaded so far: the common and issue ones, then those a surface's code adds. */
const english: Messages = { ...en };
let locale: Locale = SOURCE_LOCALE;
/** The pseudo-locale's transformation (pseudo.ts), downloaded only by a viewer who reads `en-XA`. */
let pseudo: ((english: string) => string) | undefined;

/** Whether Forge's locale is the pseudo-locale `en-XA` (`en_XA`). */
export const isPseudoLocale = (raw: string | undefined): boolean => (raw ?? '').replace('_', '-').toLowerCase() === 'en-xa';
let translated: Messages = {};
const pending = new Set<Promise<void>>();

/** The viewer's locale, one of the app's (kernel/locales.ts). */
export const currentLocale = (): Locale => locale;

function load(translations: AreaTranslations): void {
  if (locale === SOURCE_LOCALE) return;
  const loading = translations[locale]()
    .then((table) => {
      translated = { ...translated, ...table.default };
    })
    // A table that cannot be downloaded leaves its strings in English rather than the frame blank.
    .catch(() => undefined)
    .finally(() => pending.delete(loading));
  pending.add(loading);
}

/**
 * Picks the viewer's locale from Forge's context (`de_DE`, `zh-CN`) and loads its common table;
 * a locale the app does not speak reads English, and `en-XA` the pseudo-locale (pseudo.ts).
 * Resolves when the strings are there.
 */
export async function setLocale(raw: string | undefined): Promise<void> {
  locale = pickLocale(raw);
  translated = {};
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  pseudo = isPseudoLocale(raw) ? (await import('./pseudo').catch(() => undefined))?.pseudoTemplate : undefined;
  load(COMMON_TRANSLATIONS);
  await stringsReady();
}

/**
 * Adds an area's strings when a surface's code loads (the admin page's, the register's): its
 * English table now, and the viewer's locale's table from its own chunk. The shell renders a
 * surface once `stringsReady()` resolves.
 */
export function registerArea(englishTable: Messages, translations: AreaTranslations): void {
  Object.assign(english, englishTable);
  load(translations);
}

/** Resolves when every table asked for so far has arrived (or failed and left English). */
export async function stringsReady(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/**
 * The string for `key` in the viewer's locale, English when its table lacks it, the key itself if
 * no table has it; `{name}` parameters and plurals filled in for that locale (message-format.ts).
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const source = english[key];
  const template = translated[key] ?? (pseudo && source !== undefined ? pseudo(source) : source) ?? key;
  return formatMessage(template, params, locale);
}
