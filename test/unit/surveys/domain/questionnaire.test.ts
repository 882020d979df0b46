import { checkAnswers, commentOf, scoresOf } from '#surveys/domain/answers';
import { DEFAULT_QUESTIONNAIRE } from '#surveys/domain/default-questionnaire';
import { pickLanguage, SURVEY_LANGUAGES } from '#surveys/domain/languages';
import { inLanguage, languagesOf, questionnaireDefinition, type QuestionnaireDefinition } from '#surveys/domain/questionnaire';

const problemsOf = (definition: unknown): string[] => {
  const parsed = questionnaireDefinition.safeParse(definition);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the default questionnaire', () => {
  it('is a valid questionnaire, complete in English, German, Spanish, Simplified Chinese and Indonesian', () => {
    expect(problemsOf(DEFAULT_QUESTIONNAIRE)).toEqual([]);
    expect(languagesOf(DEFAULT_QUESTIONNAIRE)).toEqual([...SURVEY_LANGUAGES]);
  });

  it('covers overall satisfaction, the hard and soft facts, NPS and a comment', () => {
    const kinds = DEFAULT_QUESTIONNAIRE.questions.map((q) => (q.overall ? 'overall' : q.kind === 'rating' ? q.dimensionId : q.kind));
    expect(kinds).toEqual(['overall', 'quality', 'speed', 'value', 'friendliness', 'orientation', 'nps', 'ces', 'text']);
    expect(DEFAULT_QUESTIONNAIRE.dimensions.map((d) => [d.id, d.kind])).toEqual([
      ['quality', 'hard'],
      ['speed', 'hard'],
      ['value', 'hard'],
      ['friendliness', 'soft'],
      ['orientation', 'soft'],
    ]);
  });
});

describe('questionnaire rules', () => {
  const edit = (change: (d: QuestionnaireDefinition) => void): QuestionnaireDefinition => {
    const copy = structuredClone(DEFAULT_QUESTIONNAIRE);
    change(copy);
    return copy;
  };

  it('refuses a rating tied to no dimension, or to one that does not exist', () => {
    expect(problemsOf(edit((d) => delete d.questions[1]?.dimensionId))).toEqual([
      'questions.1.dimensionId: is required for a rating that is not the overall satisfaction',
    ]);
    expect(problemsOf(edit((d) => d.questions[1] && (d.questions[1].dimensionId = 'nope')))).toEqual([
      'questions.1.dimensionId: nope is not a dimension of this questionnaire',
    ]);
  });

  it('refuses two NPS questions, duplicate ids and a question without English', () => {
    expect(problemsOf(edit((d) => d.questions.push({ id: 'again', kind: 'nps', required: false, text: { en: 'Again?' } })))).toEqual([
      'questions.9.kind: a questionnaire has at most one NPS question',
    ]);
    expect(problemsOf(edit((d) => d.questions[2] && (d.questions[2].id = 'overall')))).toContain('questions.2.id: overall is used by another question');
    expect(problemsOf(edit((d) => d.questions[0] && (d.questions[0].text = { de: 'Nur Deutsch' })))).toEqual([
      'questions.0.text.en: needs an English text (en)',
    ]);
  });
});

describe('answers', () => {
  const complete = { overall: 4, quality: 5, speed: 3, friendliness: 5, orientation: 4, recommend: 9 };

  it('takes a complete set and reads its scores', () => {
    const checked = checkAnswers(DEFAULT_QUESTIONNAIRE, { ...complete, comment: '  Quick and kind.  ', effort: 6 });
    expect(checked).toEqual({ ok: true, answers: { ...complete, effort: 6, comment: 'Quick and kind.' } });
    if (!checked.ok) return;
    expect(scoresOf(DEFAULT_QUESTIONNAIRE, checked.answers)).toEqual({
      overall: 4,
      nps: 9,
      npsCategory: 'promoter',
      ces: 6,
      dimensions: { quality: 5, speed: 3, friendliness: 5, orientation: 4 },
    });
    expect(commentOf(DEFAULT_QUESTIONNAIRE, checked.answers)).toBe('Quick and kind.');
  });

  it('names the question of an out-of-range score, an unknown question and a missing required answer', () => {
    expect(checkAnswers(DEFAULT_QUESTIONNAIRE, { ...complete, overall: 6, speed: 2.5, recommend: undefined, bogus: 1 })).toEqual({
      ok: false,
      problems: [
        { questionId: 'bogus', message: 'is not a question of this survey' },
        { questionId: 'overall', message: 'must be a whole number from 1 to 5' },
        { questionId: 'speed', message: 'must be a whole number from 1 to 5' },
        { questionId: 'recommend', message: 'is required' },
      ],
    });
  });

  it('refuses text over the limit rather than cutting it', () => {
    expect(checkAnswers(DEFAULT_QUESTIONNAIRE, { ...complete, comment: 'x'.repeat(1001) })).toEqual({
      ok: false,
      problems: [{ questionId: 'comment', message: 'must be at most 1000 characters' }],
    });
  });
});

describe('the customer’s language', () => {
  const all = [...SURVEY_LANGUAGES];
  it('is the questionnaire’s when it has it, English otherwise', () => {
    expect(pickLanguage('de_DE', all)).toBe('de');
    expect(pickLanguage('de-AT', all)).toBe('de');
    expect(pickLanguage('es_MX', all)).toBe('es');
    expect(pickLanguage('zh_CN', all)).toBe('zh-CN');
    expect(pickLanguage('zh-TW', all)).toBe('en');
    expect(pickLanguage('id-ID', all)).toBe('id');
    expect(pickLanguage('fr_FR', all)).toBe('en');
    expect(pickLanguage('de_DE', ['en'])).toBe('en');
    expect(pickLanguage(undefined, all)).toBe('en');
  });

  it('a text missing in a language shows in English', () => {
    expect(inLanguage({ en: 'Hello' }, 'de')).toBe('Hello');
    expect(inLanguage({ en: 'Hello', de: 'Hallo' }, 'de')).toBe('Hallo');
  });
});
