/** The statuses JQL sees (`brmSurveyStatus`). */
export const SURVEY_STATUSES = ['scheduled', 'sent', 'reminded', 'answered', 'expired'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/**
 * The record's statuses: those JQL sees, `raising` (a campaign's request is being raised) and
 * `withdrawn` (a scheduled invitation whose request was reopened before it went out).
 */
export const INVITATION_STATUSES = ['raising', ...SURVEY_STATUSES, 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
