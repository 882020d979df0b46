import { daysBetween } from './dates';
import { AGREEMENT_EXPIRY_WARNING_DAYS } from './profile';

export const AGREEMENT_STATES = ['upcoming', 'active', 'ending-soon', 'ended'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

/**
 * Where an agreement stands on `today`: not started yet, running, ending within the warning window
 * (its last day is at most `warningDays` away), or over (its end date has passed). An agreement
 * that has not started but ends within the window is flagged too: it is about to end all the same.
 */
export function agreementState(
  agreement: { startDate: string; endDate: string },
  today: string,
  warningDays: number = AGREEMENT_EXPIRY_WARNING_DAYS,
): AgreementState {
  const daysLeft = daysBetween(today, agreement.endDate);
  if (daysLeft < 0) return 'ended';
  if (daysLeft <= warningDays) return 'ending-soon';
  if (agreement.startDate > today) return 'upcoming';
  return 'active';
}

/** Days from `today` to the agreement's last day (negative once it has ended). */
export const daysLeft = (agreement: { endDate: string }, today: string): number => daysBetween(today, agreement.endDate);

/** A start and end date in order: the end may not come before the start. */
export const datesInOrder = (agreement: { startDate: string; endDate: string }): boolean => agreement.endDate >= agreement.startDate;
