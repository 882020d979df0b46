import { randomUUID } from 'node:crypto';
import { invalidInput, notFound } from '#kernel/app-error';
import { aboutField } from '#kernel/texts';
import type { StoredLifecycleEvent } from '#portfolio/portfolio-store';
import type { AgreementEdit } from '#portfolio/contract';
import { agreementChange, profileChanges, type ChangeLabels, type FieldChange } from '#portfolio/domain/changes';
import { lifecycleProblem, lifecycleProblemText } from '#portfolio/domain/lifecycle';
import {
  MAX_AGREEMENTS,
  profileFieldsOf,
  sortNameOf,
  type Lifecycle,
  type Profile,
  type ProfileFields,
  type StoredAgreement,
  type StoredProfile,
} from '#portfolio/domain/profile';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';

/**
 * What one change of a customer writes, worked out from the profile as it is: the next profile
 * (its version one up), the history entry's changes, and the lifecycle change or agreement that
 * comes with it. Nothing here writes; a bad value throws an error naming its field.
 */
export interface ChangeDraft {
  profile: StoredProfile;
  changes: FieldChange[];
  lifecycleEvent?: Omit<StoredLifecycleEvent, 'organizationId'>;
  setAgreement?: StoredAgreement;
  deleteAgreementId?: string;
}

export interface Author {
  accountId: string;
  at: string;
}

/** The profile the change starts from: the stored one, or a new one for an organization without. */
function baseProfile(current: Profile | undefined, organizationName: string, author: Author): { base: StoredProfile; created: FieldChange[] } {
  if (current) {
    const { organizationId: _id, ...stored } = current;
    return { base: stored, created: [] };
  }
  const base: StoredProfile = {
    name: organizationName,
    sortName: sortNameOf(organizationName),
    industry: '',
    keyContacts: [],
    enrolledServiceIds: [],
    lifecycleHistory: [],
    version: 0,
    createdAt: author.at,
    updatedAt: author.at,
    updatedBy: author.accountId,
  };
  return { base, created: [{ field: 'profile', from: null, to: organizationName }] };
}

function next(base: StoredProfile, organizationName: string, author: Author, fields: Partial<StoredProfile>): StoredProfile {
  return {
    ...base,
    ...fields,
    name: organizationName,
    sortName: sortNameOf(organizationName),
    version: base.version + 1,
    updatedAt: author.at,
    updatedBy: author.accountId,
  };
}

/** An edit of owner, tier, industry, key contacts and enrolled services. */
export function draftProfileEdit(
  current: Profile | undefined,
  organizationName: string,
  edit: ProfileFields,
  labels: ChangeLabels,
  author: Author,
): ChangeDraft | 'unchanged' {
  const { base, created } = baseProfile(current, organizationName, author);
  const changes = profileChanges(profileFieldsOf(current), edit, labels);
  if (changes.length === 0 && created.length === 0) return 'unchanged';
  const { ownerAccountId, tier, ...rest } = edit;
  const profile = next({ ...base, ownerAccountId: undefined, tier: undefined }, organizationName, author, {
    ...rest,
    ...(ownerAccountId !== null ? { ownerAccountId } : {}),
    ...(tier !== null ? { tier } : {}),
  });
  return { profile, changes: [...created, ...changes] };
}

/** A change of lifecycle state on a date (`field` names the input for errors). */
export function draftLifecycle(
  current: Profile | undefined,
  organizationName: string,
  state: Lifecycle,
  date: string,
  today: string,
  author: Author,
  field = 'state',
): ChangeDraft | 'unchanged' {
  const history = current?.lifecycleHistory ?? [];
  const problem = lifecycleProblem(history, state, date, today);
  if (problem?.kind === 'same-state') return 'unchanged';
  if (problem) throw invalidInput(problem.kind === 'not-allowed' ? field : 'date', lifecycleProblemText(problem));
  const { base, created } = baseProfile(current, organizationName, author);
  const previous = history[history.length - 1]?.state ?? 'none';
  const profile = next(base, organizationName, author, {
    lifecycle: state,
    lifecycleSince: date,
    lifecycleHistory: [...history, { state, date, at: author.at, by: author.accountId }],
  });
  return {
    profile,
    changes: [...created, { field: 'lifecycle', from: previous === 'none' ? null : previous, to: state, subject: date }],
    lifecycleEvent: { state, previous, date, at: author.at, by: author.accountId },
  };
}

/** An agreement added or changed (matched by id, or by `matchName` for the import). */
export function draftAgreement(
  current: Profile | undefined,
  organizationId: string,
  organizationName: string,
  agreements: readonly StoredAgreement[],
  edit: Omit<AgreementEdit, 'agreementId'> & { agreementId?: string | undefined },
  author: Author,
  options: { matchName?: boolean } = {},
): ChangeDraft | 'unchanged' {
  const existing =
    edit.agreementId !== undefined
      ? agreements.find((a) => a.agreementId === edit.agreementId)
      : options.matchName
        ? agreements.find((a) => a.name.trim().toLowerCase() === edit.name.trim().toLowerCase())
        : undefined;
  if (edit.agreementId !== undefined && !existing)
    throw notFound(aboutField('agreement.agreementId', PORTFOLIO_TEXTS.text('agreement.missing', { id: edit.agreementId })), 'agreement.agreementId');
  if (!existing && agreements.length >= MAX_AGREEMENTS) throw invalidInput('agreement', PORTFOLIO_TEXTS.text('agreement.tooMany'));
  const agreement: StoredAgreement = {
    organizationId,
    agreementId: existing?.agreementId ?? randomUUID(),
    agreementType: edit.agreementType,
    name: edit.name,
    reference: edit.reference,
    startDate: edit.startDate,
    endDate: edit.endDate,
    serviceIds: [...edit.serviceIds],
    updatedAt: author.at,
  };
  const changes = agreementChange(existing, agreement);
  if (changes.length === 0) return 'unchanged';
  const { base, created } = baseProfile(current, organizationName, author);
  return { profile: next(base, organizationName, author, {}), changes: [...created, ...changes], setAgreement: agreement };
}

export function draftRemoveAgreement(
  current: Profile | undefined,
  organizationName: string,
  agreements: readonly StoredAgreement[],
  agreementId: string,
  author: Author,
): ChangeDraft {
  const existing = agreements.find((a) => a.agreementId === agreementId);
  if (!existing || !current) throw notFound(aboutField('agreementId', PORTFOLIO_TEXTS.text('agreement.missingAlready', { id: agreementId })), 'agreementId');
  const { base } = baseProfile(current, organizationName, author);
  return { profile: next(base, organizationName, author, {}), changes: agreementChange(existing, undefined), deleteAgreementId: agreementId };
}
