import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { FeedbackKind } from './feedback';
import { FEEDBACK_TEXTS } from './texts';

/** Jira limits a summary to 255 characters; a shorter one reads better in queues. */
export const SUMMARY_MAX_LENGTH = 120;

/**
 * The summary of the feedback issue: its kind (in `locale`, the site's language) and the first line
 * of the statement, cut at a word boundary when it is long.
 */
export function feedbackSummary(kind: FeedbackKind, statement: string, locale: Locale = SOURCE_LOCALE): string {
  const prefix = FEEDBACK_TEXTS.in(locale, kind === 'complaint' ? 'summary.complaint' : 'summary.compliment');
  const firstLine = statement.trim().split(/\r?\n/, 1)[0]?.replace(/\s+/g, ' ').trim() ?? '';
  const room = SUMMARY_MAX_LENGTH - prefix.length;
  if (firstLine.length <= room) return prefix + firstLine;
  const cut = firstLine.slice(0, room - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${prefix}${(lastSpace > room / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
