import type { SurveyLanguage } from './languages';
import { inLanguage, type QuestionKind, type QuestionnaireDefinition } from './questionnaire';
import { SCALES } from './scoring';

/** A question as the customer sees it, in one language. */
export interface PresentedQuestion {
  id: string;
  kind: QuestionKind;
  required: boolean;
  text: string;
  /** The dimension a rating counts towards, named in the same language. */
  dimension: string | null;
  /** For scales: the range and what its ends say. */
  scale: { min: number; max: number; low: string; high: string } | null;
}

export interface PresentedQuestionnaire {
  name: string;
  intro: string;
  questions: PresentedQuestion[];
  yes: string;
  no: string;
}

/** The questionnaire in `language` (texts it lacks in that language show in English). */
export function presentQuestionnaire(definition: QuestionnaireDefinition, language: SurveyLanguage): PresentedQuestionnaire {
  const t = (texts: Parameters<typeof inLanguage>[0]) => inLanguage(texts, language);
  const labels = definition.scaleLabels;
  return {
    name: definition.name,
    intro: t(definition.intro),
    yes: t(labels.yes),
    no: t(labels.no),
    questions: definition.questions.map((q) => {
      const dimension = q.dimensionId === undefined ? undefined : definition.dimensions.find((d) => d.id === q.dimensionId);
      const scaleKind = q.kind === 'rating' || q.kind === 'nps' || q.kind === 'ces' ? q.kind : undefined;
      return {
        id: q.id,
        kind: q.kind,
        required: q.required,
        text: t(q.text),
        dimension: dimension ? t(dimension.label) : null,
        scale: scaleKind ? { ...SCALES[scaleKind], low: t(labels[scaleKind].low), high: t(labels[scaleKind].high) } : null,
      };
    }),
  };
}
