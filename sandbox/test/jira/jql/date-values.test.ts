import { evaluateDateFunction, parseDateValue, storedDateReader, type DateContext } from '#sandbox/jira/jql/date-values';

/** Wednesday 18 March 2026, noon UTC. */
const NOW = Date.parse('2026-03-18T12:00:00.000Z');
const utc: DateContext = { now: NOW, timeZone: 'UTC', weekStartsOn: 0 };

function at(name: string, args: string[] = [], ctx: DateContext = utc): string {
  const result = evaluateDateFunction(name, args, ctx);
  if (!('instant' in result)) throw new Error(result.error);
  return new Date(result.instant).toISOString();
}

function error(name: string, args: string[] = []): string {
  const result = evaluateDateFunction(name, args, utc);
  return 'error' in result ? result.error : 'no error';
}

describe('date functions', () => {
  test.each<[string, string[], string]>([
    ['now', [], '2026-03-18T12:00:00.000Z'],
    ['startOfDay', [], '2026-03-18T00:00:00.000Z'],
    ['endOfDay', [], '2026-03-18T23:59:59.999Z'],
    ['startOfDay', ['-1'], '2026-03-17T00:00:00.000Z'],
    ['startOfDay', ['+2d'], '2026-03-20T00:00:00.000Z'],
    ['startOfDay', ['-1h'], '2026-03-17T23:00:00.000Z'],
    ['endOfDay', ['30m'], '2026-03-19T00:29:59.999Z'],
    ['startOfWeek', [], '2026-03-15T00:00:00.000Z'],
    ['endOfWeek', [], '2026-03-21T23:59:59.999Z'],
    ['startOfWeek', ['-1'], '2026-03-08T00:00:00.000Z'],
    ['startOfWeek', ['1d'], '2026-03-16T00:00:00.000Z'],
    ['startOfMonth', [], '2026-03-01T00:00:00.000Z'],
    ['endOfMonth', [], '2026-03-31T23:59:59.999Z'],
    ['endOfMonth', ['-1'], '2026-02-28T23:59:59.999Z'],
    ['endOfMonth', ['-1M'], '2026-02-28T23:59:59.999Z'],
    ['startOfMonth', ['+14d'], '2026-03-15T00:00:00.000Z'],
    ['startOfMonth', ['1'], '2026-04-01T00:00:00.000Z'],
    ['startOfMonth', ['-1y'], '2025-03-01T00:00:00.000Z'],
    ['startOfYear', [], '2026-01-01T00:00:00.000Z'],
    ['startOfYear', ['-1'], '2025-01-01T00:00:00.000Z'],
    ['endOfYear', [], '2026-12-31T23:59:59.999Z'],
    ['endOfYear', ['-2M'], '2026-10-31T23:59:59.999Z'],
    ['STARTOFDAY', [], '2026-03-18T00:00:00.000Z'],
  ])('%s(%s) at noon on Wednesday 18 March 2026 (UTC) is %s', (name, args, expected) => {
    expect(at(name, args)).toBe(expected);
  });

  test('weeks can start on Monday', () => {
    const monday: DateContext = { ...utc, weekStartsOn: 1 };
    expect(at('startOfWeek', [], monday)).toBe('2026-03-16T00:00:00.000Z');
    expect(at('endOfWeek', [], monday)).toBe('2026-03-22T23:59:59.999Z');
    // On a Sunday the Monday week began six days earlier.
    expect(at('startOfWeek', [], { ...monday, now: Date.parse('2026-03-15T10:00:00.000Z') })).toBe('2026-03-09T00:00:00.000Z');
  });

  test('month increments clamp to the end of shorter months, as in Jira', () => {
    const lastOfJanuary: DateContext = { ...utc, now: Date.parse('2024-01-31T10:00:00.000Z') };
    expect(at('startOfDay', ['+1M'], lastOfJanuary)).toBe('2024-02-29T00:00:00.000Z');
    expect(at('endOfMonth', ['1'], lastOfJanuary)).toBe('2024-02-29T23:59:59.999Z');
  });

  test("a day in the searcher's zone can last 23 hours", () => {
    // Clocks in New York go forward on 8 March 2026.
    const newYork: DateContext = { ...utc, timeZone: 'America/New_York', now: Date.parse('2026-03-08T12:00:00.000Z') };
    expect(at('startOfDay', [], newYork)).toBe('2026-03-08T05:00:00.000Z');
    expect(at('endOfDay', [], newYork)).toBe('2026-03-09T03:59:59.999Z');
    expect(at('startOfDay', ['1'], newYork)).toBe('2026-03-09T04:00:00.000Z');
  });

  test("wrong calls are refused with Jira's messages", () => {
    expect(error('yesterday')).toBe("Unable to find JQL function 'yesterday()'.");
    expect(error('now', ['1'])).toBe("Function 'now' expected '0' arguments but received '1'.");
    expect(error('endOfWeek', ['1', '2'])).toBe("Function 'endOfWeek' expected between '0' and '1' arguments but received '2'.");
    expect(error('startOfYear', ['1q'])).toBe("Duration format '1q' for function 'startOfYear' is invalid. Valid formats are '(+/-)nn(y|M|w|d|h|m)'.");
  });
});

describe('date values', () => {
  const value = (text: string, ctx: DateContext = utc) => {
    const instant = parseDateValue(text, ctx);
    return instant === null ? null : new Date(instant).toISOString();
  };

  test.each<[string, string | null]>([
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['2026/01/31', '2026-01-31T00:00:00.000Z'],
    ['2026-01-31 14:05', '2026-01-31T14:05:00.000Z'],
    ['2026/1/5 7:05', '2026-01-05T07:05:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-01-31 24:00', null],
    ['31/01/2026', null],
    ['2026-01-31T14:05', null],
    ['-5d', '2026-03-13T12:00:00.000Z'],
    ['5d', '2026-03-23T12:00:00.000Z'],
    ['+3h', '2026-03-18T15:00:00.000Z'],
    ['-90m', '2026-03-18T10:30:00.000Z'],
    ['4w 2d', '2026-04-17T12:00:00.000Z'],
    ['-4w 2d', '2026-02-16T12:00:00.000Z'],
    ['-1w2d', '2026-03-09T12:00:00.000Z'],
    // Months and years are no relative units; a bare number is no period either.
    ['-1M', null],
    ['1y', null],
    ['5', null],
    ['-5D', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("literals are read in the searcher's time zone", () => {
    expect(value('2026-01-31', { ...utc, timeZone: 'Asia/Kolkata' })).toBe('2026-01-30T18:30:00.000Z');
    expect(value('2026-07-01 09:00', { ...utc, timeZone: 'Europe/Berlin' })).toBe('2026-07-01T07:00:00.000Z');
  });

  test('stored dates: instants as they are, date-only values at the start of the day in the zone', () => {
    const read = storedDateReader('America/New_York');
    expect(read('2026-03-18T12:00:00.000Z')).toBe(Date.parse('2026-03-18T12:00:00.000Z'));
    expect(read('2026-03-18')).toBe(Date.parse('2026-03-18T04:00:00.000Z'));
    expect(read('2026-01-18')).toBe(Date.parse('2026-01-18T05:00:00.000Z'));
    expect(read('not a date')).toBeNull();
    expect(read(42)).toBe(42);
    expect(read(null)).toBeNull();
  });
});
