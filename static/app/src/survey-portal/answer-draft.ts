import type { PortalSurveyView, PresentedQuestionView } from '#surveys/portal-contract';
import { QUESTIONNAIRE_LIMITS } from '#surveys/portal-contract';

/** Answers being given, by question id; a question without an answer is absent. */
export type AnswerDraft = Record<string, number | boolean | string>;

/** The page's own checks before sending: required questions answered, text within its limit. */
export type DraftProblem = { kind: 'required' } | { kind: 'too-long'; length: number; max: number };

export function draftProblems(questions: readonly PresentedQuestionView[], draft: AnswerDraft): Map<string, DraftProblem> {
  const problems = new Map<string, DraftProblem>();
  for (const q of questions) {
    const value = draft[q.id];
    const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (blank) {
      if (q.required) problems.set(q.id, { kind: 'required' });
      continue;
    }
    if (typeof value === 'string' && value.trim().length > QUESTIONNAIRE_LIMITS.textAnswerLength)
      problems.set(q.id, { kind: 'too-long', length: value.trim().length, max: QUESTIONNAIRE_LIMITS.textAnswerLength });
  }
  return problems;
}

/** What is sent: the answers, blank text left out. */
export function answersOf(draft: AnswerDraft): AnswerDraft {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')));
}

export const initialDraft = (survey: PortalSurveyView): AnswerDraft => ({ ...(survey.answers ?? {}) });
