import { contractResolver } from '#platform/resolver/contract-resolver';
import { feedbackHandlers } from '#feedback/resolver';
import { ticketFieldsHandlers } from '#ticket-fields/resolver';
import { surveyIssueHandlers } from '#surveys/resolver';
import { issueContract } from './issue-contract';

/**
 * The resolver of the issue surfaces (panel, "Customer feedback…" action, badge context, Customer
 * and Service fields). Each handler checks the caller's own permission on the issue named in the
 * payload before anything is read or written as the app.
 */
export const issueResolver = contractResolver(issueContract, { ...feedbackHandlers, ...ticketFieldsHandlers, ...surveyIssueHandlers });
