import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { Text } from '#kernel/texts';
import { LIFECYCLE_TRANSITIONS, type Lifecycle, type LifecycleChange } from './profile';
import { listText, portfolioText, wordText } from './texts';

/**
 * The customer lifecycle: prospect, active (a customer), lost. A customer is won when they become
 * active and lost when they leave; new and lost customers per period come from the dates of these
 * changes.
 *
 * - a customer without a lifecycle yet may start in any state (an existing customer is recorded
 *   as active, a former one as lost);
 * - then: prospect -> active (won), active -> lost (lost), lost -> active (won back), lost ->
 *   prospect (courted again). A prospect who never signed is not a lost customer, and an active
 *   customer does not become a prospect again;
 * - each change has a date: on or after the previous change's date, and not in the future.
 *
 * Because a customer enters `active` only by an `active` change and leaves it only by a `lost`
 * change from `active`, the customers active at a date are those active now, less those who became
 * active since, plus those lost since (see activeAt). A customer whose first recorded state is
 * `lost` (a former customer entered as such) was never counted active, so that is no loss either:
 * a loss is a change from `active` to `lost`.
 */

export { LIFECYCLE_TRANSITIONS };

export type LifecycleProblem =
  | { kind: 'same-state'; state: Lifecycle }
  | { kind: 'not-allowed'; from: Lifecycle; to: Lifecycle }
  | { kind: 'before-previous'; previousDate: string }
  | { kind: 'in-future'; today: string };

/** Why a change to `state` on `date` cannot follow `history` (oldest first), or undefined when it can. */
export function lifecycleProblem(
  history: readonly Pick<LifecycleChange, 'state' | 'date'>[],
  state: Lifecycle,
  date: string,
  today: string,
): LifecycleProblem | undefined {
  if (date > today) return { kind: 'in-future', today };
  const last = history[history.length - 1];
  if (!last) return undefined;
  if (last.state === state) return { kind: 'same-state', state };
  if (!LIFECYCLE_TRANSITIONS[last.state].includes(state)) return { kind: 'not-allowed', from: last.state, to: state };
  if (date < last.date) return { kind: 'before-previous', previousDate: last.date };
  return undefined;
}

/** A sentence for a lifecycle problem, finishing "<field>: …", to be written in its reader's locale. */
export function lifecycleProblemText(problem: LifecycleProblem): Text {
  switch (problem.kind) {
    case 'same-state':
      return portfolioText('lifecycle.sameState', { state: wordText('lifecycle', problem.state) });
    case 'not-allowed':
      return portfolioText('lifecycle.notAllowed', {
        from: wordText('lifecycle', problem.from),
        to: wordText('lifecycle', problem.to),
        allowed: listText(LIFECYCLE_TRANSITIONS[problem.from].map((state) => wordText('lifecycle', state))),
      });
    case 'before-previous':
      return portfolioText('lifecycle.beforePrevious', { date: problem.previousDate });
    case 'in-future':
      return portfolioText('lifecycle.inFuture', { today: problem.today });
  }
}

/** The sentence for a lifecycle problem in `locale` (English by default). */
export const describeLifecycleProblem = (problem: LifecycleProblem, locale: Locale = SOURCE_LOCALE): string => lifecycleProblemText(problem).in(locale);

/** The state a customer was in on `date` (changes dated that day count), or undefined before the first change. */
export function stateOn(history: readonly Pick<LifecycleChange, 'state' | 'date'>[], date: string): Lifecycle | undefined {
  let state: Lifecycle | undefined;
  for (const change of history) {
    if (change.date > date) break;
    state = change.state;
  }
  return state;
}

/** Period `[from, to)` counts: customers active when it began, won and lost within it. */
export interface LifecycleCounts {
  activeAtStart: number;
  won: number;
  lost: number;
}

/** The state a change left, or `none` for a customer's first recorded state. */
export type PreviousState = Lifecycle | 'none';

/** One dated change of one customer, as the lifecycle index holds it. */
export interface LifecycleEvent {
  organizationId: string;
  state: Lifecycle;
  previous: PreviousState;
  date: string;
}

/** Whether a change counts as winning a customer, or as losing one. */
export const isWin = (change: { state: Lifecycle }): boolean => change.state === 'active';
export const isLoss = (change: { state: Lifecycle; previous: PreviousState }): boolean => change.state === 'lost' && change.previous === 'active';

/**
 * The customers active at the start of `from` (changes dated before `from`), from those active
 * now and the changes dated `from` or later: active now − became active since + lost since.
 */
export const activeAt = (activeNow: number, activeSince: number, lostSince: number): number => activeNow - activeSince + lostSince;

/**
 * A period's counts from what the lifecycle index gives: how many customers are active now, and
 * every change dated on or after the period's start (more, from an earlier start, is fine).
 */
export function countsFromChanges(
  activeNow: number,
  changes: readonly Pick<LifecycleEvent, 'state' | 'previous' | 'date'>[],
  period: { from: string; to: string },
): LifecycleCounts {
  const since = changes.filter((c) => c.date >= period.from);
  const within = since.filter((c) => c.date < period.to);
  return {
    activeAtStart: activeAt(activeNow, since.filter(isWin).length, since.filter(isLoss).length),
    won: within.filter(isWin).length,
    lost: within.filter(isLoss).length,
  };
}

/** The counts of a period from every customer's history: the definition the indexed queries must agree with. */
export function countsFromHistories(
  histories: readonly (readonly Pick<LifecycleChange, 'state' | 'date'>[])[],
  period: { from: string; to: string },
): LifecycleCounts {
  let activeAtStart = 0;
  let won = 0;
  let lost = 0;
  for (const history of histories) {
    let before: Lifecycle | undefined;
    let previous: PreviousState = 'none';
    for (const change of history) {
      if (change.date < period.from) before = change.state;
      else if (change.date < period.to) {
        if (isWin(change)) won++;
        if (isLoss({ state: change.state, previous })) lost++;
      }
      previous = change.state;
    }
    if (before === 'active') activeAtStart++;
  }
  return { activeAtStart, won, lost };
}
