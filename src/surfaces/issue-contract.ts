import { composeContracts } from '#kernel/contract';
import { feedbackContract } from '#feedback/contract';
import { ticketFieldsContract } from '#ticket-fields/contract';

/**
 * The issue surfaces' calls: panel `brm-issue-panel`, action `brm-feedback-action`, context
 * `brm-feedback-context` and the Customer / Service custom fields: feedback and the ticket's fields.
 */
export const issueContract = composeContracts(feedbackContract, ticketFieldsContract);
export type IssueContract = typeof issueContract;
