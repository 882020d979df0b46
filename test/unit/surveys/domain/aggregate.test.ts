import fc from 'fast-check';
import {
  applyChange,
  applyShare,
  changeOf,
  contributionOf,
  emptyCounts,
  isEmptyCounts,
  rowKeyOf,
  scopeOfRowKey,
  type AggregateCounts,
  type InvitationFacts,
} from '#surveys/domain/aggregate';
import { lowScoreReasons } from '#surveys/domain/follow-up';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';

const scope = { projectId: '10000', customerId: '3', serviceId: null };
const sent = '2026-01-30T12:00:00.000Z';

const facts = fc.record({
  status: fc.constantFrom('scheduled', 'sent', 'reminded', 'answered', 'expired'),
  projectId: fc.constantFrom('10000', '10001'),
  customerId: fc.constantFrom('1', '2', null),
  serviceId: fc.constantFrom('svc-a', null),
  sentAt: fc.constantFrom('2026-01-05T00:00:00.000Z', '2026-02-27T00:00:00.000Z'),
  answeredAt: fc.constantFrom('2026-01-06T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
  expiresAt: fc.constantFrom('2026-01-19T00:00:00.000Z', '2026-03-13T00:00:00.000Z'),
  scores: fc.record({
    overall: fc.integer({ min: 1, max: 5 }),
    nps: fc.integer({ min: 0, max: 10 }),
    ces: fc.integer({ min: 1, max: 7 }),
    dimensions: fc.dictionary(fc.constantFrom('quality', 'speed'), fc.integer({ min: 1, max: 5 })),
  }),
}) satisfies fc.Arbitrary<InvitationFacts>;

/** Counts by row key after applying `contribution` changes in turn. */
function applyAll(rows: Map<string, AggregateCounts>, before: InvitationFacts | null, after: InvitationFacts | null): void {
  for (const [key, change] of changeOf(before ? contributionOf(before) : {}, after ? contributionOf(after) : {}))
    rows.set(key, applyChange(rows.get(key) ?? emptyCounts(), change));
}

describe('aggregate contributions', () => {
  it('an answered invitation counts as sent in its sending month and answered, with its scores, in its answering month', () => {
    const c = contributionOf({
      status: 'answered',
      ...scope,
      sentAt: sent,
      answeredAt: '2026-02-01T08:00:00.000Z',
      scores: { overall: 2, nps: 4, dimensions: { speed: 1 } },
    });
    expect(c).toEqual({
      '2026-01#10000#3#_': { sent: 1 },
      '2026-02#10000#3#_': { answered: 1, overall: 2, nps: 4, dimensions: { speed: 1 } },
    });
  });

  it('a scheduled invitation counts nothing; an expired one counts in its expiry month', () => {
    expect(contributionOf({ status: 'scheduled', ...scope })).toEqual({});
    expect(contributionOf({ status: 'expired', ...scope, sentAt: sent, expiresAt: '2026-02-13T12:00:00.000Z' })).toEqual({
      '2026-01#10000#3#_': { sent: 1 },
      '2026-02#10000#3#_': { expired: 1 },
    });
  });

  it('row keys read back to their scope', () => {
    const key = rowKeyOf({ month: '2026-01', ...scope });
    expect(scopeOfRowKey(key)).toEqual({ month: '2026-01', ...scope });
  });

  it('any history of changes ends where counting the final states from scratch does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(facts, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), (histories) => {
        const incremental = new Map<string, AggregateCounts>();
        for (const history of histories) history.forEach((state, i) => applyAll(incremental, i === 0 ? null : (history[i - 1] ?? null), state));
        const fresh = new Map<string, AggregateCounts>();
        for (const history of histories) applyAll(fresh, null, history.at(-1) ?? null);
        const nonEmpty = (rows: Map<string, AggregateCounts>) => new Map([...rows].filter(([, c]) => !isEmptyCounts(c)));
        expect(nonEmpty(incremental)).toEqual(nonEmpty(fresh));
      }),
    );
  });

  it('removing a share undoes adding it', () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const share of Object.values(contributionOf(f))) expect(applyShare(applyShare(emptyCounts(), share, 1), share, -1)).toEqual(emptyCounts());
      }),
    );
  });
});

describe('follow-up on low scores', () => {
  const rule = { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, dimensionAtOrBelow: 1, npsDetractor: true };
  it('fires on a low overall, a low dimension or an NPS detractor', () => {
    expect(lowScoreReasons(rule, { overall: 2, dimensions: { speed: 1, quality: 4 }, nps: 3, npsCategory: 'detractor' })).toEqual([
      { kind: 'overall', value: 2 },
      { kind: 'dimension', dimensionId: 'speed', value: 1 },
      { kind: 'nps-detractor', value: 3 },
    ]);
    expect(lowScoreReasons(rule, { overall: 3, dimensions: { speed: 2 }, nps: 7, npsCategory: 'passive' })).toEqual([]);
    expect(lowScoreReasons({ ...rule, enabled: false }, { overall: 1, dimensions: {} })).toEqual([]);
  });
});
