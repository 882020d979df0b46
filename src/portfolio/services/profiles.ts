import { invalidInput, notFound } from '#kernel/app-error';
import { aboutField } from '#kernel/texts';
import { findOrganization, organizationMembers } from '#platform/jira/organizations';
import { findUser } from '#platform/jira/users';
import { commitProfileChange, listAgreements, readProfile } from '#portfolio/portfolio-store';
import type { AgreementEdit, CustomerView, ProfileEdit, SaveOutcome } from '#portfolio/contract';
import { dateOf } from '#portfolio/domain/dates';
import type { Lifecycle, Profile } from '#portfolio/domain/profile';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';
import { requireEditor, requireReader, type Viewer } from './access';
import { readCatalogue } from './catalogue';
import { customerViewOf, peopleOf, readCustomerRecord } from './customer-view';
import { draftAgreement, draftLifecycle, draftProfileEdit, draftRemoveAgreement, type Author, type ChangeDraft } from './profile-drafts';

/**
 * The customer panel's profile: read it, and change it (profile fields, lifecycle, agreements).
 * Every change is based on the version the person saw; if someone saved in between, nothing is
 * written and the answer carries the newer version, so the second writer sees what changed.
 */

/** Where a call comes from: the Forge context's project, when the surface has one. */
export interface CallPlace {
  projectId?: string;
  now?: Date;
}

async function organizationFor(viewer: Viewer, organizationId: string): Promise<{ id: string; name: string }> {
  const organization = await findOrganization(viewer.client, organizationId);
  if (!organization) throw notFound(aboutField('organizationId', PORTFOLIO_TEXTS.text('organization.hidden', { id: organizationId })), 'organizationId');
  return organization;
}

export async function getCustomer(accountId: string | undefined, organizationId: string, place: CallPlace = {}): Promise<CustomerView> {
  const viewer = await requireReader(accountId, organizationId, place.projectId);
  const organization = await organizationFor(viewer, organizationId);
  return customerViewOf(viewer, await readCustomerRecord(organization), dateOf(place.now ?? new Date()));
}

async function conflictOutcome(viewer: Viewer, organization: { id: string; name: string }, today: string): Promise<SaveOutcome> {
  const record = await readCustomerRecord(organization);
  const customer = await customerViewOf(viewer, record, today);
  return { saved: false, reason: 'conflict', customer, changedBy: customer.profile.updatedBy, changedAt: customer.profile.updatedAt };
}

/**
 * One change of a customer by a person: checks the caller, that the change is based on the current
 * version, and that the caller may edit; drafts the change from the profile as it is; writes it in
 * one conditional transaction.
 */
async function change(
  accountId: string | undefined,
  organizationId: string,
  basedOn: number,
  place: CallPlace,
  draft: (
    current: Profile | undefined,
    context: { viewer: Viewer; organization: { id: string; name: string }; author: Author; today: string },
  ) => Promise<ChangeDraft | 'unchanged'>,
): Promise<SaveOutcome> {
  const viewer = await requireReader(accountId, organizationId, place.projectId);
  const organization = await organizationFor(viewer, organizationId);
  const now = place.now ?? new Date();
  const today = dateOf(now);
  const current = await readProfile(organizationId);
  if ((current?.version ?? 0) !== basedOn) return conflictOutcome(viewer, organization, today);
  requireEditor(viewer, current?.ownerAccountId);
  const drafted = await draft(current, { viewer, organization, author: { accountId: viewer.accountId, at: now.toISOString() }, today });
  if (drafted !== 'unchanged') {
    const committed = await commitProfileChange({
      organizationId,
      basedOn: current?.version,
      profile: drafted.profile,
      change: { organizationId, at: now.toISOString(), by: viewer.accountId, source: 'edit', changes: drafted.changes },
      ...(drafted.lifecycleEvent ? { lifecycleEvent: { organizationId, ...drafted.lifecycleEvent } } : {}),
      ...(drafted.setAgreement ? { setAgreement: drafted.setAgreement } : {}),
      ...(drafted.deleteAgreementId ? { deleteAgreementId: drafted.deleteAgreementId } : {}),
    });
    if (!committed) return conflictOutcome(viewer, organization, today);
  }
  return { saved: true, customer: await customerViewOf(viewer, await readCustomerRecord(organization), today) };
}

/** The owner must be a Jira user with an Atlassian account (not a portal-only customer). */
async function checkOwner(viewer: Viewer, ownerAccountId: string | null): Promise<void> {
  if (ownerAccountId === null) return;
  const user = await findUser(viewer.client, ownerAccountId);
  if (!user) throw invalidInput('ownerAccountId', PORTFOLIO_TEXTS.text('owner.unknown', { accountId: ownerAccountId }));
  if (user.accountType === 'customer')
    throw invalidInput('ownerAccountId', PORTFOLIO_TEXTS.text('owner.portalCustomer', { name: user.displayName ?? ownerAccountId }));
}

export function saveProfile(accountId: string | undefined, edit: ProfileEdit, place: CallPlace = {}): Promise<SaveOutcome> {
  return change(accountId, edit.organizationId, edit.version, place, async (current, { viewer, organization, author }) => {
    const [, members, catalogue] = await Promise.all([
      checkOwner(viewer, edit.ownerAccountId),
      edit.keyContacts.length > 0 ? organizationMembers(viewer.client, organization.id) : Promise.resolve([]),
      readCatalogue(),
    ]);
    const memberIds = new Set(members.map((m) => m.accountId));
    edit.keyContacts.forEach((contact, i) => {
      const field = `keyContacts.${i}.accountId`;
      if (!memberIds.has(contact.accountId))
        throw invalidInput(field, PORTFOLIO_TEXTS.text('contact.notMember', { accountId: contact.accountId, organization: organization.name }));
      if (edit.keyContacts.findIndex((c) => c.accountId === contact.accountId) !== i) throw invalidInput(field, PORTFOLIO_TEXTS.text('contact.twice'));
    });
    const known = new Set(current?.enrolledServiceIds ?? []);
    edit.enrolledServiceIds.forEach((id, i) => {
      // A service archived since it was enrolled stays; a newly chosen one must be active in the catalogue.
      if (!known.has(id) && !catalogue.active.some((s) => s.id === id))
        throw invalidInput(`enrolledServiceIds.${i}`, PORTFOLIO_TEXTS.text('service.inactive', { id }));
    });
    const names = new Map(members.map((m) => [m.accountId, m.displayName ?? m.accountId]));
    const person = await peopleOf(viewer.client, [edit.ownerAccountId ?? undefined, current?.ownerAccountId]);
    return draftProfileEdit(
      current,
      organization.name,
      {
        ownerAccountId: edit.ownerAccountId,
        tier: edit.tier,
        industry: edit.industry,
        keyContacts: edit.keyContacts,
        enrolledServiceIds: [...new Set(edit.enrolledServiceIds)],
      },
      { person: (id) => names.get(id) ?? person(id).displayName, service: catalogue.nameOf },
      author,
    );
  });
}

export function changeLifecycle(
  accountId: string | undefined,
  input: { organizationId: string; version: number; state: Lifecycle; date: string },
  place: CallPlace = {},
): Promise<SaveOutcome> {
  return change(accountId, input.organizationId, input.version, place, async (current, { organization, author, today }) =>
    draftLifecycle(current, organization.name, input.state, input.date, today, author),
  );
}

async function checkAgreementServices(current: readonly string[], serviceIds: readonly string[]): Promise<void> {
  const catalogue = await readCatalogue();
  serviceIds.forEach((id, i) => {
    if (!current.includes(id) && !catalogue.active.some((s) => s.id === id))
      throw invalidInput(`agreement.serviceIds.${i}`, PORTFOLIO_TEXTS.text('service.inactive', { id }));
  });
}

export function saveAgreement(
  accountId: string | undefined,
  input: { organizationId: string; version: number; agreement: AgreementEdit },
  place: CallPlace = {},
): Promise<SaveOutcome> {
  return change(accountId, input.organizationId, input.version, place, async (current, { organization, author }) => {
    const agreements = await listAgreements(organization.id);
    const existing = agreements.find((a) => a.agreementId === input.agreement.agreementId);
    await checkAgreementServices(existing?.serviceIds ?? [], input.agreement.serviceIds);
    return draftAgreement(
      current,
      organization.id,
      organization.name,
      agreements,
      { ...input.agreement, serviceIds: [...new Set(input.agreement.serviceIds)] },
      author,
    );
  });
}

export function removeAgreement(
  accountId: string | undefined,
  input: { organizationId: string; version: number; agreementId: string },
  place: CallPlace = {},
): Promise<SaveOutcome> {
  return change(accountId, input.organizationId, input.version, place, async (current, { organization, author }) =>
    draftRemoveAgreement(current, organization.name, await listAgreements(organization.id), input.agreementId, author),
  );
}
