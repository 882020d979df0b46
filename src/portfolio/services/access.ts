import { forbidden } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { asUserJira, type JiraClient } from '#platform/jira/client';
import { JiraError } from '#platform/jira/jira-error';
import { myPermissions, permittedProjects } from '#platform/jira/permissions';
import { listServiceDesks, serviceDeskOrganizations, type Organization } from '#platform/jira/service-desk';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';

/**
 * Who may see and change a customer, asked of Jira as the calling user:
 * - reading a profile is for Jira admins and for agents of a service project that serves the
 *   organization (the organization is on the project's service desk). An agent of a project is
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

/**
 * The organizations the viewer serves as an agent: those of the service desks of the viewer's
 * agent projects, by id. `preferProjectId` is looked at first, and `until` stops the reading as
 * soon as it holds (one organization looked for).
 */
export async function servedOrganizations(
  viewer: Viewer,
  options: { preferProjectId?: string; until?: (found: ReadonlyMap<string, Organization>) => boolean } = {},
): Promise<Map<string, Organization>> {
  const found = new Map<string, Organization>();
  if (viewer.agentProjectIds.size === 0) return found;
  const desks = (await listServiceDesks(viewer.client)).filter((d) => viewer.agentProjectIds.has(d.projectId));
  desks.sort((a, b) => Number(b.projectId === options.preferProjectId) - Number(a.projectId === options.preferProjectId));
  for (const desk of desks) {
    for (const organization of await serviceDeskOrganizations(viewer.client, desk.id)) found.set(organization.id, organization);
    if (options.until?.(found)) break;
  }
  return found;
}

const readRefusal = () => forbidden(PORTFOLIO_TEXTS.text('access.readRefused'));

/**
 * Refuses anyone who may not read the customer's profile. `preferProjectId` is the project the
 * surface was opened in (the organization page's project), checked first.
 */
export async function requireReader(accountId: string | undefined, organizationId: string, preferProjectId?: string): Promise<Viewer> {
  const viewer = await viewerOf(accountId);
  if (viewer.isAdmin) return viewer;
  const served = await servedOrganizations(viewer, { ...(preferProjectId ? { preferProjectId } : {}), until: (found) => found.has(organizationId) });
  if (!served.has(organizationId)) throw readRefusal();
  return viewer;
}

/** Whether the viewer (who may read the profile) may change it: its owner, or a Jira admin. */
export const mayEdit = (viewer: Viewer, ownerAccountId: string | undefined): boolean =>
  viewer.isAdmin || (ownerAccountId !== undefined && ownerAccountId === viewer.accountId);

export function requireEditor(viewer: Viewer, ownerAccountId: string | undefined): void {
  if (!mayEdit(viewer, ownerAccountId)) throw forbidden(PORTFOLIO_TEXTS.text('access.editRefused'));
}
