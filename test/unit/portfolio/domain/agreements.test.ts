import { agreementState, daysLeft } from '#portfolio/domain/agreements';
import { addDays } from '#portfolio/domain/dates';
import { AGREEMENT_EXPIRY_WARNING_DAYS } from '#portfolio/domain/profile';

const TODAY = '2026-11-15';

describe('agreement expiry', () => {
  const ending = (days: number) => ({ startDate: '2025-01-01', endDate: addDays(TODAY, days) });

  it(`flags an agreement whose last day is at most ${AGREEMENT_EXPIRY_WARNING_DAYS} days away`, () => {
    expect(agreementState(ending(AGREEMENT_EXPIRY_WARNING_DAYS + 1), TODAY)).toBe('active');
    expect(agreementState(ending(AGREEMENT_EXPIRY_WARNING_DAYS), TODAY)).toBe('ending-soon');
    expect(agreementState(ending(0), TODAY)).toBe('ending-soon');
    expect(agreementState(ending(-1), TODAY)).toBe('ended');
    expect(daysLeft(ending(12), TODAY)).toBe(12);
  });

  it('tells an agreement that has not started from a running one, unless it ends within the window anyway', () => {
    expect(agreementState({ startDate: '2027-01-01', endDate: '2028-01-01' }, TODAY)).toBe('upcoming');
    expect(agreementState({ startDate: '2026-12-01', endDate: '2026-12-31' }, TODAY)).toBe('ending-soon');
  });

  it('takes another window where the caller gives one (the health thresholds)', () => {
    expect(agreementState(ending(40), TODAY, 30)).toBe('active');
    expect(agreementState(ending(30), TODAY, 30)).toBe('ending-soon');
  });

  it('counts across leap days and year ends', () => {
    expect(daysLeft({ endDate: '2028-03-01' }, '2028-02-28')).toBe(2);
    expect(daysLeft({ endDate: '2027-01-01' }, '2026-12-31')).toBe(1);
  });
});
