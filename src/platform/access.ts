import { forbidden, notFound } from '#kernel/app-error';
import { asUserJira } from './jira/client';
import { JiraError } from './jira/jira-error';
import { myPermissions, type JiraPermissionKey } from './jira/permissions';

/**
 * Who may do what, asked of Jira as the calling user. The UI may hide what a user cannot do, but
 * these checks are what keeps them out.
 */

const notSignedIn = () => forbidden('You need to be signed in to Jira to do this.');

/** Refuses anyone without Jira's global ADMINISTER permission. */
export async function requireJiraAdmin(accountId: string | undefined): Promise<void> {
  if (!accountId) throw notSignedIn();
  let held: Set<JiraPermissionKey>;
  try {
    held = await myPermissions(asUserJira(), ['ADMINISTER'], {});
  } catch (error) {
    if (error instanceof JiraError && (error.status === 401 || error.status === 403)) throw forbidden('Only Jira administrators can use the BRM admin page.');
    throw error;
  }
  if (!held.has('ADMINISTER')) throw forbidden('Only Jira administrators can use the BRM admin page.');
}

/**
 * The caller's permissions on one issue. An issue the caller cannot browse is reported as not
 * found, as Jira does, so that its existence does not leak.
 */
export async function issuePermissions(accountId: string | undefined, issueKey: string): Promise<Set<JiraPermissionKey>> {
  if (!accountId) throw notSignedIn();
  const missing = () => notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  let held: Set<JiraPermissionKey>;
  try {
    held = await myPermissions(asUserJira(), ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES'], { issueKey });
  } catch (error) {
    if (error instanceof JiraError && (error.status === 404 || error.status === 400)) throw missing();
    if (error instanceof JiraError && error.status === 401) throw notSignedIn();
    throw error;
  }
  if (!held.has('BROWSE_PROJECTS')) throw missing();
  return held;
}

export async function requireIssuePermission(
  accountId: string | undefined,
  issueKey: string,
  permission: JiraPermissionKey,
  action: string,
): Promise<Set<JiraPermissionKey>> {
  const held = await issuePermissions(accountId, issueKey);
  if (!held.has(permission)) throw forbidden(`You do not have permission to ${action} in the project of ${issueKey}.`);
  return held;
}

/**
 * Refuses anyone who is not an agent of the project of `issueKey`: someone who may edit its issues.
 * Portal customers may browse their own requests but not edit them (JSM's customer permissions are
 * Browse, Create, Add comments and Create attachments), so this is what sets agents apart; it is
 * asked in the project concerned, never "in some project".
 */
export async function requireAgentOf(accountId: string | undefined, issueKey: string): Promise<Set<JiraPermissionKey>> {
  const held = await issuePermissions(accountId, issueKey);
  if (!isAgent(held)) throw forbidden(`Only agents of the project of ${issueKey} can do this.`);
  return held;
}

/** Whether the caller works the issue's project as an agent (see requireAgentOf). */
export const isAgent = (held: ReadonlySet<JiraPermissionKey>): boolean => held.has('EDIT_ISSUES');
