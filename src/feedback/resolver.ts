import { defineHandlers } from '#kernel/contract';
import { feedbackContract } from './contract';
import { getFeedbackState } from './feedback-state';
import { tagFeedback } from './tag-feedback';

/**
 * Feedback's handlers on the issue surfaces. Each service checks the caller's own permission on the
 * issue named in the payload before anything is read or written as the app.
 */
export const feedbackHandlers = defineHandlers(feedbackContract, {
  getFeedbackState: ({ issueKey }, { accountId }) => getFeedbackState(accountId, issueKey),
  tagFeedback: (input, { accountId }) => tagFeedback(accountId, input),
});
