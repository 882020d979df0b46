/**
 * The terms a questionnaire (questionnaire.ts) is defined in: the kinds of its dimensions and
 * questions, and its limits; apart from its schemas, so that a contract can name them without
 * bundling those.
 */

/** A dimension is a hard or a soft fact, as ITIL's satisfaction questionnaire has them. */
export const DIMENSION_KINDS = ['hard', 'soft'] as const;
export type DimensionKind = (typeof DIMENSION_KINDS)[number];

/**
 * Question kinds: a 1-5 rating tied to a dimension (or the overall satisfaction), the 0-10
 * recommendation (NPS), the 1-7 effort (CES), yes/no and free text.
 */
export const QUESTION_KINDS = ['rating', 'nps', 'ces', 'yes-no', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTIONNAIRE_LIMITS = {
  nameLength: 100,
  questionTextLength: 300,
  labelLength: 60,
  dimensions: 12,
  questions: 20,
  textQuestions: 2,
  /** Characters of a free-text answer: longer answers are refused, never cut. */
  textAnswerLength: 1000,
} as const;
