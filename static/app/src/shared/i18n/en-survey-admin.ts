/** English strings of the admin page's Surveys tab, loaded with its code (i18n/survey-admin.ts). */
export const enSurveyAdmin = {
  'surveys.tab': 'Surveys',
} as const;
