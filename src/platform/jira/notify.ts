import { route } from '@forge/api';
import type { JiraClient } from './client';

export interface IssueEmail {
  subject: string;
  textBody: string;
  htmlBody: string;
  /** Account ids of the people to tell. */
  to: readonly string[];
}

/**
 * Sends an email about an issue through Jira (Send notification for issue, POST
 * /rest/api/3/issue/{issueIdOrKey}/notify), to the users named, and only to those who may browse
 * the issue (`restrict`), so an alert never tells someone about an issue they cannot open.
 */
export function notifyAboutIssue(client: JiraClient, issueIdOrKey: string, email: IssueEmail): Promise<void> {
  return client.write('POST', route`/rest/api/3/issue/${issueIdOrKey}/notify`, {
    subject: email.subject,
    textBody: email.textBody,
    htmlBody: email.htmlBody,
    to: { reporter: false, assignee: false, watchers: false, voters: false, users: email.to.map((accountId) => ({ accountId })) },
    restrict: { permissions: [{ key: 'BROWSE' }] },
  });
}
