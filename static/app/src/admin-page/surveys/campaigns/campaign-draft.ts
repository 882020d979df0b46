import { campaignContacts, mergeKeyContacts, TIERS, type CampaignAudience, type CampaignChoice, type CampaignSetup, type Tier } from '#surveys/admin-contract';
import { wholeNumber } from '../controls';

/** A relationship campaign as the form plans it: numbers as the text typed, organizations in the order ticked. */
export interface CampaignDraft {
  name: string;
  questionnaireId: string;
  organizationsBy: CampaignChoice;
  organizationIds: string[];
  tiers: Tier[];
  audience: CampaignAudience;
  /** Key contacts ticked besides those the portfolio lists. */
  keyContacts: Record<string, string[]>;
  serviceDeskId: string;
  requestTypeId: string;
  expiryDays: string;
  reminderDays: string;
  anonymous: boolean;
}

/** The period a campaign surveys, for its suggested name: relationship surveys run once a quarter (UTC). The viewer's language writes it. */
export const quarterOf = (date: Date): { year: string; quarter: string } => ({
  year: String(date.getUTCFullYear()),
  quarter: String(Math.floor(date.getUTCMonth() / 3) + 1),
});

export function newCampaignDraft(name: string, questionnaireId: string): CampaignDraft {
  return {
    name,
    questionnaireId,
    organizationsBy: 'name',
    organizationIds: [],
    tiers: [],
    audience: 'key-contacts',
    keyContacts: {},
    serviceDeskId: '',
    requestTypeId: '',
    expiryDays: '14',
    reminderDays: '7',
    anonymous: false,
  };
}

/** Ticking an organization adds it; unticking drops it and the key contacts chosen in it. */
export function toggleOrganization(draft: CampaignDraft, organizationId: string, on: boolean): CampaignDraft {
  if (on) return draft.organizationIds.includes(organizationId) ? draft : { ...draft, organizationIds: [...draft.organizationIds, organizationId] };
  const { [organizationId]: _dropped, ...keyContacts } = draft.keyContacts;
  return { ...draft, organizationIds: draft.organizationIds.filter((id) => id !== organizationId), keyContacts };
}

/** Ticking a tier adds it; the tiers stay in the portfolio's order. */
export const toggleTier = (draft: CampaignDraft, tier: Tier, on: boolean): CampaignDraft => ({
  ...draft,
  tiers: TIERS.filter((t) => (t === tier ? on : draft.tiers.includes(t))),
});

/** An organization as the form knows it: its tier and key contacts in the portfolio. */
export interface OrganizationChoice {
  id: string;
  name: string;
  tier: Tier | null;
  keyContacts: readonly string[];
}

/** The organizations in the ticked tiers now, in the order of the tiers (the job reads them again when it plans). */
export const organizationsInTiers = (organizations: readonly OrganizationChoice[], tiers: readonly Tier[]): OrganizationChoice[] =>
  tiers.flatMap((tier) => organizations.filter((o) => o.tier === tier));

export function toggleContact(draft: CampaignDraft, organizationId: string, accountId: string, on: boolean): CampaignDraft {
  const current = draft.keyContacts[organizationId] ?? [];
  const next = on ? (current.includes(accountId) ? current : [...current, accountId]) : current.filter((id) => id !== accountId);
  return { ...draft, keyContacts: { ...draft.keyContacts, [organizationId]: next } };
}

/** Choosing a service project picks its survey request type when it has one. */
export const chooseDesk = (draft: CampaignDraft, serviceDeskId: string, surveyRequestTypeId: string | null): CampaignDraft => ({
  ...draft,
  serviceDeskId,
  requestTypeId: surveyRequestTypeId ?? '',
});

/**
 * What the campaign will send, as far as the members loaded so far tell: by name, the contacts (each
 * person once, as the job counts them, the portfolio's key contacts with those ticked) and the ticked
 * organizations whose members are still loading; by tier, the organizations in the tiers now.
 */
export function campaignPlan(
  draft: CampaignDraft,
  organizations: readonly OrganizationChoice[],
  members: ReadonlyMap<string, readonly string[]>,
): { contacts: number; organizations: number; pending: number } {
  if (draft.organizationsBy === 'tier') return { contacts: 0, organizations: organizationsInTiers(organizations, draft.tiers).length, pending: 0 };
  const loaded = draft.organizationIds.filter((id) => members.has(id));
  const fromPortfolio = new Map(organizations.map((o) => [o.id, o.keyContacts]));
  return {
    contacts: campaignContacts(loaded, members, draft.audience, mergeKeyContacts(loaded, fromPortfolio, draft.keyContacts)).length,
    organizations: draft.organizationIds.length,
    pending: draft.organizationIds.length - loaded.length,
  };
}

export type DraftNumberField = 'expiryDays' | 'reminderDays';

/** The setup to start, or the number fields whose text is not a whole number (the expiry is required; an empty reminder means none). */
export function setupOf(draft: CampaignDraft): { ok: true; setup: CampaignSetup } | { ok: false; fields: DraftNumberField[] } {
  const expiry = wholeNumber(draft.expiryDays);
  const reminder = wholeNumber(draft.reminderDays);
  const bad: DraftNumberField[] = [
    ...(expiry === undefined || expiry === null ? (['expiryDays'] as const) : []),
    ...(reminder === undefined ? (['reminderDays'] as const) : []),
  ];
  if (expiry === undefined || expiry === null || reminder === undefined) return { ok: false, fields: bad };
  const byName = draft.organizationsBy === 'name';
  const chosen = new Set(draft.organizationIds);
  const keyContacts =
    byName && draft.audience === 'key-contacts'
      ? Object.fromEntries(Object.entries(draft.keyContacts).filter(([id, people]) => chosen.has(id) && people.length > 0))
      : {};
  return {
    ok: true,
    setup: {
      name: draft.name.trim(),
      questionnaireId: draft.questionnaireId,
      organizationsBy: draft.organizationsBy,
      organizationIds: byName ? draft.organizationIds : [],
      tiers: byName ? [] : draft.tiers,
      audience: draft.audience,
      keyContacts,
      serviceDeskId: draft.serviceDeskId,
      requestTypeId: draft.requestTypeId,
      expiryDays: expiry,
      reminderDays: reminder,
      anonymous: draft.anonymous,
    },
  };
}
