import type { Alert } from '#register/domain/escalation';
import { thresholdKeyOf } from '#register/domain/escalation';
import type { ComplaintSeverity } from '#feedback/domain/feedback';
import type { Locale } from '#kernel/locales';
import type { IssueEmail } from '#platform/jira/notify';
import { escapeHtml, REGISTER_TEXTS } from '#register/texts';

/** A due date (`2026-11-10`) as its reader writes a date: `November 10, 2026`, `10. November 2026`, `2026年11月10日`. */
export function dueDateIn(locale: Locale, date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/**
 * The email an alert sends: to the measure's owner, or to whoever the stalled complaint is
 * escalated to, in `locale`, the addressee's language. The measure's description and the
 * complaint's summary are quoted as people wrote them.
 */
export function alertEmail(
  alert: Alert,
  issue: { key: string; summary: string; severity?: ComplaintSeverity },
  to: string,
  siteUrl: string,
  locale: Locale,
): IssueEmail {
  const link = `${siteUrl}/browse/${encodeURIComponent(issue.key)}`;
  if (alert.kind === 'measure-overdue' && alert.measure) {
    const text = REGISTER_TEXTS.in(locale, 'email.overdue.text', {
      measure: REGISTER_TEXTS.in(locale, `measure.${alert.measure.type}`),
      description: alert.measure.description,
      key: issue.key,
      summary: issue.summary,
      dueDate: dueDateIn(locale, alert.measure.dueDate),
      days: alert.daysOverdue ?? 0,
      link,
    });
    return {
      subject: REGISTER_TEXTS.in(locale, 'email.overdue.subject', { key: issue.key }),
      textBody: text,
      htmlBody: `<p>${escapeHtml(text)}</p>`,
      to: [to],
    };
  }
  const text = REGISTER_TEXTS.in(locale, 'email.stalled.text', {
    key: issue.key,
    summary: issue.summary,
    days: alert.daysOpen ?? 0,
    threshold: alert.thresholdDays ?? 0,
    complaints: REGISTER_TEXTS.in(locale, `complaints.${thresholdKeyOf(issue.severity)}`),
    link,
  });
  return {
    subject: REGISTER_TEXTS.in(locale, 'email.stalled.subject', { key: issue.key, days: alert.daysOpen ?? 0 }),
    textBody: text,
    htmlBody: `<p>${escapeHtml(text)}</p>`,
    to: [to],
  };
}
