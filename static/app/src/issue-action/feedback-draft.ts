import type { NamedRef } from '#kernel/input-schemas';
import type { CallInput } from '#kernel/contract';
import { complaintSeverity, feedbackCategory, type FeedbackState, STATEMENT_MAX_LENGTH } from '#feedback/contract';
import { type IssueContract } from '#surfaces/issue-contract';
import type { MessageKey } from '../shared/i18n';

export type FeedbackKind = 'complaint' | 'compliment';
export type FeedbackCategory = (typeof feedbackCategory.options)[number];
export type ComplaintSeverity = (typeof complaintSeverity.options)[number];

/** The category and severity choices, in the order the form lists them. */
export const CATEGORIES: readonly FeedbackCategory[] = feedbackCategory.options;
export const SEVERITIES: readonly ComplaintSeverity[] = complaintSeverity.options;

/** What the agent has entered so far in the "Customer feedback…" form. */
export interface FeedbackDraft {
  kind: FeedbackKind;
  customer: NamedRef | null;
  service: NamedRef | null;
  category: FeedbackCategory | null;
  severity: ComplaintSeverity | null;
  statement: string;
}

/** The form's fields, named as the `tagFeedback` input names them (and its errors' `field`). */
export type DraftField = 'kind' | 'customerId' | 'serviceId' | 'category' | 'severity' | 'statement';
export const DRAFT_FIELDS: readonly DraftField[] = ['kind', 'customerId', 'serviceId', 'category', 'severity', 'statement'];

/** A new draft: a complaint, for the ticket's current customer and service. */
export function newDraft(state: Pick<FeedbackState, 'customer' | 'service'>): FeedbackDraft {
  return { kind: 'complaint', customer: state.customer, service: state.service, category: null, severity: null, statement: '' };
}

/** The statement's length as the backend counts it (surrounding spaces do not count). */
export const statementLength = (draft: Pick<FeedbackDraft, 'statement'>): number => draft.statement.trim().length;

/** What must change before the draft can be sent, by field, in the order the form shows them. */
export function draftProblems(draft: FeedbackDraft): Partial<Record<DraftField, MessageKey>> {
  const problems: Partial<Record<DraftField, MessageKey>> = {};
  if (!draft.customer) problems.customerId = 'issue.action.problem.customer';
  if (draft.kind === 'complaint' && !draft.severity) problems.severity = 'issue.action.problem.severity';
  const length = statementLength(draft);
  if (length === 0) problems.statement = 'issue.action.problem.statement';
  else if (length > STATEMENT_MAX_LENGTH) problems.statement = 'issue.action.problem.statementLong';
  return problems;
}

/**
 * The `tagFeedback` input for a draft without problems, or `undefined`. Severity goes with
 * complaints only: a compliment's form hides it, and a value chosen before switching is dropped.
 */
export function tagInputOf(issueKey: string, draft: FeedbackDraft): CallInput<IssueContract, 'tagFeedback'> | undefined {
  if (Object.keys(draftProblems(draft)).length > 0 || !draft.customer) return undefined;
  return {
    issueKey,
    kind: draft.kind,
    customerId: draft.customer.id,
    ...(draft.service ? { serviceId: draft.service.id } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.kind === 'complaint' && draft.severity ? { severity: draft.severity } : {}),
    statement: draft.statement.trim(),
  };
}
