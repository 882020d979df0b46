import { forbidden, notFound, type AppError } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { aboutField } from '#kernel/texts';
import { asUserJira } from './jira/client';
import { JiraError } from './jira/jira-error';
import { myPermissions, type JiraPermissionKey } from './jira/permissions';
import { PLATFORM_TEXTS } from './platform-texts';

/**
 * Who may do what, asked of Jira as the calling user. The UI may hide what a user cannot do, but
 * these checks are what keeps them out.
 */

const notSignedIn = () => forbidden(KERNEL_TEXTS.text('error.notSignedIn'));
const adminOnly = () => forbidden(PLATFORM_TEXTS.text('access.adminOnly'));

/** An issue the caller cannot see, told as Jira tells it: as if it did not exist. */
export const issueMissing = (issueKey: string): AppError =>
  notFound(aboutField('issueKey', PLATFORM_TEXTS.text('access.issueMissing', { issueKey })), 'issueKey');

/** The permissions a check below can require of the caller on an issue, each with the sentence that refuses it. */
const REFUSALS = { EDIT_ISSUES: 'access.cannotEditIssues', CREATE_ISSUES: 'access.cannotCreateIssues' } as const;
export type RequirablePermission = keyof typeof REFUSALS;

/** The refusal of a caller who lacks `permission` in the project of `issueKey`. */
export const lacksPermission = (permission: RequirablePermission, issueKey: string): AppError =>
  forbidden(PLATFORM_TEXTS.text(REFUSALS[permission], { issueKey }));

/** Refuses anyone without Jira's global ADMINISTER permission. */
export async function requireJiraAdmin(accountId: string | undefined): Promise<void> {
  if (!accountId) throw notSignedIn();
  let held: Set<JiraPermissionKey>;
  try {
    held = await myPermissions(asUserJira(), ['ADMINISTER'], {});
  } catch (error) {
    if (error instanceof JiraError && (error.status === 401 || error.status === 403)) throw adminOnly();
    throw error;
  }
  if (!held.has('ADMINISTER')) throw adminOnly();
}

/**
 * The caller's permissions on one issue. An issue the caller cannot browse is reported as not
 * found, as Jira does, so that its existence does not leak.
 */
export async function issuePermissions(accountId: string | undefined, issueKey: string): Promise<Set<JiraPermissionKey>> {
  if (!accountId) throw notSignedIn();
  const missing = () => issueMissing(issueKey);
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

/** Refuses a caller without `permission` in the project of `issueKey`. */
export async function requireIssuePermission(
  accountId: string | undefined,
  issueKey: string,
  permission: RequirablePermission,
): Promise<Set<JiraPermissionKey>> {
  const held = await issuePermissions(accountId, issueKey);
  if (!held.has(permission)) throw lacksPermission(permission, issueKey);
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
  if (!isAgent(held)) throw forbidden(PLATFORM_TEXTS.text('access.agentsOnly', { issueKey }));
  return held;
}

/** Whether the caller works the issue's project as an agent (see requireAgentOf). */
export const isAgent = (held: ReadonlySet<JiraPermissionKey>): boolean => held.has('EDIT_ISSUES');
