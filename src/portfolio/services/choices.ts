import { organizationMembers } from '#platform/jira/organizations';
import { searchUsers } from '#platform/jira/users';
import type { Person } from '#portfolio/contract';
import { requireReader } from './access';
import { readCatalogue } from './catalogue';
import type { CallPlace } from './profiles';

const byName = (a: Person, b: Person): number => a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' });

/** Key contacts are chosen among the organization's customers (asked as the user: agents may list them). */
export async function contactChoices(accountId: string | undefined, organizationId: string, place: CallPlace = {}): Promise<Person[]> {
  const viewer = await requireReader(accountId, organizationId, place.projectId);
  const members = await organizationMembers(viewer.client, organizationId);
  return members.map((m) => ({ accountId: m.accountId, displayName: m.displayName ?? m.accountId })).sort(byName);
}

/** BRM owners are chosen among the people of the team: Jira users who are not portal-only customers or apps. */
export async function ownerChoices(accountId: string | undefined, organizationId: string, query: string, place: CallPlace = {}): Promise<Person[]> {
  const viewer = await requireReader(accountId, organizationId, place.projectId);
  const users = await searchUsers(viewer.client, query, 50);
  return users
    .filter((u) => u.accountType === undefined || u.accountType === 'atlassian')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }))
    .sort(byName);
}

/** Enrolled services and an agreement's services are chosen among the catalogue's active services. */
export async function serviceChoices(accountId: string | undefined, organizationId: string, place: CallPlace = {}): Promise<{ id: string; name: string }[]> {
  await requireReader(accountId, organizationId, place.projectId);
  return (await readCatalogue()).active;
}
