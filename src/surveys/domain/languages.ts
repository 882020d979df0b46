import { LOCALE_NAMES, LOCALES, pickLocale, SOURCE_LOCALE, type Locale } from '#kernel/locales';

/**
 * The languages a questionnaire's texts can be written in (the app's own, kernel/locales.ts), and
 * how a customer's locale picks one. English is the language every questionnaire has, and the one
 * a customer whose language the questionnaire lacks sees.
 */
export const SURVEY_LANGUAGES = LOCALES;
export type SurveyLanguage = Locale;
export const BASE_LANGUAGE: SurveyLanguage = SOURCE_LOCALE;

/** Names of the languages in themselves, for the admin page's language choice. */
export const LANGUAGE_NAMES: Readonly<Record<SurveyLanguage, string>> = LOCALE_NAMES;

/**
 * The questionnaire language for a Jira or Forge locale (`de_DE`, `de-AT`, `zh-CN`, `in_ID`): the
 * app's language for that locale (`pickLocale`, the choice the portal's strings and the comments
 * to the customer make too) when the questionnaire has it, else English.
 */
export function pickLanguage(locale: string | null | undefined, available: readonly SurveyLanguage[]): SurveyLanguage {
  const language = pickLocale(locale?.trim());
  return available.includes(language) ? language : BASE_LANGUAGE;
}
