/**
 * The terms the surveys' contracts share with the domain: the kinds of a questionnaire's dimensions
 * and questions and its limits (questionnaire.ts), and what the follow-up on a low score does
 * (survey-rules.ts); apart from the domain's schemas, so that a contract can name them without
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

/** The follow-up on a low score raises a complaint, or notifies the customer's owner. */
export const FOLLOW_UP_ACTIONS = ['complaint', 'notify-owner'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];
