/**
 * An answer other than success, as Jira words it. Routes throw these; the emulator turns them
 * into the response body of the API the request was made to.
 */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages.concat(Object.values(errors)).join(' ') || `HTTP ${status}`);
    this.name = 'RestError';
  }
}

export const badRequest = (messages: string | string[], errors: Record<string, string> = {}): RestError =>
  new RestError(400, typeof messages === 'string' ? [messages] : messages, errors);

/** A 400 carrying only field errors, as Jira answers a create or edit with bad field values. */
export const fieldErrors = (errors: Record<string, string>): RestError => new RestError(400, [], errors);

export const unauthorized = (): RestError => new RestError(401, ['You are not authenticated. Authentication required to perform this operation.']);

export const forbidden = (message: string): RestError => new RestError(403, [message]);

export const notFound = (message: string): RestError => new RestError(404, [message]);

export const conflict = (message: string): RestError => new RestError(409, [message]);

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const issueNotFound = (): RestError => notFound(ISSUE_NOT_FOUND);

export const ADMIN_ONLY = 'You must have global administrator rights to access this resource.';

export const adminOnly = (): RestError => forbidden(ADMIN_ONLY);
