/**
 * The backend's texts a person reads (comments on requests, notifications, error messages), in
 * one table, so that a later change can translate them. English only for now. `{name}` marks a
 * parameter.
 */
export const BACKEND_TEXTS = {
  'survey.invitation.comment':
    'Your request {key} has been resolved. How did we do? Please answer our short survey on the request’s page: {link}. The survey is open until {expires}.',
  'survey.reminder.comment':
    'A reminder about {key}: we would value your answers to our short survey on the request’s page: {link}. The survey closes on {expires}.',
  'survey.campaign.summary': '{campaign}: how satisfied are you with our service?',
  'survey.campaign.description':
    'We regularly ask our customers how we are doing. Please answer the short survey shown on this request in the customer portal; it takes about a minute and is open until {expires}.\n\nSurvey reference: {reference}',
  'survey.followUp.statement': 'The customer’s survey on {key} scored low: {reasons}.',
  'survey.followUp.statementComment': 'The customer’s survey on {key} scored low: {reasons}. Their comment: “{comment}”',
  'survey.followUp.reason.overall': 'overall satisfaction {value} of 5',
  'survey.followUp.reason.dimension': '{dimension} {value} of 5',
  'survey.followUp.reason.nps': 'recommendation {value} of 10 (a detractor)',
  'survey.followUp.subject': 'Low satisfaction score on {key}',
  'survey.followUp.body': '{reasons}\n\nThe survey on {key} calls for a follow-up with the customer{customer}. Open the request to see the answers.',
  'survey.error.notAnswerable': 'This survey is not open for answers.',
  'survey.error.expired': 'This survey closed on {expires}; it no longer takes answers.',
  'survey.error.alreadyAnswered': 'This survey has already been answered.',
  'survey.error.editClosed': 'The answers can no longer be changed: they could be changed for {hours} hours after they were given.',
  'survey.error.notAllowed': 'Only the people this survey was sent to can answer it.',
  'survey.error.noSurvey': 'This request has no survey to answer.',
} as const;

export type BackendTextKey = keyof typeof BACKEND_TEXTS;

/** The text for `key` with its `{name}` parameters filled in. */
export function backendText(key: BackendTextKey, params: Record<string, string | number> = {}): string {
  return BACKEND_TEXTS[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
