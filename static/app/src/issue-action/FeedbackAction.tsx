import Heading from '@atlaskit/heading';
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { view } from '@forge/bridge';
import { useState } from 'react';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { issueClient } from '../shared/issue-client';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { FeedbackForm, type TagOutcome } from './FeedbackForm';
import { AlreadyTagged, CannotTag, TagDone } from './Outcome';

/**
 * The "Customer feedback…" action for one ticket: the form, or what stands in its way (already
 * tagged, types not set up, no permission), then the outcome.
 */
export function FeedbackAction({ issueKey }: { issueKey: string }) {
  const state = useCall(issueClient, 'getFeedbackState', { issueKey });
  const [outcome, setOutcome] = useState<TagOutcome | undefined>(undefined);

  const body = (() => {
    if (outcome) return <TagDone issueKey={issueKey} outcome={outcome} />;
    if (!state.data) {
      if (!state.error) return <Loading />;
      return (
        <Stack space="space.200">
          <ErrorMessage error={state.error} onRetry={state.reload} />
          <Inline alignInline="end">
            <Button onClick={() => void view.close()}>{t('common.close')}</Button>
          </Inline>
        </Stack>
      );
    }
    const current = state.data;
    if (current.tag) return <AlreadyTagged issueKey={issueKey} tag={current.tag} />;
    const reasons = [
      ...(current.feedbackTypesAvailable ? [] : [t('issue.action.unavailable.notProvisioned', { projectKey: current.projectKey })]),
      ...(current.canTag ? [] : [t('issue.action.unavailable.noPermission', { projectKey: current.projectKey })]),
    ];
    if (reasons.length > 0) return <CannotTag reasons={reasons} />;
    return <FeedbackForm issueKey={issueKey} state={current} onTagged={setOutcome} />;
  })();

  return (
    <Stack space="space.200" testId="feedback-action">
      <Heading size="small" as="h2">
        {t('issue.action.heading', { issueKey })}
      </Heading>
      {body}
    </Stack>
  );
}
