import { campaignContacts, type CampaignAudience, type CampaignSetup } from '#surveys/admin-contract';
import { wholeNumber } from '../controls';

/** A relationship campaign as the form plans it: numbers as the text typed, organizations in the order ticked. */
export interface CampaignDraft {
  name: string;
  questionnaireId: string;
  organizationIds: string[];
  audience: CampaignAudience;
  keyContacts: Record<string, string[]>;
  serviceDeskId: string;
  requestTypeId: string;
  expiryDays: string;
  reminderDays: string;
  anonymous: boolean;
}

/** The period a campaign surveys, for its suggested name: relationship surveys run once a quarter (UTC). */
export const quarterOf = (date: Date): string => `${date.getUTCFullYear()} Q${Math.floor(date.getUTCMonth() / 3) + 1}`;

export function newCampaignDraft(name: string, questionnaireId: string): CampaignDraft {
  return {
    name,
    questionnaireId,
    organizationIds: [],
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
 * What the campaign will send, as far as the members loaded so far tell: the contacts (each person
 * once, as the job counts them) and the ticked organizations whose members are still loading.
 */
export function campaignPlan(
  draft: CampaignDraft,
  members: ReadonlyMap<string, readonly string[]>,
): { contacts: number; organizations: number; pending: number } {
  const loaded = draft.organizationIds.filter((id) => members.has(id));
  return {
    contacts: campaignContacts(loaded, members, draft.audience, draft.keyContacts).length,
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
  const chosen = new Set(draft.organizationIds);
  const keyContacts =
    draft.audience === 'key-contacts'
      ? Object.fromEntries(Object.entries(draft.keyContacts).filter(([id, people]) => chosen.has(id) && people.length > 0))
      : {};
  return {
    ok: true,
    setup: {
      name: draft.name.trim(),
      questionnaireId: draft.questionnaireId,
      organizationIds: draft.organizationIds,
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
