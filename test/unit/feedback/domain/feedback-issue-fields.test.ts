import { feedbackDescription } from '#feedback/domain/description';
import { feedbackCreateFields, type FeedbackIssueDraft } from '#feedback/domain/feedback-issue-fields';

/** Create issue takes only the fields of the create screen: the feedback issue is created with those it offers. */

const draft = (labels: string[]): FeedbackIssueDraft => ({
  summary: 'Complaint: Nobody answered',
  description: feedbackDescription('Nobody answered', 'ACME-1', 'Printer'),
  labels,
  reporterAccountId: 'agent-1',
});

const jsmCreateScreen = new Set([
  'summary',
  'issuetype',
  'description',
  'reporter',
  'assignee',
  'priority',
  'labels',
  'customfield_10010',
  'customfield_10002',
]);

describe('feedbackCreateFields', () => {
  it('sends summary, description, labels and the agent as reporter on a screen that has them, and no custom field', () => {
    const body = feedbackCreateFields(draft(['brm-severity-high']), jsmCreateScreen);
    expect(body).toEqual({
      ok: true,
      fields: { summary: 'Complaint: Nobody answered', description: draft([]).description, labels: ['brm-severity-high'], reporter: { accountId: 'agent-1' } },
    });
  });

  it('leaves out the reporter and empty labels where the screen lacks them', () => {
    const screen = new Set(['summary', 'description']);
    expect(feedbackCreateFields(draft([]), screen)).toEqual({
      ok: true,
      fields: { summary: 'Complaint: Nobody answered', description: draft([]).description },
    });
  });

  it('names the fields the feedback needs and the screen lacks, rather than dropping them', () => {
    expect(feedbackCreateFields(draft(['brm-category-cost']), new Set(['summary', 'reporter']))).toEqual({ ok: false, missing: ['Description', 'Labels'] });
    expect(feedbackCreateFields(draft([]), new Set(['description']))).toEqual({ ok: false, missing: ['Summary'] });
  });
});
