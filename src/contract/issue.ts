import { z } from 'zod';
import { issueKey, namedRef, numericId, optionalText, requiredText, serviceId, serviceView } from './common';
import { defineContract } from './define';

/**
 * The issue surfaces: panel `brm-issue-panel`, action `brm-feedback-action`, context
 * `brm-feedback-context` and the Customer / Service custom fields. Each call checks the caller's
 * own Jira permissions on the issue.
 */

export const feedbackKind = z.enum(['complaint', 'compliment'], { error: 'must be complaint or compliment' });
export const feedbackCategory = z.enum(['service-quality', 'response-time', 'staff-conduct', 'communication', 'cost', 'other'], {
  error: 'must be one of service-quality, response-time, staff-conduct, communication, cost, other',
});
export const complaintSeverity = z.enum(['low', 'medium', 'high', 'critical'], { error: 'must be one of low, medium, high, critical' });

export const feedbackIssueView = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
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

/** A correction the app made to the ticket's Customer or Service field, while the field still holds `value`. */
export const fieldCheckView = z.object({
  /** The value the app found (an organization or service id). */
  previous: z.string(),
  /** The value it left; null when it cleared the field. */
  value: z.string().nullable(),
  /** Why, in a sentence for agents. */
  reason: z.string(),
  at: z.string(),
});
export type FieldCheckView = z.infer<typeof fieldCheckView>;

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

export const STATEMENT_MAX = 2000;

export const tagFeedbackInput = z
  .object({
    issueKey,
    kind: feedbackKind,
    customerId: numericId('an organization'),
    serviceId: serviceId.optional(),
    category: feedbackCategory.optional(),
    severity: complaintSeverity.optional(),
    statement: requiredText(STATEMENT_MAX),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'complaint' && input.severity === undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'is required for a complaint' });
    if (input.kind === 'compliment' && input.severity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'applies to complaints only' });
  });
export type TagFeedbackInput = z.output<typeof tagFeedbackInput>;

/** The app's Customer and Service fields (`jira:customField` module keys), whose frames show and edit `{ id, name }` values. */
export const fieldKey = z.enum(['brm-customer', 'brm-service'], { error: 'must be brm-customer or brm-service' });

export const issueContract = defineContract({
  getFeedbackState: { input: z.object({ issueKey }), output: feedbackState },
  tagFeedback: {
    input: tagFeedbackInput,
    output: z.object({
      /** False when the ticket was already tagged: nothing was written and `tag` is the existing one. */
      created: z.boolean(),
      tag: feedbackTagView,
    }),
  },
  listCustomers: {
    input: z.object({ issueKey, query: optionalText(100).optional() }),
    output: z.object({ customers: z.array(namedRef) }),
  },
  /** The active services, for an agent of the project of `issueKey`. */
  listServices: { input: z.object({ issueKey }), output: z.object({ services: z.array(serviceView) }) },
  setCustomer: { input: z.object({ issueKey, customerId: numericId('an organization').nullable() }), output: z.object({ customer: namedRef.nullable() }) },
  setService: { input: z.object({ issueKey, serviceId: serviceId.nullable() }), output: z.object({ service: namedRef.nullable() }) },
});
export type IssueContract = typeof issueContract;
