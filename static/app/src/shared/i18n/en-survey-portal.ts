/**
 * English strings around the survey on the customer portal (the questions themselves come in the
 * customer's language from the questionnaire). Loaded with the portal survey's code.
 */
export const enSurveyPortal = {
  'survey.portal.none': 'There is no survey to answer for this request.',
  'survey.portal.required': 'required',
  'survey.portal.requiredNote': 'Questions marked * need an answer.',
  'survey.portal.pleaseAnswer': 'Please answer this question.',
  'survey.portal.tooLong': 'Please keep this to {max} characters (now {length}).',
  'survey.portal.characters': '{length} of {max} characters',
  'survey.portal.send': 'Send my answers',
  'survey.portal.saveChanges': 'Save my changes',
  'survey.portal.sending': 'Sending…',
  'survey.portal.thanks': 'Thank you for your answers.',
  'survey.portal.thanksAnonymous': 'Thank you: your answers are anonymous.',
  'survey.portal.editUntil': 'You can change them until {time}.',
  'survey.portal.change': 'Change my answers',
  'survey.portal.cancelChange': 'Keep my answers',
  'survey.portal.answered': 'This survey has been answered. Thank you.',
  'survey.portal.expired': 'This survey closed on {date}.',
  'survey.portal.anonymous': 'Your answers are anonymous: the team sees them, but not who gave them.',
  'survey.portal.openUntil': 'Open until {date}.',
  'survey.portal.fix': 'Some answers need your attention.',
} as const;
