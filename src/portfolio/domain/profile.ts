import { z } from 'zod';
import { TIERS, type Tier } from '#kernel/customer-tiers';
import { isoDate } from './dates';

/**
 * The customer profile: what the app keeps about a JSM organization (the customer), keyed by the
 * organization's id. Every list and limit of the portfolio is defined here once; the contract and
 * the UI derive theirs from these.
 */

export { TIERS, type Tier } from '#kernel/customer-tiers';

export const LIFECYCLES = ['prospect', 'active', 'lost'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** The changes of lifecycle a customer may make, from each state (the rules: lifecycle.ts). */
export const LIFECYCLE_TRANSITIONS: Readonly<Record<Lifecycle, readonly Lifecycle[]>> = {
  prospect: ['active'],
  active: ['lost'],
  lost: ['active', 'prospect'],
};

export const AGREEMENT_TYPES = ['sla', 'contract', 'ola', 'other'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const INDUSTRY_MAX_LENGTH = 100;
export const CONTACT_ROLE_MAX_LENGTH = 100;
export const MAX_KEY_CONTACTS = 20;
export const MAX_ENROLLED_SERVICES = 100;
export const AGREEMENT_NAME_MAX_LENGTH = 200;
export const AGREEMENT_REFERENCE_MAX_LENGTH = 2000;
export const MAX_AGREEMENT_SERVICES = 50;
/** Agreements per customer: each is its own KVS entity, listed on the panel in one page. */
export const MAX_AGREEMENTS = 50;
/** An agreement whose end is this close (or closer) is flagged as ending soon. */
export const AGREEMENT_EXPIRY_WARNING_DAYS = 90;

/** A key contact: a JSM customer of the organization, and their role for us. */
export const keyContact = z.object({ accountId: z.string(), role: z.string() });
export type KeyContact = z.infer<typeof keyContact>;

/** One change of lifecycle: the state the customer entered, on which date, recorded by whom and when. */
export const lifecycleChange = z.object({ state: z.enum(LIFECYCLES), date: isoDate, at: z.string(), by: z.string() });
export type LifecycleChange = z.infer<typeof lifecycleChange>;

/**
 * The stored profile (KVS custom entity `customer-profile`, key: the organization id). Optional
 * attributes are left out rather than stored empty, so the entity's indexes (by owner, tier,
 * lifecycle) hold only the customers that have them. `version` goes up by one with every change;
 * a write is conditional on the version it was based on.
 */
export const storedProfile = z.object({
  name: z.string(),
  /** The name in lower case: the portfolio's sort order. */
  sortName: z.string(),
  ownerAccountId: z.string().optional(),
  tier: z.enum(TIERS).optional(),
  industry: z.string().default(''),
  keyContacts: z.array(keyContact).default([]),
  enrolledServiceIds: z.array(z.string()).default([]),
  lifecycle: z.enum(LIFECYCLES).optional(),
  /** The date the current lifecycle state began. */
  lifecycleSince: isoDate.optional(),
  lifecycleHistory: z.array(lifecycleChange).default([]),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StoredProfile = z.infer<typeof storedProfile>;

export interface Profile extends StoredProfile {
  organizationId: string;
}

/** An agreement as stored (KVS custom entity `customer-agreement`, key `<organization id>:<agreement id>`). */
export const storedAgreement = z.object({
  organizationId: z.string(),
  agreementId: z.string(),
  agreementType: z.enum(AGREEMENT_TYPES),
  name: z.string(),
  reference: z.string().default(''),
  startDate: isoDate,
  endDate: isoDate,
  serviceIds: z.array(z.string()).default([]),
  updatedAt: z.string(),
});
export type StoredAgreement = z.infer<typeof storedAgreement>;

/** The sort key of a customer's name. */
export const sortNameOf = (name: string): string => name.trim().toLocaleLowerCase('en');

/** What a profile edit may change besides lifecycle and agreements, each with its own change. */
export const PROFILE_FIELDS = ['ownerAccountId', 'tier', 'industry', 'keyContacts', 'enrolledServiceIds'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileFields {
  ownerAccountId: string | null;
  tier: Tier | null;
  industry: string;
  keyContacts: KeyContact[];
  enrolledServiceIds: string[];
}

export const profileFieldsOf = (profile: StoredProfile | undefined): ProfileFields => ({
  ownerAccountId: profile?.ownerAccountId ?? null,
  tier: profile?.tier ?? null,
  industry: profile?.industry ?? '',
  keyContacts: profile?.keyContacts ?? [],
  enrolledServiceIds: profile?.enrolledServiceIds ?? [],
});

/** Customers per page of the portfolio page, and the most its CSV export writes. */
export const PORTFOLIO_PAGE_SIZE = 25;
export const PORTFOLIO_EXPORT_MAX_ROWS = 5_000;
