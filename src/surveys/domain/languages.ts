/**
 * The languages a questionnaire's texts can be written in, and how a customer's locale picks one.
 * English is the language every questionnaire has, and the one a customer whose language the
 * questionnaire lacks sees.
 */
export const SURVEY_LANGUAGES = ['en', 'de', 'es', 'zh-CN', 'id'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
export const BASE_LANGUAGE: SurveyLanguage = 'en';

/** Names of the languages in themselves, for the admin page and the portal's language note. */
export const LANGUAGE_NAMES: Readonly<Record<SurveyLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  'zh-CN': '简体中文',
  id: 'Bahasa Indonesia',
};

/** Chinese written in traditional characters: readers of these get English rather than Simplified Chinese. */
const TRADITIONAL_CHINESE = /^zh-(tw|hk|mo|hant)/;

/**
 * The questionnaire language for a Jira or Forge locale (`de_DE`, `de-AT`, `zh-CN`, `id-ID`):
 * the language itself when the questionnaire has it, else English. Region variants read the
 * language's text (`es-MX` reads `es`); Traditional Chinese locales read English.
 */
export function pickLanguage(locale: string | null | undefined, available: readonly SurveyLanguage[]): SurveyLanguage {
  const normalised = (locale ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (normalised === '') return BASE_LANGUAGE;
  const exact = available.find((l) => l.toLowerCase() === normalised);
  if (exact) return exact;
  if (TRADITIONAL_CHINESE.test(normalised)) return BASE_LANGUAGE;
  const base = normalised.split('-')[0];
  return available.find((l) => l.toLowerCase().split('-')[0] === base) ?? BASE_LANGUAGE;
}
