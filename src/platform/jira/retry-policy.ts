/**
 * How the Jira client waits when Jira is busy (429, or 503). Jira's Retry-After wins over the
 * backoff; a wait longer than `maxDelayMs` is not worth it inside a Forge invocation (25 s), so the
 * client gives up and reports the 429 instead.
 */
export interface RetryPolicy {
  /** Total tries, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const defaults: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, sleep: realSleep };
let current: RetryPolicy = { ...defaults };

export const retryPolicy = (): RetryPolicy => current;

/** Changes the policy for every client created afterwards; tests pass a sleep that does not wait. */
export function configureRetry(change: Partial<RetryPolicy>): void {
  current = { ...current, ...change };
}

export function resetRetry(): void {
  current = { ...defaults };
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before try number `attempt + 1` (attempt counts from 1): Retry-After, else exponential backoff. */
export function delayBeforeRetry(policy: RetryPolicy, attempt: number, retryAfter: number | undefined): number {
  return retryAfter ?? policy.baseDelayMs * 2 ** (attempt - 1);
}

export const isRetryableStatus = (status: number): boolean => status === 429 || status === 503;
