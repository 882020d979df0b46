import fc from 'fast-check';
import { questionnaireDefinition } from '#surveys/admin-contract';
import { DEFAULT_QUESTIONNAIRE } from '#surveys/domain/default-questionnaire';
import {
  addQuestion,
  changeKind,
  moveUp,
  newIdProblem,
  removeDimension,
  setOverall,
  withText,
} from '../../../../../../static/app/src/admin-page/surveys/questionnaires/definition-edits';

const valid = (definition: unknown) => questionnaireDefinition.safeParse(definition).success;

describe('the questionnaire editor’s edits', () => {
  it('start from a definition the schema accepts', () => {
    expect(valid(DEFAULT_QUESTIONNAIRE)).toBe(true);
  });

  it('remove a translation when its text is emptied, but keep English for the schema to refuse', () => {
    expect(withText({ en: 'Speed', de: 'Tempo' }, 'de', '')).toEqual({ en: 'Speed' });
    expect(withText({ en: 'Speed' }, 'en', '')).toEqual({ en: '' });
    const renamed = { ...DEFAULT_QUESTIONNAIRE, intro: withText(DEFAULT_QUESTIONNAIRE.intro, 'en', '') };
    expect(valid(renamed)).toBe(false);
  });

  it('refuse ids that are not slugs or are taken', () => {
    expect(newIdProblem('speed', ['quality'])).toBeUndefined();
    expect(newIdProblem('quality', ['quality'])).toBe('taken');
    expect(newIdProblem('Speed!', [])).toBe('invalid');
  });

  it('add a rating tied to the first dimension, which saves once its English text is written', () => {
    const added = addQuestion(DEFAULT_QUESTIONNAIRE, 'extra', 'yes-no');
    expect(added.questions.at(-1)).toEqual({ id: 'extra', kind: 'yes-no', required: false, text: { en: '' } });
    expect(valid(added)).toBe(false);
    const written = { ...added, questions: added.questions.map((q) => (q.id === 'extra' ? { ...q, text: { en: 'Did we call you back?' } } : q)) };
    expect(valid(written)).toBe(true);
  });

  it('drop the dimension when a rating becomes another kind, and tie it again when it becomes a rating', () => {
    const rating = { id: 'q', kind: 'rating' as const, dimensionId: 'quality', required: true, text: { en: 'Q' } };
    expect(changeKind(rating, 'text', 'quality')).toEqual({ id: 'q', kind: 'text', required: true, text: { en: 'Q' } });
    expect(changeKind(changeKind(rating, 'text', 'quality'), 'rating', 'speed')).toMatchObject({ kind: 'rating', dimensionId: 'speed' });
    expect(setOverall(rating, true, 'quality')).toEqual({ id: 'q', kind: 'rating', overall: true, required: true, text: { en: 'Q' } });
    expect(setOverall(setOverall(rating, true, 'quality'), false, 'speed')).toMatchObject({ dimensionId: 'speed' });
  });

  it('untie the ratings of a removed dimension, so the definition is refused until they are tied again', () => {
    const [first] = DEFAULT_QUESTIONNAIRE.dimensions;
    expect(first).toBeDefined();
    if (!first) return;
    const removed = removeDimension(DEFAULT_QUESTIONNAIRE, first.id);
    expect(removed.dimensions.map((d) => d.id)).not.toContain(first.id);
    expect(removed.questions.some((q) => q.dimensionId === first.id)).toBe(false);
    expect(valid(removed)).toBe(false);
  });

  it('move a question up without losing or doubling any', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 10 }), fc.integer({ min: -1, max: 11 }), (items, index) => {
        const moved = moveUp(items, index);
        expect([...moved].sort()).toEqual([...items].sort());
        if (index > 0 && index < items.length) expect(moved[index - 1]).toBe(items[index]);
        else expect(moved).toEqual(items);
      }),
    );
  });
});
