import { QUESTIONNAIRE_LIMITS, type Question, type QuestionKind, type QuestionnaireDefinition } from './questionnaire';
import { npsCategory, onScale, SCALES, type NpsCategory } from './scoring';

/** An answer as the portal form sends it: a number for scales, true/false for yes/no, text for free text. */
export type AnswerValue = number | boolean | string;
export type Answers = Record<string, AnswerValue>;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

const SCALE_OF: Partial<Record<QuestionKind, keyof typeof SCALES>> = { rating: 'rating', nps: 'nps', ces: 'ces' };

const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function problemOf(question: Question, value: AnswerValue): string | undefined {
  const scale = SCALE_OF[question.kind];
  if (scale) {
    const { min, max } = SCALES[scale];
    return typeof value === 'number' && onScale(scale, value) ? undefined : `must be a whole number from ${min} to ${max}`;
  }
  if (question.kind === 'yes-no') return typeof value === 'boolean' ? undefined : 'must be yes or no (true or false)';
  if (typeof value !== 'string') return 'must be text';
  return value.trim().length > QUESTIONNAIRE_LIMITS.textAnswerLength ? `must be at most ${QUESTIONNAIRE_LIMITS.textAnswerLength} characters` : undefined;
}

/**
 * The answers checked against the questionnaire version they answer: every id must be one of its
 * questions, every required question answered, every value on its question's scale, and free text
 * within its limit (longer text is refused, not cut). Blank text counts as no answer.
 */
export function checkAnswers(
  definition: Pick<QuestionnaireDefinition, 'questions'>,
  raw: Readonly<Record<string, unknown>>,
): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const byId = new Map(definition.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(raw)) if (!byId.has(id)) problems.push({ questionId: id, message: 'is not a question of this survey' });
  const answers: Answers = {};
  for (const question of definition.questions) {
    const value = raw[question.id];
    if (isBlank(value)) {
      if (question.required) problems.push({ questionId: question.id, message: 'is required' });
      continue;
    }
    if (typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'string') {
      problems.push({ questionId: question.id, message: 'must be a number, true or false, or text' });
      continue;
    }
    const problem = problemOf(question, value);
    if (problem) problems.push({ questionId: question.id, message: problem });
    else answers[question.id] = typeof value === 'string' ? value.trim() : value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

/** What a response says in numbers: the overall satisfaction, NPS and CES answers, and the ratings by dimension. */
export interface ResponseScores {
  overall?: number;
  nps?: number;
  npsCategory?: NpsCategory;
  ces?: number;
  dimensions: Record<string, number>;
}

export function scoresOf(definition: Pick<QuestionnaireDefinition, 'questions'>, answers: Readonly<Answers>): ResponseScores {
  const scores: ResponseScores = { dimensions: {} };
  for (const question of definition.questions) {
    const value = answers[question.id];
    if (typeof value !== 'number') continue;
    if (question.kind === 'rating' && question.overall === true) scores.overall = value;
    else if (question.kind === 'rating' && question.dimensionId !== undefined) scores.dimensions[question.dimensionId] = value;
    else if (question.kind === 'nps') {
      scores.nps = value;
      scores.npsCategory = npsCategory(value);
    } else if (question.kind === 'ces') scores.ces = value;
  }
  return scores;
}

/** The free-text answers, in the questionnaire's order: what agents read as the customer's comment. */
export function commentOf(definition: Pick<QuestionnaireDefinition, 'questions'>, answers: Readonly<Answers>): string | null {
  const texts = definition.questions.flatMap((q) => {
    const value = answers[q.id];
    return q.kind === 'text' && typeof value === 'string' && value !== '' ? [value] : [];
  });
  return texts.length > 0 ? texts.join('\n\n') : null;
}
