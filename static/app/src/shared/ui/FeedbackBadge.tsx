import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { FeedbackTagView } from '#feedback/contract';
import { t } from '../i18n';
import { IssueLink } from './IssueLink';
import { StatusLozenge, type LozengeAppearance } from './StatusLozenge';

type StatusCategory = NonNullable<FeedbackTagView['feedbackIssue']>['statusCategory'];

/** Jira colours a status by its category: grey to do, blue in progress, green done. */
const statusAppearance: Record<StatusCategory, LozengeAppearance> = { new: 'default', indeterminate: 'inprogress', done: 'success' };

/** The kind of feedback as a lozenge: a complaint in red, a compliment in green. */
export function FeedbackKindLozenge({ kind }: { kind: FeedbackTagView['kind'] }) {
  return (
    <StatusLozenge appearance={kind === 'complaint' ? 'removed' : 'success'} testId="feedback-kind">
      {t(`issue.feedback.kind.${kind}`)}
    </StatusLozenge>
  );
}

/**
 * A ticket's feedback tag: the kind, the linked Complaint or Compliment issue and that issue's
 * status; with `showSummary`, also the feedback issue's summary under it.
 */
export function FeedbackBadge({ tag, showSummary = false }: { tag: FeedbackTagView; showSummary?: boolean }) {
  const issue = tag.feedbackIssue;
  return (
    <Stack space="space.050" testId="feedback-badge">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <FeedbackKindLozenge kind={tag.kind} />
        <IssueLink issueKey={tag.feedbackIssueKey} testId="feedback-issue-link" />
        {issue ? (
          // A tag just written may come back before its issue could be read: no status to show yet.
          issue.status === '' ? null : (
            <StatusLozenge appearance={statusAppearance[issue.statusCategory]} testId="feedback-status">
              {issue.status}
            </StatusLozenge>
          )
        ) : (
          <Text size="small" color="color.text.subtlest">
            {t('issue.feedback.hidden')}
          </Text>
        )}
      </Inline>
      {showSummary && issue ? (
        <Text size="small" color="color.text.subtle" maxLines={2}>
          {issue.summary}
        </Text>
      ) : null}
    </Stack>
  );
}
