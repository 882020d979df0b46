import type { AdfDocument } from './description';

/**
 * What the Complaint or Compliment is created with. Create issue (POST /rest/api/3/issue) accepts
 * only the fields of the create screen of the issue's project and type, so the app sends only
 * system fields, and only those the screen offers (its create metadata); Customer and Service are
 * set afterwards with the app field value API, which skips the screens.
 */
export interface FeedbackIssueDraft {
  summary: string;
  /** The agent's statement and where it came from. */
  description: AdfDocument;
  /** Category and severity (feedbackLabels); may be empty. */
  labels: readonly string[];
  /** The agent who tags: the reporter, where the screen lets the app say so; none when the app tags by its own rules. */
  reporterAccountId?: string;
}

/** How the fields the feedback issue needs are named on Jira's screens, for an admin. */
const SCREEN_NAMES = { summary: 'Summary', description: 'Description', labels: 'Labels' } as const;

export type FeedbackCreateFields = { ok: true; fields: Record<string, unknown> } | { ok: false; missing: string[] };

/**
 * The `fields` of Create issue for the draft, given the field ids of the create screen. Summary and
 * Description carry the feedback and Labels its category and severity: a screen without one of
 * those that the draft needs refuses the tagging (`missing` names them), rather than creating an
 * issue that silently lacks them. The reporter is set where the screen offers it; elsewhere Jira
 * records the app as the reporter, and the ticket's tag still names the agent.
 */
export function feedbackCreateFields(draft: FeedbackIssueDraft, onScreen: ReadonlySet<string>): FeedbackCreateFields {
  const needed: (keyof typeof SCREEN_NAMES)[] = ['summary', 'description', ...(draft.labels.length > 0 ? (['labels'] as const) : [])];
  const missing = needed.filter((id) => !onScreen.has(id)).map((id) => SCREEN_NAMES[id]);
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    fields: {
      summary: draft.summary,
      description: draft.description,
      ...(draft.labels.length > 0 ? { labels: [...draft.labels] } : {}),
      ...(onScreen.has('reporter') && draft.reporterAccountId !== undefined ? { reporter: { accountId: draft.reporterAccountId } } : {}),
    },
  };
}
