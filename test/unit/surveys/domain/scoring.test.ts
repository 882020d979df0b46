import fc from 'fast-check';
import {
  addAnswer,
  combine,
  csatPercent,
  customerEffortScore,
  distributionOf,
  emptyDistribution,
  mean,
  netPromoterScore,
  npsCategory,
} from '#surveys/domain/scoring';

const npsAnswers = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const ratingAnswers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 });

describe('scoring', () => {
  it('CSAT % is the share of 4 and 5 answers, times 100, with the mean beside it', () => {
    const d = distributionOf([5, 4, 3, 1]);
    expect(csatPercent(d)).toBe(50);
    expect(mean(d)).toBe(3.25);
    expect(csatPercent(emptyDistribution())).toBeNull();
  });

  it('NPS is % promoters (9-10) minus % detractors (0-6)', () => {
    expect(netPromoterScore(distributionOf([10, 9, 8, 7, 6, 0]))).toBeCloseTo(0);
    expect(netPromoterScore(distributionOf([10, 10, 10, 0]))).toBe(50);
    expect(netPromoterScore(emptyDistribution())).toBeNull();
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('CES is the mean effort', () => {
    expect(customerEffortScore(distributionOf([7, 5, 6]))).toBe(6);
  });

  it('NPS always lies between -100 and 100', () => {
    fc.assert(
      fc.property(npsAnswers, (answers) => {
        const nps = netPromoterScore(distributionOf(answers));
        return nps === null ? answers.length === 0 : nps >= -100 && nps <= 100;
      }),
    );
  });

  it('adding a promoter never lowers NPS', () => {
    fc.assert(
      fc.property(npsAnswers, fc.integer({ min: 9, max: 10 }), (answers, promoter) => {
        const before = netPromoterScore(distributionOf(answers)) ?? -100;
        const after = netPromoterScore(addAnswer(distributionOf(answers), promoter));
        return after !== null && after >= before - 1e-9;
      }),
    );
  });

  it('the mean lies between the lowest and the highest answer', () => {
    fc.assert(
      fc.property(ratingAnswers, (answers) => {
        const m = mean(distributionOf(answers));
        return m !== null && m >= Math.min(...answers) - 1e-9 && m <= Math.max(...answers) + 1e-9;
      }),
    );
  });

  it('taking away what was added gives the distribution back', () => {
    fc.assert(
      fc.property(npsAnswers, npsAnswers, (a, b) => {
        const both = combine(distributionOf(a), distributionOf(b));
        expect(combine(both, distributionOf(b), -1)).toEqual(distributionOf(a));
      }),
    );
  });
});
