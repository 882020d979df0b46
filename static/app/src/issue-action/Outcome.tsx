import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage from '@atlaskit/section-message';
import { view } from '@forge/bridge';
import { useEffect, useRef } from 'react';
import type { FeedbackTagView } from '#feedback/contract';
import { t } from '../shared/i18n';
import { FeedbackBadge } from '../shared/ui/FeedbackBadge';
import type { TagOutcome } from './FeedbackForm';

const dateOf = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
};

/**
 * The button that ends the action. After a submit it takes focus (the submit button it replaces is
 * gone), so that Enter or Space finishes; when the modal opens, focus stays where the host put it.
 */
function FinishButton({
  label,
  onClick,
  appearance,
  takeFocus = false,
}: {
  label: string;
  onClick: () => void;
  appearance: 'primary' | 'default';
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <Inline alignInline="end">
      <Button ref={ref} appearance={appearance} onClick={onClick} testId="feedback-finish">
        {label}
      </Button>
    </Inline>
  );
}

/**
 * After tagging: the feedback issue just created, or the one the ticket already had. "Done"
 * submits the outcome, so the host closes the modal and refreshes the issue to show the badge.
 */
export function TagDone({ issueKey, outcome }: { issueKey: string; outcome: TagOutcome }) {
  const { tag, created } = outcome;
  return (
    <Stack space="space.200" testId="feedback-done">
      {created ? (
        <SectionMessage appearance="success" title={t('issue.action.created.title', { kind: t(`issue.feedback.kind.${tag.kind}`), key: tag.feedbackIssueKey })}>
          <Stack space="space.100">
            <FeedbackBadge tag={tag} showSummary />
            <Text as="p">{t('issue.action.created.body', { issueKey })}</Text>
          </Stack>
        </SectionMessage>
      ) : (
        <ExistingTag issueKey={issueKey} tag={tag} />
      )}
      <FinishButton label={t('issue.action.done')} appearance="primary" onClick={() => void view.submit(outcome)} takeFocus />
    </Stack>
  );
}

/** The ticket's existing tag: a ticket has one complaint or compliment, never a second. */
function ExistingTag({ issueKey, tag }: { issueKey: string; tag: FeedbackTagView }) {
  return (
    <SectionMessage appearance="information" title={t('issue.action.existing.title', { issueKey })} testId="feedback-existing">
      <Stack space="space.100">
        <FeedbackBadge tag={tag} showSummary />
        <Text as="p" size="small" color="color.text.subtle">
          {t('issue.feedback.taggedOn', { date: dateOf(tag.taggedAt) })}
        </Text>
        <Text as="p">{t('issue.action.existing.body', { kind: t(`issue.feedback.kindLower.${tag.kind}`) })}</Text>
      </Stack>
    </SectionMessage>
  );
}

/** Opened on a ticket that is already tagged: its tag instead of the form. */
export function AlreadyTagged({ issueKey, tag }: { issueKey: string; tag: FeedbackTagView }) {
  return (
    <Stack space="space.200">
      <ExistingTag issueKey={issueKey} tag={tag} />
      <FinishButton label={t('common.close')} appearance="default" onClick={() => void view.close()} />
    </Stack>
  );
}

/** Why this ticket cannot be tagged, and who can change that. */
export function CannotTag({ reasons }: { reasons: string[] }) {
  return (
    <Stack space="space.200">
      <SectionMessage appearance="warning" title={t('issue.action.unavailable.title')} testId="feedback-unavailable">
        <Stack space="space.100">
          {reasons.map((reason) => (
            <Text as="p" key={reason}>
              {reason}
            </Text>
          ))}
        </Stack>
      </SectionMessage>
      <FinishButton label={t('common.close')} appearance="default" onClick={() => void view.close()} />
    </Stack>
  );
}
