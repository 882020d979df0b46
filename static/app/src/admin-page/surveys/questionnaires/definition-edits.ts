import { SLUG_PATTERN, type LocalizedText, type Question, type QuestionKind, type QuestionnaireDefinition, type SurveyLanguage } from '#surveys/admin-contract';

/** Pure edits of a questionnaire definition, as the editor makes them. */

/** A text with `language` set to `value`; an empty value removes a translation (English stays, even empty, for the backend to refuse). */
export function withText(texts: LocalizedText, language: SurveyLanguage, value: string): LocalizedText {
  const next: LocalizedText = { ...texts };
  if (value === '' && language !== 'en') delete next[language];
  else next[language] = value;
  return next;
}

export const newIdProblem = (id: string, taken: readonly string[]): 'invalid' | 'taken' | undefined =>
  !SLUG_PATTERN.test(id) ? 'invalid' : taken.includes(id) ? 'taken' : undefined;

export function addQuestion(definition: QuestionnaireDefinition, id: string, kind: QuestionKind): QuestionnaireDefinition {
  const question: Question = { id, kind, required: false, text: { en: '' }, ...(kind === 'rating' ? { dimensionId: definition.dimensions[0]?.id } : {}) };
  return { ...definition, questions: [...definition.questions, question] };
}

export function changeKind(question: Question, kind: QuestionKind, firstDimension: string | undefined): Question {
  const { dimensionId: _dimension, overall: _overall, ...rest } = question;
  return kind === 'rating' ? { ...rest, kind, ...(firstDimension ? { dimensionId: firstDimension } : {}) } : { ...rest, kind };
}

export function setOverall(question: Question, overall: boolean, firstDimension: string | undefined): Question {
  const { dimensionId: _dimension, overall: _overall, ...rest } = question;
  return overall ? { ...rest, overall: true } : { ...rest, ...(firstDimension ? { dimensionId: firstDimension } : {}) };
}

export const moveUp = <T>(items: readonly T[], index: number): T[] => {
  if (index <= 0) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index - 1, 0, item);
  return next;
};

/** Removing a dimension also unties the ratings that counted towards it (they must be tied again before saving). */
export function removeDimension(definition: QuestionnaireDefinition, id: string): QuestionnaireDefinition {
  return {
    ...definition,
    dimensions: definition.dimensions.filter((d) => d.id !== id),
    questions: definition.questions.map((q) => (q.dimensionId === id ? { ...q, dimensionId: undefined } : q)),
  };
}
