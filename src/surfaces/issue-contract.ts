import { composeContracts } from '#kernel/contract';
import { feedbackContract } from '#feedback/contract';
import { ticketFieldsContract } from '#ticket-fields/contract';
import { surveyIssueContract } from '#surveys/issue-contract';

/**
 * The issue surfaces' calls: panel `brm-issue-panel`, action `brm-feedback-action`, context
 * `brm-feedback-context` and the Customer / Service custom fields: feedback, the ticket's fields and
 * the survey section of the panel.
 */
export const issueContract = composeContracts(composeContracts(feedbackContract, ticketFieldsContract), surveyIssueContract);
export type IssueContract = typeof issueContract;
