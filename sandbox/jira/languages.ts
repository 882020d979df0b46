/**
 * The languages a sandbox user can choose in the header, as Jira's locale codes (a user's
 * `locale` in Jira's user and myself calls). Jira offers more; these are the ones the demo tenant's
 * people speak; French shows what an app does with a language it does not have, and `en_XA`, the
 * usual pseudo-locale code, lets an app show accented, longer strings to find layout problems.
 */
export const SANDBOX_LANGUAGES: readonly { locale: string; name: string }[] = [
  { locale: 'en_US', name: 'English' },
  { locale: 'de_DE', name: 'Deutsch' },
  { locale: 'es_ES', name: 'Español' },
  { locale: 'zh_CN', name: '中文（简体）' },
  { locale: 'in_ID', name: 'Bahasa Indonesia' },
  { locale: 'fr_FR', name: 'Français' },
  { locale: 'en_XA', name: 'Pseudo-locale (en_XA)' },
];

export const languageName = (locale: string): string => SANDBOX_LANGUAGES.find((l) => l.locale === locale)?.name ?? locale;
