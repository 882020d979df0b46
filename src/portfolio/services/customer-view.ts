import type { JiraClient } from '#platform/jira/client';
import { usersWithEmailByIds } from '#platform/jira/users';
import { readProfile, listAgreements, listChanges } from '#portfolio/portfolio-store';
import type { ChangeView, CustomerView, Person } from '#portfolio/contract';
import { agreementState, daysLeft } from '#portfolio/domain/agreements';
import { readAgreementValue, type FieldChange, type StoredChange } from '#portfolio/domain/changes';
import type { Profile, StoredAgreement } from '#portfolio/domain/profile';
import { mayEdit, type Viewer } from './access';
import { readCatalogue, type CatalogueNames } from './catalogue';

/** How many history entries the panel shows. */
export const HISTORY_SHOWN = 25;

export interface CustomerRecord {
  organization: { id: string; name: string };
  profile: Profile | undefined;
  agreements: StoredAgreement[];
  history: StoredChange[];
}

/** Everything the app keeps about one customer, read from KVS. */
export async function readCustomerRecord(organization: { id: string; name: string }): Promise<CustomerRecord> {
  const [profile, agreements, history] = await Promise.all([
    readProfile(organization.id),
    listAgreements(organization.id),
    listChanges(organization.id, HISTORY_SHOWN),
  ]);
  return { organization, profile, agreements, history };
}

/** People by account id, with Jira's display names (one call for all of them). */
export async function peopleOf(client: JiraClient, accountIds: readonly (string | undefined)[]): Promise<(accountId: string) => Person> {
  const ids = accountIds.filter((id): id is string => id !== undefined && id !== '');
  const users = ids.length === 0 ? new Map<string, { displayName: string }>() : await usersWithEmailByIds(client, ids);
  return (accountId) => ({ accountId, displayName: users.get(accountId)?.displayName ?? accountId });
}

/** A stored change as the panel shows it: an agreement's line read back into its parts. */
function changeOf(change: FieldChange): ChangeView['changes'][number] {
  if (change.field !== 'agreement') return change;
  const line = (value: FieldChange['from']) => (typeof value === 'string' ? (readAgreementValue(value) ?? value) : value);
  return { ...change, from: line(change.from), to: line(change.to) };
}

/** The customer as the panel shows it to this viewer. */
export async function customerViewOf(viewer: Viewer, record: CustomerRecord, today: string, catalogue?: CatalogueNames): Promise<CustomerView> {
  const { profile, agreements, history } = record;
  const names = catalogue ?? (await readCatalogue());
  const person = await peopleOf(viewer.client, [
    profile?.ownerAccountId,
    profile?.updatedBy,
    ...(profile?.keyContacts ?? []).map((c) => c.accountId),
    ...(profile?.lifecycleHistory ?? []).map((c) => c.by),
    ...history.map((h) => h.by),
  ]);
  const service = (id: string) => ({ id, name: names.nameOf(id) });
  return {
    organization: record.organization,
    today,
    profile: {
      version: profile?.version ?? 0,
      owner: profile?.ownerAccountId ? person(profile.ownerAccountId) : null,
      tier: profile?.tier ?? null,
      industry: profile?.industry ?? '',
      keyContacts: (profile?.keyContacts ?? []).map((c) => ({ ...person(c.accountId), role: c.role })),
      enrolledServices: (profile?.enrolledServiceIds ?? []).map(service),
      lifecycle: profile?.lifecycle && profile.lifecycleSince ? { state: profile.lifecycle, since: profile.lifecycleSince } : null,
      lifecycleHistory: (profile?.lifecycleHistory ?? []).map((c) => ({ state: c.state, date: c.date, by: person(c.by) })),
      updatedAt: profile?.updatedAt ?? null,
      updatedBy: profile ? person(profile.updatedBy) : null,
    },
    agreements: [...agreements]
      .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.name.localeCompare(b.name))
      .map((a) => ({
        agreementId: a.agreementId,
        agreementType: a.agreementType,
        name: a.name,
        reference: a.reference,
        startDate: a.startDate,
        endDate: a.endDate,
        services: a.serviceIds.map(service),
        state: agreementState(a, today),
        daysLeft: daysLeft(a, today),
      })),
    history: history.map((h) => ({ at: h.at, by: person(h.by), source: h.source, changes: h.changes.map(changeOf) })),
    canEdit: mayEdit(viewer, profile?.ownerAccountId),
    isAdmin: viewer.isAdmin,
  };
}
