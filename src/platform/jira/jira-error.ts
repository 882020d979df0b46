import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import type { Text } from '#kernel/texts';

/** Jira answered with an error status. Carries Jira's own error body so callers can say why. */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>>,
  ) {
    const details = [...errorMessages, ...Object.entries(errors).map(([field, message]) => `${field}: ${message}`)];
    super(`Jira answered ${status} to ${method} ${path}${details.length > 0 ? `: ${details.join(' ')}` : '.'}`);
    this.name = 'JiraError';
  }

  /** Jira's explanation alone, for people: "The issue type name is already used." */
  get reason(): string {
    const details = [...this.errorMessages, ...Object.entries(this.errors).map(([field, message]) => `${field}: ${message}`)];
    return details.length > 0 ? details.join(' ') : `HTTP ${this.status}`;
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

/** Jira answered 2xx with a body this client does not understand: the API changed or the path is wrong. */
export class UnexpectedJiraResponse extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`Jira's answer to ${method} ${path} was not in the expected shape: ${problem}`);
    this.name = 'UnexpectedJiraResponse';
  }
}

/**
 * What a person reads about a Jira call that failed: Jira's own reason where it gave one. The
 * resolver plumbing answers a call with it, the job runner records it for a job that stopped.
 */
export function jiraFailureText(error: JiraError | UnexpectedJiraResponse): Text {
  if (error instanceof UnexpectedJiraResponse) return KERNEL_TEXTS.text('error.jiraUnexpected');
  const reason = error.reason;
  if (error.status === 401 || error.status === 403) return KERNEL_TEXTS.text('error.jiraForbidden', { reason });
  if (error.status === 404) return KERNEL_TEXTS.text('error.jiraNotFound', { reason });
  if (error.status === 429) return KERNEL_TEXTS.text('error.jiraBusy');
  return KERNEL_TEXTS.text('error.jiraFailed', { status: String(error.status), reason });
}
