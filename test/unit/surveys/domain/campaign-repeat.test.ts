import fc from 'fast-check';
import { addMonths, CAMPAIGN_LIMITS, nextRunAfter, repeatDueAt, repeatedName, REPEAT_LIMITS, type CampaignRecord } from '#surveys/domain/campaign';

const record = (changes: Partial<CampaignRecord>): Pick<CampaignRecord, 'status' | 'jobId' | 'previousId' | 'createdAt' | 'repeat' | 'repeatedBy'> => ({
  status: 'sent',
  jobId: 'job-1',
  previousId: null,
  createdAt: '2026-01-15T09:00:00.000Z',
  repeat: null,
  repeatedBy: null,
  ...changes,
});
const repeat = { everyMonths: 3, seriesName: 'Key accounts', nextAt: '2026-04-15T09:00:00.000Z', setBy: 'admin' };

describe('adding months', () => {
  it('keeps the day and time, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-01-15T09:30:00.000Z', 3)).toBe('2026-04-15T09:30:00.000Z');
    expect(addMonths('2026-01-31T09:00:00.000Z', 1)).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths('2028-01-31T09:00:00.000Z', 1)).toBe('2028-02-29T09:00:00.000Z');
    expect(addMonths('2026-11-30T23:00:00.000Z', 3)).toBe('2027-02-28T23:00:00.000Z');
  });

  it('moves by exactly that many calendar months', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 36 }), (at, months) => {
        const next = new Date(addMonths(at.toISOString(), months));
        const monthsApart = (next.getUTCFullYear() - at.getUTCFullYear()) * 12 + next.getUTCMonth() - at.getUTCMonth();
        expect(monthsApart).toBe(months);
        expect(next.getUTCDate()).toBeLessThanOrEqual(at.getUTCDate());
      }),
    );
  });
});

describe('the next run of a series', () => {
  it('is the first date after now, counted from the start in steps of the period', () => {
    expect(nextRunAfter('2026-01-15T09:00:00.000Z', 3, new Date('2026-02-01T00:00:00Z'))).toBe('2026-04-15T09:00:00.000Z');
    // Set on a campaign started long ago: the next date to come, not one in the past.
    expect(nextRunAfter('2025-01-15T09:00:00.000Z', 3, new Date('2026-02-01T00:00:00Z'))).toBe('2026-04-15T09:00:00.000Z');
    expect(nextRunAfter('2026-01-15T09:00:00.000Z', 1, new Date('2026-02-15T09:00:00Z'))).toBe('2026-03-15T09:00:00.000Z');
  });

  it('always lies after now and within one period of it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: REPEAT_LIMITS.everyMonths.min, max: REPEAT_LIMITS.everyMonths.max }),
        (start, daysLater, every) => {
          const now = new Date(start.getTime() + daysLater * 86_400_000);
          const next = nextRunAfter(start.toISOString(), every, now);
          expect(Date.parse(next)).toBeGreaterThan(now.getTime());
          expect(Date.parse(next)).toBeLessThanOrEqual(Date.parse(addMonths(now.toISOString(), every)) + 3 * 86_400_000);
        },
      ),
    );
  });
});

describe('the name of a repeated campaign', () => {
  it('is the series name and the month, within the name limit', () => {
    expect(repeatedName('Key accounts', '2026-04-15T09:00:00.000Z')).toBe('Key accounts (2026-04)');
    const long = repeatedName('x'.repeat(CAMPAIGN_LIMITS.nameLength), '2026-04-15T09:00:00.000Z');
    expect(long).toHaveLength(CAMPAIGN_LIMITS.nameLength);
    expect(long.endsWith('(2026-04)')).toBe(true);
  });
});

describe('when the sweep has something to do for a campaign', () => {
  it('at its next date while it repeats; never once the series has moved on or it was cancelled', () => {
    expect(repeatDueAt(record({}))).toBe(0);
    expect(repeatDueAt(record({ repeat }))).toBe(Date.parse(repeat.nextAt));
    expect(repeatDueAt(record({ repeat, repeatedBy: 'r-next' }))).toBe(0);
    expect(repeatDueAt(record({ repeat, status: 'cancelled' }))).toBe(0);
  });

  it('at once for a campaign a repeat created whose sending job is not recorded yet', () => {
    expect(repeatDueAt(record({ status: 'sending', jobId: null, previousId: 'c-1', repeat }))).toBe(Date.parse('2026-01-15T09:00:00.000Z'));
    expect(repeatDueAt(record({ status: 'sending', jobId: 'job-2', previousId: 'c-1', repeat }))).toBe(Date.parse(repeat.nextAt));
  });
});
