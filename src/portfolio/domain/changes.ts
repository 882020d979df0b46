import { z } from 'zod';
import { AGREEMENT_TYPES, type ProfileFields, type StoredAgreement } from './profile';

/**
 * The history of a profile: every change, who made it and when (KVS custom entity
 * `customer-change`, one per save, written in the same transaction as the change itself).
 */
export const CHANGE_FIELDS = ['profile', 'owner', 'tier', 'industry', 'keyContacts', 'enrolledServices', 'lifecycle', 'agreement'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

const changeValue = z.union([z.string(), z.array(z.string()), z.null()]);
export type ChangeValue = z.infer<typeof changeValue>;

export const fieldChange = z.object({ field: z.enum(CHANGE_FIELDS), from: changeValue, to: changeValue, subject: z.string().optional() });
export type FieldChange = z.infer<typeof fieldChange>;

export const storedChange = z.object({
  organizationId: z.string(),
  at: z.string(),
  by: z.string(),
  /** Where the change came from: an edit on the panel, the CSV import. */
  source: z.enum(['edit', 'import']).default('edit'),
  changes: z.array(fieldChange),
});
export type StoredChange = z.infer<typeof storedChange>;

const same = (a: ChangeValue, b: ChangeValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Names for the ids a change mentions: history keeps what people read at the time of the change. */
export interface ChangeLabels {
  person: (accountId: string) => string;
  service: (serviceId: string) => string;
}

const contactsValue = (contacts: ProfileFields['keyContacts'], labels: ChangeLabels): string[] =>
  contacts.map((c) => `${labels.person(c.accountId)}${c.role ? ` (${c.role})` : ''}`);

/** What an edit of the profile's own fields changes, field by field (nothing when nothing changed). */
export function profileChanges(before: ProfileFields, after: ProfileFields, labels: ChangeLabels): FieldChange[] {
  const person = (id: string | null) => (id === null ? null : labels.person(id));
  const services = (ids: readonly string[]) => ids.map(labels.service).sort();
  const sorted = (ids: readonly string[]) => [...ids].sort();
  // Each field: whether it changed (by ids, which stay), and the values as people read them.
  const pairs: [ChangeField, boolean, ChangeValue, ChangeValue][] = [
    ['owner', before.ownerAccountId !== after.ownerAccountId, person(before.ownerAccountId), person(after.ownerAccountId)],
    ['tier', before.tier !== after.tier, before.tier, after.tier],
    ['industry', before.industry !== after.industry, before.industry || null, after.industry || null],
    [
      'keyContacts',
      JSON.stringify(before.keyContacts) !== JSON.stringify(after.keyContacts),
      contactsValue(before.keyContacts, labels),
      contactsValue(after.keyContacts, labels),
    ],
    [
      'enrolledServices',
      !same(sorted(before.enrolledServiceIds), sorted(after.enrolledServiceIds)),
      services(before.enrolledServiceIds),
      services(after.enrolledServiceIds),
    ],
  ];
  return pairs.filter(([, changed]) => changed).map(([field, , from, to]) => ({ field, from, to }));
}

type AgreementLine = Pick<StoredAgreement, 'agreementType' | 'name' | 'startDate' | 'endDate'>;

/** An agreement as one line of history, as it is stored (`SLA Gold, 2026-01-01 to 2026-12-31`). */
const agreementValue = (a: AgreementLine): string => `${a.agreementType.toUpperCase()} ${a.name}, ${a.startDate} to ${a.endDate}`;

const AGREEMENT_LINE = /^(\S+) (.*), (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/s;

/**
 * A stored line of history read back into the agreement's type, name and dates, so that a reader
 * sees them in their own language; undefined for a line written otherwise.
 */
export function readAgreementValue(value: string): AgreementLine | undefined {
  const match = AGREEMENT_LINE.exec(value);
  const agreementType = AGREEMENT_TYPES.find((t) => t === match?.[1]?.toLowerCase());
  if (!match || !agreementType) return undefined;
  return { agreementType, name: match[2] ?? '', startDate: match[3] ?? '', endDate: match[4] ?? '' };
}

/** An agreement added (before undefined), changed, or removed (after undefined). */
export function agreementChange(before: StoredAgreement | undefined, after: StoredAgreement | undefined): FieldChange[] {
  const from = before ? agreementValue(before) : null;
  const to = after ? agreementValue(after) : null;
  const changed = !before || !after || JSON.stringify({ ...before, updatedAt: '' }) !== JSON.stringify({ ...after, updatedAt: '' });
  if (!changed) return [];
  return [{ field: 'agreement', from, to, subject: after?.name ?? before?.name ?? '' }];
}
