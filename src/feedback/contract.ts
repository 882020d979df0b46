import { z } from 'zod';
import { defineContract } from '#kernel/contract';
import { issueKey, namedRef, numericId, requiredText } from '#kernel/input-schemas';
import { STATUS_CATEGORY_KEYS } from '#kernel/status-category';
import { serviceId } from '#catalogue/contract';
import { fieldCheckView } from '#ticket-fields/contract';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, FEEDBACK_KINDS, STATEMENT_MAX_LENGTH } from './domain/feedback';

/**
 * Feedback on the issue surfaces: the state the panel, the "Customer feedback…" action and the badge
 * show, and tagging a ticket. Each call checks the caller's own Jira permissions on the issue. The
 * lists and the statement's limit are the domain's (domain/feedback.ts); the UI takes them from here.
 */
export { STATEMENT_MAX_LENGTH } from './domain/feedback';

/** "must be a or b", "must be one of a, b, c": the message of a choice among `options`. */
const oneOf = (options: readonly string[]): string => (options.length === 2 ? `must be ${options.join(' or ')}` : `must be one of ${options.join(', ')}`);

export const feedbackKind = z.enum(FEEDBACK_KINDS, { error: oneOf(FEEDBACK_KINDS) });
export const feedbackCategory = z.enum(FEEDBACK_CATEGORIES, { error: oneOf(FEEDBACK_CATEGORIES) });
export const complaintSeverity = z.enum(COMPLAINT_SEVERITIES, { error: oneOf(COMPLAINT_SEVERITIES) });

export const feedbackIssueView = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(STATUS_CATEGORY_KEYS),
});

export const feedbackTagView = z.object({
  kind: feedbackKind,
  feedbackIssueKey: z.string(),
  taggedAt: z.string(),
  taggedBy: z.string(),
  /** Null when the linked issue was deleted or is hidden from the caller. */
  feedbackIssue: feedbackIssueView.nullable(),
});
export type FeedbackTagView = z.infer<typeof feedbackTagView>;

export const feedbackState = z.object({
  issueKey: z.string(),
  projectKey: z.string(),
  tag: feedbackTagView.nullable(),
  customer: namedRef.nullable(),
  service: namedRef.nullable(),
  /** The caller may create issues in the project, so may tag. */
  canTag: z.boolean(),
  /** The caller may edit the issue, so may set its customer and service. */
  canEdit: z.boolean(),
  /** Complaint and Compliment exist in the project (the admin has provisioned it). */
  feedbackTypesAvailable: z.boolean(),
  /** The app's corrections of the Customer and Service fields that still apply; agents only. */
  checks: z.object({ customer: fieldCheckView.nullable(), service: fieldCheckView.nullable() }),
});
export type FeedbackState = z.infer<typeof feedbackState>;

export const tagFeedbackInput = z
  .object({
    issueKey,
    kind: feedbackKind,
    customerId: numericId('an organization'),
    serviceId: serviceId.optional(),
    category: feedbackCategory.optional(),
    severity: complaintSeverity.optional(),
    statement: requiredText(STATEMENT_MAX_LENGTH),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'complaint' && input.severity === undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'is required for a complaint' });
    if (input.kind === 'compliment' && input.severity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'applies to complaints only' });
  });
export type TagFeedbackInput = z.output<typeof tagFeedbackInput>;

export const feedbackContract = defineContract({
  getFeedbackState: { input: z.object({ issueKey }), output: feedbackState },
  tagFeedback: {
    input: tagFeedbackInput,
    output: z.object({
      /** False when the ticket was already tagged: nothing was written and `tag` is the existing one. */
      created: z.boolean(),
      tag: feedbackTagView,
    }),
  },
});
export type FeedbackContract = typeof feedbackContract;
