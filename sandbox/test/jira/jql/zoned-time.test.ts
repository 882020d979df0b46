import fc from 'fast-check';
import { addMonths, instantOf, isValidTimeZone, wallClockAt, weekdayOf } from '#sandbox/jira/jql/zoned-time';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'America/St_Johns'];
const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });
const iso = (instant: number) => new Date(instant).toISOString();

describe('zoned time', () => {
  test('reads the wall clock of an instant in a zone', () => {
    expect(wallClockAt(Date.parse('2026-03-18T12:00:00.000Z'), 'Asia/Kolkata')).toEqual({ ...wall(2026, 3, 18, 17, 30) });
    expect(wallClockAt(Date.parse('2026-01-01T03:00:00.000Z'), 'America/New_York')).toEqual(wall(2025, 12, 31, 22, 0));
  });

  test('every real wall clock maps back to an instant showing that wall clock', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-01-01') }), fc.constantFrom(...ZONES), (instant, zone) => {
        const clock = wallClockAt(instant, zone);
        expect(wallClockAt(instantOf(clock, zone), zone)).toEqual(clock);
      }),
      { numRuns: 500 },
    );
  });

  test('a time that occurs twice is its earlier instant', () => {
    // New York turns clocks back at 02:00 EDT on 1 November 2026: 01:30 happens at 05:30Z and 06:30Z.
    expect(iso(instantOf(wall(2026, 11, 1, 1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // Berlin turns back at 03:00 CEST on 25 October 2026: 02:30 happens at 00:30Z and 01:30Z.
    expect(iso(instantOf(wall(2026, 10, 25, 2, 30), 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  test('a time that does not occur moves forward by the gap', () => {
    // New York skips 02:00-03:00 on 8 March 2026; 02:30 becomes 03:30 EDT.
    expect(iso(instantOf(wall(2026, 3, 8, 2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  test('overflowing fields roll over', () => {
    expect(iso(instantOf(wall(2026, 1, 32), 'UTC'))).toBe('2026-02-01T00:00:00.000Z');
    expect(iso(instantOf(wall(2026, 3, 0), 'Europe/Berlin'))).toBe('2026-02-27T23:00:00.000Z');
  });

  test('adding months keeps the day when it exists and clamps it when it does not', () => {
    expect(addMonths(wall(2026, 1, 31), 1)).toMatchObject({ year: 2026, month: 2, day: 28 });
    expect(addMonths(wall(2024, 1, 31), 1)).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(addMonths(wall(2026, 3, 15), -3)).toMatchObject({ year: 2025, month: 12, day: 15 });
    expect(addMonths(wall(2026, 12, 31), 14)).toMatchObject({ year: 2028, month: 2, day: 29 });
  });

  test('weekdays and zone names', () => {
    expect(weekdayOf(wall(2026, 3, 18))).toBe(3);
    expect(weekdayOf(wall(2026, 3, 15))).toBe(0);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
