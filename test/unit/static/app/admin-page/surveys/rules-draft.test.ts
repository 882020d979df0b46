import fc from 'fast-check';
import { surveyRules } from '#surveys/admin-contract';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { draftOf, rulesOf } from '../../../../../../static/app/src/admin-page/surveys/rules/rules-draft';

describe('the survey rules draft', () => {
  it('gives back the rules it was made of', () => {
    expect(rulesOf(draftOf(DEFAULT_RULES))).toEqual({ ok: true, rules: DEFAULT_RULES });
  });

  it('names every number field whose text is not a whole number, and the required ones left empty', () => {
    expect(rulesOf({ ...draftOf(DEFAULT_RULES), delayHours: '', sampleRate: '50%', cap: '', reminderDays: '-1' })).toEqual({
      ok: false,
      fields: ['delayHours', 'sampleRate', 'reminderDays'],
    });
  });

  it('takes an empty optional field as no limit', () => {
    const parsed = rulesOf({ ...draftOf({ ...DEFAULT_RULES, maxPerCustomer30Days: 3 }), cap: '', overallAtOrBelow: '' });
    expect(parsed.ok && [parsed.rules.maxPerCustomer30Days, parsed.rules.followUp.overallAtOrBelow]).toEqual([null, null]);
  });

  it('sends numbers the schema judges, never text', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), (sampleRate, expiryDays) => {
        const parsed = rulesOf({ ...draftOf(DEFAULT_RULES), sampleRate: String(sampleRate), expiryDays: String(expiryDays) });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const valid = surveyRules.safeParse(parsed.rules).success;
        expect(valid).toBe(
          sampleRate <= 100 && expiryDays >= 1 && expiryDays <= 90 && (parsed.rules.reminderDays === null || parsed.rules.reminderDays < expiryDays),
        );
      }),
    );
  });
});
