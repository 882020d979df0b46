import type { enSurveyPortal } from '../en-survey-portal';
import type { Translation } from '../index';

const table = {
  'survey.portal.none': 'No hay ninguna encuesta que responder para esta solicitud.',
  'survey.portal.title': 'Encuesta de satisfacción',
  'survey.portal.required': '(obligatoria)',
  'survey.portal.requiredNote': 'Las preguntas marcadas con * requieren una respuesta.',
  'survey.portal.requiredNoteOpenUntil': 'Las preguntas marcadas con * requieren una respuesta. Abierta hasta el {date}.',
  'survey.portal.pleaseAnswer': 'Responda a esta pregunta.',
  'survey.portal.tooLong': 'Limite la respuesta a {max} caracteres (ahora tiene {length}).',
  'survey.portal.characters': '{length} de {max} caracteres',
  'survey.portal.send': 'Enviar mis respuestas',
  'survey.portal.saveChanges': 'Guardar mis cambios',
  'survey.portal.sending': 'Enviando…',
  'survey.portal.thanks': 'Gracias por sus respuestas.',
  'survey.portal.thanksAnonymous': 'Gracias: sus respuestas son anónimas.',
  'survey.portal.editUntil': 'Puede cambiarlas hasta el {time}.',
  'survey.portal.change': 'Cambiar mis respuestas',
  'survey.portal.cancelChange': 'Mantener mis respuestas',
  'survey.portal.answered': 'Esta encuesta ya se ha respondido. Gracias.',
  'survey.portal.expired': 'Esta encuesta se cerró el {date}.',
  'survey.portal.anonymous': 'Sus respuestas son anónimas: el equipo las ve, pero no sabe quién las ha dado.',
  'survey.portal.fix': 'Algunas respuestas requieren su atención.',
} satisfies Translation<typeof enSurveyPortal>;

export default table;
