import { InvocationError, InvocationErrorCode } from '@forge/events';

/** The longest wait Forge honours before delivering an Atlassian app event again, in seconds. */
const MAX_RETRY_AFTER_SECONDS = 900;

/** A request to Forge to deliver an event again. */
export type EventRetry = InvocationError;

/**
 * What a product-event trigger returns to have Forge deliver the event again after `seconds`
 * ("Retry Atlassian app events": at most four times; the retried event carries `retryContext`).
 */
export function retryEventLater(seconds: number): EventRetry {
  const retryAfter = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(seconds)));
  return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
}
