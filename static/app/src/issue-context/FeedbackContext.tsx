import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Spinner from '@atlaskit/spinner';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { issueClient } from '../shared/issue-client';
import { useIssueChanged } from '../shared/issue-events';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FeedbackBadge } from '../shared/ui/FeedbackBadge';

/**
 * The ticket's feedback badge in the issue's right-hand column: "Complaint" or "Compliment" with
 * the linked feedback issue and its status; a quiet line when the ticket is not tagged.
 */
export function FeedbackContext({ issueKey }: { issueKey: string }) {
  const state = useCall(issueClient, 'getFeedbackState', { issueKey });
  useIssueChanged(state.reload);
  if (!state.data) {
    if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
    return (
      <Box padding="space.050" role="status" aria-live="polite">
        <Inline space="space.100" alignBlock="center">
          <Spinner size="small" label={t('common.loading')} />
          <Text size="small" color="color.text.subtlest">
            {t('common.loading')}
          </Text>
        </Inline>
      </Box>
    );
  }
  const { tag, canTag, feedbackTypesAvailable } = state.data;
  if (tag) return <FeedbackBadge tag={tag} showSummary />;
  return (
    <Stack space="space.050" testId="feedback-none">
      <Text size="small" color="color.text.subtlest">
        {t('issue.context.none')}
      </Text>
      {canTag && feedbackTypesAvailable ? (
        <Text size="small" color="color.text.subtlest">
          {t('issue.context.hint')}
        </Text>
      ) : null}
    </Stack>
  );
}
