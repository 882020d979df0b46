import { z } from 'zod';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, type ComplaintSeverity, type FeedbackCategory } from '#kernel/feedback-labels';

export const FEEDBACK_KINDS = ['complaint', 'compliment'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

// Categories and severities are shared with the complaint register: defined once in the kernel.
export { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, type ComplaintSeverity, type FeedbackCategory };

export const STATEMENT_MAX_LENGTH = 2000;

/** The issue property `brm-feedback` on a tagged ticket. `kind` and `feedbackIssueKey` are indexed for JQL. */
export const FEEDBACK_PROPERTY_KEY = 'brm-feedback';
export const feedbackTag = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  feedbackIssueKey: z.string().min(1),
  taggedAt: z.string(),
  taggedBy: z.string(),
});
export type FeedbackTag = z.infer<typeof feedbackTag>;

/**
 * Category and severity travel as labels on the feedback issue (`brm-category-<c>`, `brm-severity-<s>`):
 * labels need no extra field context, and JQL, queues and filters can use them at once
 * (`labels = brm-severity-high`). Labels hold no spaces, so the values are slugs.
 */
export function feedbackLabels(category: FeedbackCategory | undefined, severity: ComplaintSeverity | undefined): string[] {
  const labels: string[] = [];
  if (category) labels.push(`brm-category-${category}`);
  if (severity) labels.push(`brm-severity-${severity}`);
  return labels;
}

/** Reads category and severity back from an issue's labels. */
export function readFeedbackLabels(labels: readonly string[]): { category?: FeedbackCategory; severity?: ComplaintSeverity } {
  const category = FEEDBACK_CATEGORIES.find((c) => labels.includes(`brm-category-${c}`));
  const severity = COMPLAINT_SEVERITIES.find((s) => labels.includes(`brm-severity-${s}`));
  return { ...(category ? { category } : {}), ...(severity ? { severity } : {}) };
}
