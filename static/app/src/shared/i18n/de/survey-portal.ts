import type { enSurveyPortal } from '../en-survey-portal';
import type { Translation } from '../index';

const table = {
  'survey.portal.none': 'Zu dieser Anfrage gibt es keine Umfrage zu beantworten.',
  'survey.portal.title': 'Zufriedenheitsumfrage',
  'survey.portal.required': '(Pflichtfrage)',
  'survey.portal.requiredNote': 'Mit * markierte Fragen müssen beantwortet werden.',
  'survey.portal.requiredNoteOpenUntil': 'Mit * markierte Fragen müssen beantwortet werden. Geöffnet bis {date}.',
  'survey.portal.pleaseAnswer': 'Bitte beantworten Sie diese Frage.',
  'survey.portal.tooLong': 'Bitte beschränken Sie sich auf {max} Zeichen (derzeit {length}).',
  'survey.portal.characters': '{length} von {max} Zeichen',
  'survey.portal.send': 'Antworten senden',
  'survey.portal.saveChanges': 'Änderungen speichern',
  'survey.portal.sending': 'Wird gesendet …',
  'survey.portal.thanks': 'Vielen Dank für Ihre Antworten.',
  'survey.portal.thanksAnonymous': 'Vielen Dank: Ihre Antworten sind anonym.',
  'survey.portal.editUntil': 'Sie können sie bis {time} ändern.',
  'survey.portal.change': 'Antworten ändern',
  'survey.portal.cancelChange': 'Antworten beibehalten',
  'survey.portal.answered': 'Diese Umfrage wurde beantwortet. Vielen Dank.',
  'survey.portal.expired': 'Diese Umfrage wurde am {date} geschlossen.',
  'survey.portal.anonymous': 'Ihre Antworten sind anonym: Das Team sieht sie, aber nicht, von wem sie stammen.',
  'survey.portal.fix': 'Einige Antworten brauchen Ihre Aufmerksamkeit.',
} satisfies Translation<typeof enSurveyPortal>;

export default table;
