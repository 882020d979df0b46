import { z } from 'zod';
import { SLUG_PATTERN } from './questionnaire';
import { RULE_LIMITS } from './survey-rules';

/**
 * A relationship campaign: a questionnaire sent to the key contacts, or all the customers, of a
 * set of organizations. Each contact gets a survey request raised on their behalf in a chosen
 * service project, which they answer on the portal like the survey after a ticket.
 */

export const CAMPAIGN_AUDIENCES = ['key-contacts', 'all-customers'] as const;
export type CampaignAudience = (typeof CAMPAIGN_AUDIENCES)[number];

export const CAMPAIGN_STATUSES = ['sending', 'sent', 'failed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_LIMITS = {
  nameLength: 100,
  organizations: 200,
  contactsPerOrganization: 50,
  /** Contacts one campaign sends to: its job's plan must fit one KVS record. */
  contacts: 2000,
} as const;

const digits = z.string({ error: 'must be a string' }).regex(/^\d{1,18}$/, { error: 'must be an id (digits only)' });
const accountId = z.string({ error: 'must be a string' }).trim().min(1, { error: 'is required' }).max(128, { error: 'is not an account id' });

export const campaignSetup = z
  .object({
    name: z
      .string({ error: 'must be a string' })
      .trim()
      .min(1, { error: 'is required' })
      .max(CAMPAIGN_LIMITS.nameLength, { error: `must be at most ${CAMPAIGN_LIMITS.nameLength} characters` }),
    questionnaireId: z.string({ error: 'must be a string' }).regex(SLUG_PATTERN, { error: 'must be a questionnaire id' }),
    organizationIds: z
      .array(digits)
      .min(1, { error: 'must name at least one organization' })
      .max(CAMPAIGN_LIMITS.organizations, { error: `must name at most ${CAMPAIGN_LIMITS.organizations} organizations` }),
    audience: z.enum(CAMPAIGN_AUDIENCES, { error: 'must be key-contacts or all-customers' }),
    /** For `key-contacts`: each organization's key contacts (account ids of its members). */
    keyContacts: z.record(
      digits,
      z.array(accountId).max(CAMPAIGN_LIMITS.contactsPerOrganization, { error: `must list at most ${CAMPAIGN_LIMITS.contactsPerOrganization} contacts` }),
    ),
    serviceDeskId: digits,
    requestTypeId: digits,
    expiryDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number of days' })
      .min(RULE_LIMITS.expiryDays.min)
      .max(RULE_LIMITS.expiryDays.max),
    reminderDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number of days' })
      .min(RULE_LIMITS.reminderDays.min)
      .max(RULE_LIMITS.reminderDays.max)
      .nullable(),
    anonymous: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine((setup, ctx) => {
    if (setup.reminderDays !== null && setup.reminderDays >= setup.expiryDays)
      ctx.addIssue({ code: 'custom', path: ['reminderDays'], message: `must be fewer than the expiry (${setup.expiryDays} days)` });
    if (setup.audience === 'key-contacts') {
      for (const id of setup.organizationIds) {
        if ((setup.keyContacts[id] ?? []).length === 0)
          ctx.addIssue({ code: 'custom', path: ['keyContacts', id], message: 'needs at least one key contact of this organization' });
      }
    }
  });
export type CampaignSetup = z.infer<typeof campaignSetup>;

export const campaignRecord = z.object({
  setup: campaignSetup,
  questionnaireVersion: z.number().int().min(1),
  status: z.enum(CAMPAIGN_STATUSES),
  createdBy: z.string(),
  createdAt: z.string(),
  jobId: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** How many contacts the campaign sends to, once planned. */
  contacts: z.number().int().min(0),
  error: z.string().nullable(),
});
export type CampaignRecord = z.infer<typeof campaignRecord>;

/** One contact the campaign sends to. */
export interface CampaignContact {
  organizationId: string;
  accountId: string;
}

/** The contacts, organization by organization, each once (a person in two organizations is surveyed for the first). */
export function campaignContacts(
  organizationIds: readonly string[],
  members: ReadonlyMap<string, readonly string[]>,
  audience: CampaignAudience,
  keyContacts: Readonly<Record<string, readonly string[]>>,
): CampaignContact[] {
  const seen = new Set<string>();
  const contacts: CampaignContact[] = [];
  for (const organizationId of organizationIds) {
    const people = members.get(organizationId) ?? [];
    const chosen = audience === 'all-customers' ? people : (keyContacts[organizationId] ?? []).filter((id) => people.includes(id));
    for (const accountId of chosen) {
      if (seen.has(accountId)) continue;
      seen.add(accountId);
      contacts.push({ organizationId, accountId });
    }
  }
  return contacts;
}

/** Response rate, answered ÷ sent × 100; null when nothing was sent. */
export const responseRate = (sent: number, answered: number): number | null => (sent > 0 ? (answered / sent) * 100 : null);
