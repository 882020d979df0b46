import type { ComplaintSeverity, FeedbackCategory } from '#feedback/domain/feedback';
import { tagFeedbackAsApp } from '#feedback/tag-feedback';

/**
 * What other features may use of customer feedback. Besides reads, one use case that writes, by
 * agreement: the surveys' follow-up on a low score raises a Complaint linked to the surveyed ticket
 * through the tagging use case, as the app.
 */

export type { ComplaintSeverity, FeedbackCategory };

export interface LinkedComplaintRequest {
  /** The ticket the complaint is about. */
  ticketKey: string;
  /** The JSM organization the complaint is from. */
  customerId: string;
  /** The catalogue service, when the ticket had one. */
  serviceId?: string;
  category: FeedbackCategory;
  severity: ComplaintSeverity;
  /** What the complaint says. */
  statement: string;
}

/**
 * Raises a Complaint linked to the ticket, with its Customer and Service filled, exactly as tagging
 * does (the ticket then carries the `brm-feedback` tag). A ticket tagged already gets no second
 * Complaint: the answer is the existing one, with `created: false`.
 */
export async function raiseLinkedComplaint(request: LinkedComplaintRequest): Promise<{ created: boolean; issueKey: string }> {
  const result = await tagFeedbackAsApp({
    issueKey: request.ticketKey,
    kind: 'complaint',
    customerId: request.customerId,
    ...(request.serviceId === undefined ? {} : { serviceId: request.serviceId }),
    category: request.category,
    severity: request.severity,
    statement: request.statement,
  });
  return { created: result.created, issueKey: result.tag.feedbackIssueKey };
}
