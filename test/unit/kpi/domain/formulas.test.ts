import fc from 'fast-check';
import { DAY_MS } from '#kernel/periods';
import {
  EMPTY_DISTRIBUTION,
  average,
  mean,
  median,
  mergeDistributions,
  nps,
  overruns,
  ratio,
  recurrence,
  resolutionDays,
  share,
  type Distribution,
} from '#kpi/domain/formulas';

/** A distribution built from answers, as the survey aggregates keep them. */
const answers = (...values: number[]): Distribution =>
  values.reduce<Distribution>(
    (d, v) => ({ count: d.count + 1, sum: d.sum + v, buckets: { ...d.buckets, [String(v)]: (d.buckets[String(v)] ?? 0) + 1 } }),
    EMPTY_DISTRIBUTION,
  );

describe('KPI formulas', () => {
  it('CSAT % is the share of 4 and 5 answers, and the mean the average answer', () => {
    const d = answers(5, 4, 4, 3, 1);
    expect(share(d, 4)).toBe(60);
    expect(mean(d)).toBeCloseTo(3.4, 10);
  });

  it('NPS is % promoters minus % detractors', () => {
    expect(nps(answers(10, 9, 8, 7, 6, 0))).toBeCloseTo(0, 10);
    expect(nps(answers(10, 10, 9, 5))).toBe(50);
    expect(nps(answers(0, 3, 6))).toBe(-100);
  });

  it('has no value without answers, and nothing to divide by gives no ratio rather than Infinity', () => {
    expect(share(EMPTY_DISTRIBUTION, 4)).toBeNull();
    expect(mean(EMPTY_DISTRIBUTION)).toBeNull();
    expect(nps(EMPTY_DISTRIBUTION)).toBeNull();
    expect(ratio(3, 0, 100)).toBeNull();
    expect(ratio(0, 0, 100)).toBeNull();
    expect(ratio(1, 4, 100)).toBe(25);
    expect(median([])).toBeNull();
    expect(average([])).toBeNull();
  });

  it('merges distributions of months, services or customers into one', () => {
    const merged = mergeDistributions(answers(5, 1), answers(5, 3));
    expect(merged).toEqual({ count: 4, sum: 14, buckets: { '5': 2, '1': 1, '3': 1 } });
    expect(mergeDistributions(EMPTY_DISTRIBUTION, EMPTY_DISTRIBUTION)).toEqual(EMPTY_DISTRIBUTION);
  });

  it('NPS lies in [-100, 100], and the mean between the smallest and largest answer (properties)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }), (values) => {
        const d = answers(...values);
        const score = nps(d) ?? Number.NaN;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
        expect(mean(d)).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(mean(d)).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        expect(nps(answers(...values, 10)) ?? 0).toBeGreaterThanOrEqual(score - 1e-9);
      }),
    );
  });

  it('resolution times are days between created and resolved, mean and median', () => {
    const days = resolutionDays([
      { created: 0, resolved: 2 * DAY_MS },
      { created: 0, resolved: 4 * DAY_MS },
      { created: DAY_MS, resolved: 11 * DAY_MS },
      { created: 0, resolved: null },
      { created: 5 * DAY_MS, resolved: DAY_MS },
    ]);
    expect(days).toEqual([2, 4, 10]);
    expect(average(days)).toBeCloseTo(16 / 3, 10);
    expect(median(days)).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('counts a complaint as recurring when the same customer raised one of the same category within 30 days before', () => {
    const period = { start: 100 * DAY_MS, end: 130 * DAY_MS };
    const c = (day: number, customerId: string | null, category: string | null) => ({ created: day * DAY_MS, customerId, category });
    const found = recurrence(
      [
        c(75, 'a', 'cost'), // before the period: a predecessor only
        c(101, 'a', 'cost'), // 26 days after: recurs
        c(102, 'a', 'speed'), // other category
        c(103, 'b', 'cost'), // other customer
        c(140, 'b', 'cost'), // after the period
        c(135, 'a', 'cost'), // after the period
        c(120, null, 'cost'), // no customer: never recurs
        c(121, null, 'cost'),
        c(129, 'b', 'cost'), // 26 days after b's: recurs
      ],
      period,
      30,
    );
    expect(found).toEqual({ complaints: 6, recurring: 2 });
    expect(recurrence([c(101, 'a', 'cost'), c(132, 'a', 'cost')], { start: 0, end: 200 * DAY_MS }, 30)).toEqual({ complaints: 2, recurring: 0 });
    expect(recurrence([], period, 30)).toEqual({ complaints: 0, recurring: 0 });
    // A zero-length period holds no complaint, whatever surrounds it.
    expect(recurrence([c(101, 'a', 'cost'), c(102, 'a', 'cost')], { start: 102 * DAY_MS, end: 102 * DAY_MS }, 30)).toEqual({ complaints: 0, recurring: 0 });
  });

  it('counts budget overruns only where both costs are known, and sums the excess', () => {
    expect(
      overruns([
        { planned: 100, actual: 150 },
        { planned: 100, actual: 100 },
        { planned: 100, actual: 80 },
        { planned: null, actual: 80 },
        { planned: 10, actual: null },
        { planned: 0, actual: 5 },
      ]),
    ).toEqual({ overruns: 2, sum: 55 });
  });
});
