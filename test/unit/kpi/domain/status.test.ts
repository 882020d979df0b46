import fc from 'fast-check';
import { KPI_CATALOGUE } from '#kpi/domain/catalogue';
import { RAG_STATUSES, ragStatus, trendOf } from '#kpi/domain/status';

const rank = (status: string | null): number => RAG_STATUSES.findIndex((s) => s === status);

describe('red/amber/green status', () => {
  it('is green at or beyond the target, amber within the band, red beyond it', () => {
    const band = { kind: 'absolute', amount: 5 } as const;
    expect(ragStatus(85, 85, true, band)).toBe('green');
    expect(ragStatus(82, 85, true, band)).toBe('amber');
    expect(ragStatus(80, 85, true, band)).toBe('amber');
    expect(ragStatus(79.9, 85, true, band)).toBe('red');
    expect(ragStatus(9, 10, false, { kind: 'relative', fraction: 0.2 })).toBe('green');
    expect(ragStatus(12, 10, false, { kind: 'relative', fraction: 0.2 })).toBe('amber');
    expect(ragStatus(12.5, 10, false, { kind: 'relative', fraction: 0.2 })).toBe('red');
  });

  it('has no status without a value, a target or a good direction', () => {
    const band = { kind: 'absolute', amount: 1 } as const;
    expect(ragStatus(null, 10, true, band)).toBeNull();
    expect(ragStatus(10, null, true, band)).toBeNull();
    expect(ragStatus(10, 10, null, band)).toBeNull();
  });

  it('is monotone in the value for every KPI of the catalogue: better values never get a worse status', () => {
    const kpi = fc.constantFrom(...KPI_CATALOGUE);
    const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(kpi, number, number, number, (definition, target, a, b) => {
        if (definition.upIsGood === null) return;
        const [low, high] = a <= b ? [a, b] : [b, a];
        const [worse, better] = definition.upIsGood ? [low, high] : [high, low];
        expect(rank(ragStatus(better, target, definition.upIsGood, definition.amberBand))).toBeGreaterThanOrEqual(
          rank(ragStatus(worse, target, definition.upIsGood, definition.amberBand)),
        );
      }),
    );
  });
});

describe('trend against the previous period', () => {
  it('says which way the value moved and whether that is good', () => {
    expect(trendOf(12, 10, false)).toEqual({ delta: 2, percent: 20, direction: 'up', good: false });
    expect(trendOf(8, 10, false)).toEqual({ delta: -2, percent: -20, direction: 'down', good: true });
    expect(trendOf(10, 10, true)).toEqual({ delta: 0, percent: 0, direction: 'flat', good: null });
    expect(trendOf(5, 0, true)).toEqual({ delta: 5, percent: null, direction: 'up', good: true });
    expect(trendOf(5, 4, null)?.good).toBeNull();
    expect(trendOf(null, 4, true)).toBeNull();
    expect(trendOf(4, null, true)).toBeNull();
  });
});
