import { z } from 'zod';
import { BASE_LANGUAGE, SURVEY_LANGUAGES, type SurveyLanguage } from './languages';
import { DIMENSION_KINDS, QUESTION_KINDS, QUESTIONNAIRE_LIMITS } from './survey-terms';

/**
 * A questionnaire: dimensions (each a hard or a soft fact, as ITIL's satisfaction questionnaire
 * has them), questions, and the labels of its scales, with every text per language. What is
 * versioned (see versioning.ts) is this definition.
 */

/** The id of the questionnaire the app ships with (default-questionnaire.ts); it is published as version 1 on first use. */
export const DEFAULT_QUESTIONNAIRE_ID = 'default';

export { DIMENSION_KINDS, QUESTION_KINDS, QUESTIONNAIRE_LIMITS, type DimensionKind, type QuestionKind } from './survey-terms';

/** Ids of questions and dimensions: short slugs, stable across versions (aggregates key on them). */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const slug = z
  .string({ error: 'must be a string' })
  .regex(SLUG_PATTERN, { error: 'must be a short id of lower-case letters, digits and dashes, starting with a letter' });

const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, { error: 'is required' })
    .max(max, { error: `must be at most ${max} characters` });

/** A text in several languages; English is required. */
export const localizedText = (max: number) =>
  z
    .partialRecord(z.enum(SURVEY_LANGUAGES, { error: `must be one of ${SURVEY_LANGUAGES.join(', ')}` }), text(max))
    .refine((texts) => texts[BASE_LANGUAGE] !== undefined, { error: 'needs an English text (en)', path: [BASE_LANGUAGE] });
export type LocalizedText = Partial<Record<SurveyLanguage, string>>;

export const dimension = z.object({
  id: slug,
  kind: z.enum(DIMENSION_KINDS, { error: 'must be hard or soft' }),
  label: localizedText(QUESTIONNAIRE_LIMITS.labelLength),
});
export type Dimension = z.infer<typeof dimension>;

export const question = z.object({
  id: slug,
  kind: z.enum(QUESTION_KINDS, { error: `must be one of ${QUESTION_KINDS.join(', ')}` }),
  /** For ratings: the dimension the answer counts towards; absent for the overall satisfaction question. */
  dimensionId: slug.optional(),
  /** The overall satisfaction question (a rating): the answer reports and JQL call "overall". */
  overall: z.boolean().optional(),
  required: z.boolean({ error: 'must be true or false' }),
  text: localizedText(QUESTIONNAIRE_LIMITS.questionTextLength),
});
export type Question = z.infer<typeof question>;

const scaleEnds = z.object({ low: localizedText(QUESTIONNAIRE_LIMITS.labelLength), high: localizedText(QUESTIONNAIRE_LIMITS.labelLength) });

/** What the ends of each scale say, and the yes/no answers, per language. */
export const scaleLabels = z.object({
  rating: scaleEnds,
  nps: scaleEnds,
  ces: scaleEnds,
  yes: localizedText(QUESTIONNAIRE_LIMITS.labelLength),
  no: localizedText(QUESTIONNAIRE_LIMITS.labelLength),
});
export type ScaleLabels = z.infer<typeof scaleLabels>;

export const questionnaireDefinition = z
  .object({
    name: text(QUESTIONNAIRE_LIMITS.nameLength),
    /** An introduction above the questions, per language. */
    intro: localizedText(QUESTIONNAIRE_LIMITS.questionTextLength),
    dimensions: z.array(dimension).max(QUESTIONNAIRE_LIMITS.dimensions, { error: `must have at most ${QUESTIONNAIRE_LIMITS.dimensions} dimensions` }),
    questions: z
      .array(question)
      .min(1, { error: 'must have at least one question' })
      .max(QUESTIONNAIRE_LIMITS.questions, { error: `must have at most ${QUESTIONNAIRE_LIMITS.questions} questions` }),
    scaleLabels,
  })
  .superRefine((definition, ctx) => {
    for (const problem of definitionProblems(definition)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinition>;

interface Problem {
  path: (string | number)[];
  message: string;
}

/** The rules between parts of a definition: unique ids, ratings tied to dimensions, one overall, NPS and CES question at most. */
export function definitionProblems(definition: Pick<QuestionnaireDefinition, 'dimensions' | 'questions'>): Problem[] {
  const problems: Problem[] = [];
  const dimensionIds = new Set<string>();
  definition.dimensions.forEach((d, i) => {
    if (dimensionIds.has(d.id)) problems.push({ path: ['dimensions', i, 'id'], message: `${d.id} is used by another dimension` });
    dimensionIds.add(d.id);
  });
  const questionIds = new Set<string>();
  const once = new Map<string, number>();
  const rated = new Set<string>();
  definition.questions.forEach((q, i) => {
    if (questionIds.has(q.id)) problems.push({ path: ['questions', i, 'id'], message: `${q.id} is used by another question` });
    questionIds.add(q.id);
    if (q.kind === 'rating' && q.overall !== true) {
      if (q.dimensionId === undefined)
        problems.push({ path: ['questions', i, 'dimensionId'], message: 'is required for a rating that is not the overall satisfaction' });
      else if (!dimensionIds.has(q.dimensionId))
        problems.push({ path: ['questions', i, 'dimensionId'], message: `${q.dimensionId} is not a dimension of this questionnaire` });
      else if (rated.has(q.dimensionId)) problems.push({ path: ['questions', i, 'dimensionId'], message: `${q.dimensionId} already has a rating question` });
      if (q.dimensionId !== undefined) rated.add(q.dimensionId);
    }
    if (q.kind !== 'rating' && q.dimensionId !== undefined) problems.push({ path: ['questions', i, 'dimensionId'], message: 'applies to ratings only' });
    if (q.overall === true && q.kind !== 'rating') problems.push({ path: ['questions', i, 'overall'], message: 'applies to ratings only' });
    if (q.overall === true && q.dimensionId !== undefined)
      problems.push({ path: ['questions', i, 'dimensionId'], message: 'the overall satisfaction is tied to no dimension' });
    const single = q.overall === true ? 'overall' : q.kind === 'nps' || q.kind === 'ces' ? q.kind : undefined;
    if (single) {
      if (once.has(single))
        problems.push({
          path: ['questions', i, single === 'overall' ? 'overall' : 'kind'],
          message: `a questionnaire has at most one ${single === 'overall' ? 'overall satisfaction' : single.toUpperCase()} question`,
        });
      once.set(single, i);
    }
  });
  const textQuestions = definition.questions.filter((q) => q.kind === 'text').length;
  if (textQuestions > QUESTIONNAIRE_LIMITS.textQuestions)
    problems.push({ path: ['questions'], message: `must have at most ${QUESTIONNAIRE_LIMITS.textQuestions} free-text questions` });
  return problems;
}

/** The languages every text of the definition is written in (English always). */
export function languagesOf(definition: QuestionnaireDefinition): SurveyLanguage[] {
  const texts: LocalizedText[] = [
    definition.intro,
    ...definition.dimensions.map((d) => d.label),
    ...definition.questions.map((q) => q.text),
    definition.scaleLabels.rating.low,
    definition.scaleLabels.rating.high,
    definition.scaleLabels.nps.low,
    definition.scaleLabels.nps.high,
    definition.scaleLabels.ces.low,
    definition.scaleLabels.ces.high,
    definition.scaleLabels.yes,
    definition.scaleLabels.no,
  ];
  return SURVEY_LANGUAGES.filter((language) => texts.every((t) => t[language] !== undefined));
}

/** A text in `language`, or English when the text lacks it. */
export const inLanguage = (texts: LocalizedText, language: SurveyLanguage): string => texts[language] ?? texts[BASE_LANGUAGE] ?? '';

/** The question that reports the overall satisfaction, the NPS and the CES, if the definition has them. */
export function keyQuestions(definition: Pick<QuestionnaireDefinition, 'questions'>): { overall?: Question; nps?: Question; ces?: Question } {
  const found: { overall?: Question; nps?: Question; ces?: Question } = {};
  for (const q of definition.questions) {
    if (q.kind === 'rating' && q.overall === true) found.overall ??= q;
    if (q.kind === 'nps') found.nps ??= q;
    if (q.kind === 'ces') found.ces ??= q;
  }
  return found;
}
