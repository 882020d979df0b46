import fc from 'fast-check';
import {
  combinePeriods,
  containsInstant,
  DAY_MS,
  isClosed,
  isWholeMonths,
  lengthInDays,
  monthsOverlapping,
  PERIOD_PRESETS,
  periodHistory,
  periodSpec,
  previousPeriod,
  resolvePeriod,
  shiftPeriod,
  splitPeriod,
  type PeriodSpec,
} from '#kernel/periods';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const span = (p: { start: number; end: number }): [string, string] => [iso(p.start), iso(p.end)];

/** Instants between 2000 and 2100. */
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const spec: fc.Arbitrary<PeriodSpec> = fc.oneof(
  fc.constantFrom(...PERIOD_PRESETS).map((kind) => ({ kind })),
  fc.integer({ min: 1, max: 400 }).map((days) => ({ kind: 'rolling-days' as const, days })),
  fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 800 })).map(([from, length]) => ({
    kind: 'custom' as const,
    from: iso(Date.UTC(2000, 0, 1) + from * DAY_MS).slice(0, 10),
    to: iso(Date.UTC(2000, 0, 1) + (from + length) * DAY_MS).slice(0, 10),
  })),
);

describe('named periods, in UTC', () => {
  const now = at('2026-11-15T23:30:00.000Z');

  it('resolves this and last month, quarter and year around the current instant', () => {
    expect(span(resolvePeriod({ kind: 'this-month' }, now))).toEqual(['2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'last-month' }, now))).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'this-quarter' }, now))).toEqual(['2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'last-quarter' }, now))).toEqual(['2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'this-year' }, now))).toEqual(['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'last-year' }, now))).toEqual(['2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });

  it('counts the last N days as whole UTC days, today included', () => {
    expect(span(resolvePeriod({ kind: 'rolling-days', days: 30 }, now))).toEqual(['2026-10-17T00:00:00.000Z', '2026-11-16T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'rolling-days', days: 1 }, now))).toEqual(['2026-11-15T00:00:00.000Z', '2026-11-16T00:00:00.000Z']);
  });

  it('reads the month in UTC whatever the local clock says: 23:30 UTC on the last day is still that month', () => {
    // 2026-11-30T23:30Z is already December 1st in Berlin and Tokyo.
    expect(span(resolvePeriod({ kind: 'this-month' }, at('2026-11-30T23:30:00.000Z')))).toEqual(['2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(span(resolvePeriod({ kind: 'this-month' }, at('2026-12-01T00:00:00.000Z')))).toEqual(['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  });

  it('includes both days of a custom period', () => {
    expect(span(resolvePeriod({ kind: 'custom', from: '2026-02-10', to: '2026-02-10' }, now))).toEqual([
      '2026-02-10T00:00:00.000Z',
      '2026-02-11T00:00:00.000Z',
    ]);
  });

  it('steps back by calendar months, so the month before March is all of February', () => {
    const march = resolvePeriod({ kind: 'custom', from: '2028-03-01', to: '2028-03-31' }, now);
    expect(span(previousPeriod(march))).toEqual(['2028-02-01T00:00:00.000Z', '2028-03-01T00:00:00.000Z']);
    const q1 = resolvePeriod({ kind: 'custom', from: '2026-01-01', to: '2026-03-31' }, now);
    expect(span(previousPeriod(q1))).toEqual(['2025-10-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    const tenDays = resolvePeriod({ kind: 'custom', from: '2026-03-05', to: '2026-03-14' }, now);
    expect(span(previousPeriod(tenDays))).toEqual(['2026-02-23T00:00:00.000Z', '2026-03-05T00:00:00.000Z']);
  });

  it('gives twelve consecutive periods for a sparkline, oldest first, ending with the period itself', () => {
    const history = periodHistory(resolvePeriod({ kind: 'this-month' }, now), 12);
    expect(history.map((p) => iso(p.start).slice(0, 7))).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(periodHistory(resolvePeriod({ kind: 'this-month' }, now), 0)).toEqual([]);
  });

  it('knows whether a period has ended', () => {
    const month = resolvePeriod({ kind: 'this-month' }, now);
    expect(isClosed(month, now)).toBe(false);
    expect(isClosed(month, month.end)).toBe(true);
    expect(isClosed(previousPeriod(month), now)).toBe(true);
  });

  it('lists the UTC months a period overlaps and says whether it is made of whole months', () => {
    const rolling = resolvePeriod({ kind: 'rolling-days', days: 30 }, now);
    expect(monthsOverlapping(rolling)).toEqual(['2026-10', '2026-11']);
    expect(isWholeMonths(rolling)).toBe(false);
    expect(monthsOverlapping(resolvePeriod({ kind: 'this-quarter' }, now))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(isWholeMonths(resolvePeriod({ kind: 'this-quarter' }, now))).toBe(true);
    expect(monthsOverlapping({ start: now, end: now })).toEqual([]);
  });

  it('refuses a custom period that ends before it starts, a day that does not exist, and an unknown kind, naming the field', () => {
    const issues = (value: unknown) => periodSpec.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ kind: 'custom', from: '2026-03-10', to: '2026-03-09' })).toEqual(['to: must not be before from']);
    expect(issues({ kind: 'custom', from: '2026-02-30', to: '2026-03-09' })).toEqual(['from: must be a date written YYYY-MM-DD']);
    expect(issues({ kind: 'rolling-days', days: 0 })?.[0]).toMatch(/^days: /);
    expect(issues({ kind: 'fortnight' })?.[0]).toMatch(/must be one of this-month/);
  });
});

describe('period arithmetic (properties)', () => {
  it('a period and the one before it are adjacent, and stepping back then forward returns it', () => {
    fc.assert(
      fc.property(spec, instant, fc.integer({ min: -30, max: 30 }), (s, now, n) => {
        const period = resolvePeriod(s, now);
        expect(previousPeriod(period).end).toBe(period.start);
        expect(shiftPeriod(shiftPeriod(period, n), -n)).toEqual(period);
      }),
    );
  });

  it('a sparkline tiles time: each point starts where the one before ends', () => {
    fc.assert(
      fc.property(spec, instant, fc.integer({ min: 1, max: 24 }), (s, now, n) => {
        const history = periodHistory(resolvePeriod(s, now), n);
        expect(history).toHaveLength(n);
        for (let i = 1; i < history.length; i++) expect(history[i]?.start).toBe(history[i - 1]?.end);
      }),
    );
  });

  it('splitting a period in two and combining the counts gives the same count', () => {
    fc.assert(
      fc.property(spec, instant, fc.double({ min: 0, max: 1, noNaN: true }), fc.array(instant, { maxLength: 200 }), (s, now, cut, events) => {
        const period = resolvePeriod(s, now);
        const at = period.start + Math.floor((period.end - period.start) * cut);
        const [first, second] = splitPeriod(period, at);
        const count = (p: { start: number; end: number }) => events.filter((e) => containsInstant(p, e)).length;
        expect(count(first) + count(second)).toBe(count(period));
        expect(combinePeriods(first, second)).toEqual({ start: period.start, end: period.end });
        expect(lengthInDays(first) + lengthInDays(second)).toBeCloseTo(lengthInDays(period), 9);
      }),
    );
  });

  it('the current period contains now, and named periods are whole months', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom<PeriodSpec>({ kind: 'this-month' }, { kind: 'this-quarter' }, { kind: 'this-year' }), (now, current) => {
        const period = resolvePeriod(current, now);
        expect(containsInstant(period, now)).toBe(true);
        expect(isWholeMonths(period)).toBe(true);
      }),
    );
  });

  it('refuses to split outside the period or to combine periods that do not touch', () => {
    expect(() => splitPeriod({ start: 10, end: 20 }, 21)).toThrow(RangeError);
    expect(() => combinePeriods({ start: 0, end: 10 }, { start: 11, end: 20 })).toThrow(RangeError);
    expect(splitPeriod({ start: 10, end: 10 }, 10)).toEqual([
      { start: 10, end: 10 },
      { start: 10, end: 10 },
    ]);
  });
});
