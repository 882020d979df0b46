/**
 * The vocabulary of customer feedback that several features share: what a complaint or compliment
 * is about, and how badly a complaint hurts the relationship. Tagging writes them as labels
 * (`brm-category-<c>`, `brm-severity-<s>`); the complaint register filters and escalates by them.
 */

/** What the feedback is about. The same list serves complaints and compliments. */
export const FEEDBACK_CATEGORIES = ['service-quality', 'response-time', 'staff-conduct', 'communication', 'cost', 'other'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** How badly a complaint hurts the relationship. Compliments carry no severity. */
export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
