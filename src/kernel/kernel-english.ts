/**
 * The kernel's and the resolver plumbing's sentences in English: input checks and what Jira or the
 * app could not do. The input checks (input-schemas.ts) write their messages from this table alone,
 * so that a contract does not bundle the translations (kernel-texts.ts) into the UI.
 */
export const KERNEL_ENGLISH = {
  'input.required': 'is required',
  'input.string': 'must be a string',
  'input.number': 'must be a number',
  'input.boolean': 'must be true or false',
  'input.object': 'it must be an object',
  'input.maxLength': 'must be at most {max} characters',
  'input.issueKey': 'must be an issue key such as ACME-12',
  'input.invalidRequest': 'The request is not valid: {reason}',
  'error.notSignedIn': 'You need to be signed in to Jira to do this.',
  'error.jiraForbidden': 'Jira refused this: {reason}',
  'error.jiraNotFound': 'Jira could not find what this needs: {reason}',
  'error.jiraBusy': 'Jira is busy right now. Wait a minute and try again.',
  'error.jiraFailed': 'Jira could not do this ({status}): {reason}',
  'error.jiraUnexpected': 'Jira answered in a way the app does not understand. Try again; if it persists, contact the app vendor.',
  'error.internal': 'Something went wrong inside the app. Try again; if it persists, contact the app vendor.',
} as const;
