import fc from 'fast-check';
import { addDays } from '#portfolio/domain/dates';
import {
  activeAt,
  countsFromChanges,
  countsFromHistories,
  isLoss,
  isWin,
  describeLifecycleProblem,
  LIFECYCLE_TRANSITIONS,
  lifecycleProblem,
  stateOn,
} from '#portfolio/domain/lifecycle';
import { LIFECYCLES, type Lifecycle } from '#portfolio/domain/profile';

const TODAY = '2026-11-15';

describe('lifecycle transitions', () => {
  it('lets a customer start in any state', () => {
    for (const state of LIFECYCLES) expect(lifecycleProblem([], state, '2020-01-01', TODAY)).toBeUndefined();
  });

  it('allows prospect → active, active → lost, lost → active and lost → prospect, and nothing else', () => {
    const allowed = (from: Lifecycle, to: Lifecycle) => lifecycleProblem([{ state: from, date: '2026-01-01' }], to, '2026-02-01', TODAY) === undefined;
    expect(LIFECYCLES.flatMap((from) => LIFECYCLES.filter((to) => allowed(from, to)).map((to) => `${from}→${to}`))).toEqual([
      'prospect→active',
      'active→lost',
      'lost→prospect',
      'lost→active',
    ]);
    expect(lifecycleProblem([{ state: 'prospect', date: '2026-01-01' }], 'lost', '2026-02-01', TODAY)).toEqual({
      kind: 'not-allowed',
      from: 'prospect',
      to: 'lost',
    });
    expect(describeLifecycleProblem({ kind: 'not-allowed', from: 'prospect', to: 'lost' })).toBe(
      'a customer cannot go from prospect to lost (allowed: active)',
    );
  });

  it('refuses the state the customer is in, a date before the last change, and a date after today', () => {
    const history = [{ state: 'active' as const, date: '2026-03-01' }];
    expect(lifecycleProblem(history, 'active', '2026-04-01', TODAY)).toEqual({ kind: 'same-state', state: 'active' });
    expect(lifecycleProblem(history, 'lost', '2026-02-28', TODAY)).toEqual({ kind: 'before-previous', previousDate: '2026-03-01' });
    expect(lifecycleProblem(history, 'lost', '2026-03-01', TODAY)).toBeUndefined();
    expect(lifecycleProblem(history, 'lost', '2026-11-16', TODAY)).toEqual({ kind: 'in-future', today: TODAY });
  });

  it('knows the state on a date, counting changes dated that day', () => {
    const history = [
      { state: 'prospect' as const, date: '2025-01-10' },
      { state: 'active' as const, date: '2025-06-01' },
      { state: 'lost' as const, date: '2026-02-01' },
    ];
    expect(stateOn(history, '2025-01-09')).toBeUndefined();
    expect(stateOn(history, '2025-06-01')).toBe('active');
    expect(stateOn(history, '2026-01-31')).toBe('active');
    expect(stateOn(history, '2026-02-01')).toBe('lost');
  });
});

/** A history a customer can have: allowed transitions on non-decreasing dates, none after today. */
const history = fc
  .tuple(
    fc.constantFrom<Lifecycle>(...LIFECYCLES),
    fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
    fc.array(fc.nat({ max: 10 }), { maxLength: 6 }),
    fc.nat({ max: 900 }),
  )
  .map(([first, gaps, choices, startBack]) => {
    let date = addDays(TODAY, -startBack);
    let state = first;
    const changes = [{ state, date }];
    gaps.forEach((gap, i) => {
      const next = addDays(date, gap);
      if (next > TODAY) return;
      const options = LIFECYCLE_TRANSITIONS[state];
      const chosen = options[(choices[i] ?? 0) % options.length];
      if (!chosen) return;
      state = chosen;
      date = next;
      changes.push({ state, date });
    });
    return changes;
  });

describe('period counts', () => {
  it('counts customers active at the start, won and lost within [from, to)', () => {
    const histories = [
      [{ state: 'active' as const, date: '2025-01-01' }], // active all along
      [
        { state: 'active' as const, date: '2025-01-01' },
        { state: 'lost' as const, date: '2026-08-15' },
      ], // lost last quarter
      [
        { state: 'prospect' as const, date: '2026-05-01' },
        { state: 'active' as const, date: '2026-10-03' },
      ], // won this quarter
      [{ state: 'lost' as const, date: '2024-01-01' }],
      [{ state: 'lost' as const, date: '2026-08-01' }], // a former customer recorded as such: no loss
    ];
    expect(countsFromHistories(histories, { from: '2026-07-01', to: '2026-10-01' })).toEqual({ activeAtStart: 2, won: 0, lost: 1 });
    expect(countsFromHistories(histories, { from: '2026-10-01', to: '2027-01-01' })).toEqual({ activeAtStart: 1, won: 1, lost: 0 });
  });

  it('finds those active at a date from those active now and the changes since, as the indexed queries do', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 12 }), fc.nat({ max: 900 }), (histories, back) => {
        const from = addDays(TODAY, -back);
        const activeNow = histories.filter((h) => h[h.length - 1]?.state === 'active').length;
        const events = histories.flatMap((h) => h.map((c, i) => ({ ...c, previous: h[i - 1]?.state ?? ('none' as const) })));
        const since = events.filter((c) => c.date >= from);
        const derived = activeAt(activeNow, since.filter(isWin).length, since.filter(isLoss).length);
        expect(derived).toBe(countsFromHistories(histories, { from, to: addDays(TODAY, 1) }).activeAtStart);
      }),
    );
  });

  it('counts any period from the changes since an earlier start as from every history', () => {
    fc.assert(
      fc.property(
        fc.array(history, { maxLength: 12 }),
        fc.nat({ max: 900 }),
        fc.nat({ max: 400 }),
        fc.nat({ max: 300 }),
        (histories, back, length, earlier) => {
          const period = { from: addDays(TODAY, -back), to: addDays(TODAY, length - back + 1) };
          const activeNow = histories.filter((h) => h[h.length - 1]?.state === 'active').length;
          const start = addDays(period.from, -earlier);
          const changes = histories.flatMap((h) => h.map((c, i) => ({ ...c, previous: h[i - 1]?.state ?? ('none' as const) }))).filter((c) => c.date >= start);
          expect(countsFromChanges(activeNow, changes, period)).toEqual(countsFromHistories(histories, period));
        },
      ),
    );
  });
});
