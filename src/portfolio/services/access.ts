import { forbidden } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { asUserJira, type JiraClient } from '#platform/jira/client';
import { JiraError } from '#platform/jira/jira-error';
import { myPermissions, permittedProjects } from '#platform/jira/permissions';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';
import { serves } from './served-scope';

/**
 * Who may see and change a customer, asked of Jira as the calling user:
 * - reading a profile is for Jira admins and for agents of a service project that serves the
 *   organization (the organization is on the project's service desk, as served-scope.ts reads it). An agent of a project is
 *   someone who may edit its issues (JSM gives portal customers Browse, never Edit);
 * - changing it is for its BRM owner (who must still be able to read it) and for Jira admins.
 */

export interface Viewer {
  accountId: string;
  client: JiraClient;
  isAdmin: boolean;
  /** The projects where the viewer works as an agent. */
  agentProjectIds: ReadonlySet<string>;
}

const notSignedIn = () => forbidden(KERNEL_TEXTS.text('error.notSignedIn'));

/** The caller as Jira sees them: admin or not, and the projects they are an agent of (two calls). */
export async function viewerOf(accountId: string | undefined): Promise<Viewer> {
  if (!accountId) throw notSignedIn();
  const client = asUserJira();
  try {
    const [global, projects] = await Promise.all([myPermissions(client, ['ADMINISTER'], {}), permittedProjects(client, ['EDIT_ISSUES'])]);
    return { accountId, client, isAdmin: global.has('ADMINISTER'), agentProjectIds: new Set(projects.map((p) => p.id)) };
  } catch (error) {
    if (error instanceof JiraError && error.status === 401) throw notSignedIn();
    throw error;
  }
}

const readRefusal = () => forbidden(PORTFOLIO_TEXTS.text('access.readRefused'));

/**
 * Refuses anyone who may not read the customer's profile. `preferProjectId` is the project the
 * surface was opened in (the organization page's project), checked first.
 */
export async function requireReader(accountId: string | undefined, organizationId: string, preferProjectId?: string, now: Date = new Date()): Promise<Viewer> {
  const viewer = await viewerOf(accountId);
  if (viewer.isAdmin) return viewer;
  if (!(await serves(viewer, organizationId, now, preferProjectId))) throw readRefusal();
  return viewer;
}

/** Whether the viewer (who may read the profile) may change it: its owner, or a Jira admin. */
export const mayEdit = (viewer: Viewer, ownerAccountId: string | undefined): boolean =>
  viewer.isAdmin || (ownerAccountId !== undefined && ownerAccountId === viewer.accountId);

export function requireEditor(viewer: Viewer, ownerAccountId: string | undefined): void {
  if (!mayEdit(viewer, ownerAccountId)) throw forbidden(PORTFOLIO_TEXTS.text('access.editRefused'));
}
