import type { Alert } from '#register/domain/escalation';
import { thresholdKeyOf } from '#register/domain/escalation';
import type { ComplaintSeverity } from '#feedback/domain/feedback';
import type { IssueEmail } from '#platform/jira/notify';
import { escapeHtml, registerText } from '#register/texts';

/** The email an alert sends: to the measure's owner, or to whoever the stalled complaint is escalated to. */
export function alertEmail(alert: Alert, issue: { key: string; summary: string; severity?: ComplaintSeverity }, to: string, siteUrl: string): IssueEmail {
  const link = `${siteUrl}/browse/${encodeURIComponent(issue.key)}`;
  if (alert.kind === 'measure-overdue' && alert.measure) {
    const text = registerText('email.overdue.text', {
      type: registerText(`type.${alert.measure.type}`),
      description: alert.measure.description,
      key: issue.key,
      summary: issue.summary,
      dueDate: alert.measure.dueDate,
      days: alert.daysOverdue ?? 0,
      link,
    });
    return { subject: registerText('email.overdue.subject', { key: issue.key }), textBody: text, htmlBody: `<p>${escapeHtml(text)}</p>`, to: [to] };
  }
  const severity = thresholdKeyOf(issue.severity);
  const text = registerText('email.stalled.text', {
    key: issue.key,
    summary: issue.summary,
    days: alert.daysOpen ?? 0,
    threshold: alert.thresholdDays ?? 0,
    severity: severity === 'unrated' ? registerText('severity.unrated') : severity,
    link,
  });
  return {
    subject: registerText('email.stalled.subject', { key: issue.key, days: alert.daysOpen ?? 0 }),
    textBody: text,
    htmlBody: `<p>${escapeHtml(text)}</p>`,
    to: [to],
  };
}
