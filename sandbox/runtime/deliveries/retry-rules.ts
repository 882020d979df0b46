import { z } from 'zod';

/**
 * How Forge retries what it delivers, from the Forge references:
 * - "Atlassian app events" (events-reference/product_events, "Retry Atlassian app events"): a
 *   trigger asks for a retry by returning `InvocationError` from `@forge/events`, at most four
 *   times; `retryAfter` above 900 s is lowered to 900; the retried event carries `retryContext`
 *   `{ retryCount, retryReason, retryData }`. Platform-level errors (a timeout) are retried by
 *   Forge itself with `retryReason` `FUNCTION_TIME_OUT`.
 * - "Async events API" (runtime-reference/async-events-api, "Retries"): an event is retried until
 *   it is delivered, with exponential backoff up to about 15 minutes between attempts, within a
 *   retention window of 24 hours from the push; an event still failing through app-level errors
 *   (a throw, a timeout, a returned `InvocationError`) when the window closes is dropped.
 * - "Async events limits": `retryData` is at most 4 KB.
 * Where those pages give no number (how often and how soon Forge retries a trigger that timed
 * out; the first backoff interval), the sandbox's choice is written in sandbox/runtime/README.md.
 */
export const MAX_RETRY_AFTER_SECONDS = 900;
export const MIN_RETRY_AFTER_SECONDS = 1;
export const MAX_RETRY_DATA_BYTES = 4 * 1024;
export const TRIGGER_MAX_RETRIES = 4;
/** The sandbox's choice: a trigger that timed out is tried again after a minute. */
export const TRIGGER_PLATFORM_RETRY_SECONDS = 60;
export const ASYNC_RETENTION_MS = 24 * 60 * 60 * 1000;
/** The sandbox's choice: the first automatic async-event retry waits 15 s, doubling up to 900 s. */
export const ASYNC_FIRST_BACKOFF_SECONDS = 15;

/** The reasons Forge names (`InvocationErrorCode` in `@forge/events`), and the sandbox's own for a throw. */
export const RetryReason = {
  timeout: 'FUNCTION_TIME_OUT',
  retryRequest: 'FUNCTION_RETRY_REQUEST',
  /** The sandbox's own: the function threw. Forge documents no code for it. */
  runtimeError: 'FUNCTION_RUNTIME_ERROR',
} as const;

/**
 * What a function returns to ask for a retry: `new InvocationError(options)` serialises to
 * `{ _retry: true, retryOptions }`; a `QueueResponse` after `retry()` is `{ _retry: true }`.
 */
const retryRequestSchema = z.object({
  _retry: z.literal(true),
  retryOptions: z.object({ retryAfter: z.number().optional(), retryReason: z.string().optional(), retryData: z.unknown().optional() }).passthrough().optional(),
});

export interface RetryRequest {
  afterSeconds: number;
  reason: string;
  /** `retryData` as JSON, or null when none was given. */
  data: string | null;
}

/** The retry a function's return value asks for, if it asks for one. */
export function retryRequested(value: unknown): RetryRequest | undefined {
  const parsed = retryRequestSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const options = parsed.data.retryOptions;
  const after = options?.retryAfter ?? MIN_RETRY_AFTER_SECONDS;
  return {
    afterSeconds: Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(MIN_RETRY_AFTER_SECONDS, after)),
    reason: options?.retryReason ?? RetryReason.retryRequest,
    data: options?.retryData === undefined ? null : JSON.stringify(options.retryData),
  };
}

/** Seconds before automatic async-event retry number `retryCount` (1 for the first). */
export function asyncBackoffSeconds(retryCount: number): number {
  return Math.min(MAX_RETRY_AFTER_SECONDS, ASYNC_FIRST_BACKOFF_SECONDS * 2 ** Math.max(0, retryCount - 1));
}

/** The `retryData` a retried delivery carries (JSON null when none was given). */
export function retryDataOf(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}
