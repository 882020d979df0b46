import { z } from 'zod';
import { TIERS } from '#kernel/customer-tiers';
import { SLUG_PATTERN } from './questionnaire';
import { RULE_LIMITS } from './survey-rules';

/**
 * A relationship campaign: a questionnaire sent to the key contacts, or all the customers, of a
 * set of organizations, chosen by name or by their tier in the customer portfolio. Each contact gets
 * a survey request raised on their behalf in a chosen service project, which they answer on the
 * portal like the survey after a ticket.
 */

/** How a campaign's organizations are chosen: by name, or every customer of the chosen tiers when the campaign's job plans its contacts. */
export const CAMPAIGN_CHOICES = ['name', 'tier'] as const;
export type CampaignChoice = (typeof CAMPAIGN_CHOICES)[number];

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
    /** Records written before campaigns could choose by tier have none: they chose by name. */
    organizationsBy: z.enum(CAMPAIGN_CHOICES, { error: 'must be name or tier' }).default('name'),
    /** By name: the organizations. By tier: none (the job finds the tiers' customers). */
    organizationIds: z.array(digits).max(CAMPAIGN_LIMITS.organizations, { error: `must name at most ${CAMPAIGN_LIMITS.organizations} organizations` }),
    /** By tier: the tiers whose customers are surveyed. By name: none. */
    tiers: z.array(z.enum(TIERS, { error: `must be one of ${TIERS.join(', ')}` })).default([]),
    audience: z.enum(CAMPAIGN_AUDIENCES, { error: 'must be key-contacts or all-customers' }),
    /**
     * For `key-contacts`: key contacts chosen besides those the portfolio lists for each organization
     * (account ids of its members); the job surveys both.
     */
    keyContacts: z.record(
      digits,
      z.array(accountId).max(CAMPAIGN_LIMITS.contactsPerOrganization, { error: `must list at most ${CAMPAIGN_LIMITS.contactsPerOrganization} contacts` }),
    ),
    serviceDeskId: digits,
    requestTypeId: digits,
    expiryDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number of days' })
      .min(RULE_LIMITS.expiryDays.min, { error: `must be at least ${RULE_LIMITS.expiryDays.min}` })
      .max(RULE_LIMITS.expiryDays.max, { error: `must be at most ${RULE_LIMITS.expiryDays.max}` }),
    reminderDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number of days' })
      .min(RULE_LIMITS.reminderDays.min, { error: `must be at least ${RULE_LIMITS.reminderDays.min}` })
      .max(RULE_LIMITS.reminderDays.max, { error: `must be at most ${RULE_LIMITS.reminderDays.max}` })
      .nullable(),
    anonymous: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine((setup, ctx) => {
    if (setup.reminderDays !== null && setup.reminderDays >= setup.expiryDays)
      ctx.addIssue({ code: 'custom', path: ['reminderDays'], message: `must be fewer than the expiry (${setup.expiryDays} days)` });
    if (setup.organizationsBy === 'name') {
      if (setup.organizationIds.length === 0) ctx.addIssue({ code: 'custom', path: ['organizationIds'], message: 'must name at least one organization' });
      if (setup.tiers.length > 0) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'must be empty when the organizations are chosen by name' });
    } else {
      if (setup.tiers.length === 0) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'must name at least one tier' });
      else if (new Set(setup.tiers).size < setup.tiers.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'must name each tier once' });
      if (setup.organizationIds.length > 0)
        ctx.addIssue({ code: 'custom', path: ['organizationIds'], message: 'must be empty when the organizations are chosen by tier' });
    }
  });
export type CampaignSetup = z.infer<typeof campaignSetup>;

/** How often a campaign may repeat: every 1 to 12 months (3: quarterly). */
export const REPEAT_LIMITS = { everyMonths: { min: 1, max: 12 }, quarterly: 3 } as const;

export const repeatEveryMonths = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number of months' })
  .min(REPEAT_LIMITS.everyMonths.min, { error: `must be at least ${REPEAT_LIMITS.everyMonths.min} month` })
  .max(REPEAT_LIMITS.everyMonths.max, { error: `must be at most ${REPEAT_LIMITS.everyMonths.max} months` });

/**
 * A campaign set to recur: every `everyMonths` months from its start, the hourly sweep starts the
 * next one (the same setup, named after the series and its month) when `nextAt` has come.
 */
export const campaignRepeat = z.object({
  everyMonths: repeatEveryMonths,
  /** The series' name, which each campaign it starts is named after. */
  seriesName: z.string(),
  nextAt: z.string(),
  /** The admin who set it; the campaigns it starts are theirs. */
  setBy: z.string(),
});
export type CampaignRepeat = z.infer<typeof campaignRepeat>;

export const campaignRecord = z.object({
  setup: campaignSetup,
  questionnaireVersion: z.number().int().min(1),
  status: z.enum(CAMPAIGN_STATUSES),
  createdBy: z.string(),
  createdAt: z.string(),
  jobId: z.string().nullable(),
  sentAt: z.string().nullable(),
  /**
   * The organizations the job planned for: by tier, the tiers' customers when it planned; null until
   * then (by name they are the setup's).
   */
  plannedOrganizationIds: z.array(z.string()).nullable().default(null),
  /** How many contacts the campaign sends to, once planned. */
  contacts: z.number().int().min(0),
  /** Why sending stopped or fell short, in English (what the job's log says). */
  error: z.string().nullable(),
  /** How many contacts could not be sent the survey (records written before it was kept have none). */
  failedContacts: z.number().int().min(0).optional(),
  repeat: campaignRepeat.nullable().default(null),
  /** The campaign of the series this one started (it then repeats no more itself). */
  repeatedBy: z.string().nullable().default(null),
  /** The campaign whose repeat started this one. */
  previousId: z.string().nullable().default(null),
});
export type CampaignRecord = z.infer<typeof campaignRecord>;

/** One contact the campaign sends to. */
export interface CampaignContact {
  organizationId: string;
  accountId: string;
}

/** Each organization's key contacts: those the portfolio lists and those chosen for the campaign, each once. */
export function mergeKeyContacts(
  organizationIds: readonly string[],
  fromPortfolio: ReadonlyMap<string, readonly string[]>,
  chosen: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  return Object.fromEntries(organizationIds.map((id) => [id, [...new Set([...(fromPortfolio.get(id) ?? []), ...(chosen[id] ?? [])])]]));
}

/** The organizations a campaign surveys as far as its record tells: those it planned for, else those its setup names. */
export const organizationsOf = (record: Pick<CampaignRecord, 'setup' | 'plannedOrganizationIds'>): readonly string[] =>
  record.plannedOrganizationIds ?? record.setup.organizationIds;

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

/** `iso` plus `months` calendar months (UTC), on the same day or the month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const at = new Date(iso);
  const target = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return target.toISOString();
}

/** The first time after `now` that a series started at `startedAt` comes round again, every `everyMonths` months. */
export function nextRunAfter(startedAt: string, everyMonths: number, now: Date): string {
  for (let n = 1; ; n++) {
    const next = addMonths(startedAt, n * everyMonths);
    if (Date.parse(next) > now.getTime()) return next;
  }
}

/** The name of a campaign a series starts at `at`: the series' name and the month, within the name limit. */
export function repeatedName(seriesName: string, at: string): string {
  const suffix = ` (${at.slice(0, 7)})`;
  return `${seriesName.slice(0, CAMPAIGN_LIMITS.nameLength - suffix.length).trimEnd()}${suffix}`;
}

/** When the hourly sweep has something to do for a campaign (ms; 0: nothing): start the job of one a repeat created, or start the next. */
export function repeatDueAt(record: Pick<CampaignRecord, 'status' | 'jobId' | 'previousId' | 'createdAt' | 'repeat' | 'repeatedBy'>): number {
  if (record.status === 'sending' && record.jobId === null && record.previousId !== null) return Date.parse(record.createdAt);
  if (record.repeat && record.repeatedBy === null && record.status !== 'cancelled') return Date.parse(record.repeat.nextAt);
  return 0;
}
