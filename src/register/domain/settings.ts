import { z } from 'zod';
import { COMPLAINT_SEVERITIES } from '#kernel/feedback-labels';
import { isTimeZone } from './calendar';

/**
 * The register's settings, which a Jira admin edits on the admin page: the workflow rule per
 * project, how many days a complaint may stay open before it is escalated (per severity, and for
 * complaints without one), who is told when a complaint stalls, and the time zone in which
 * measures fall due.
 */

/** Threshold keys: each complaint severity, and `unrated` for complaints without a severity label. */
export const THRESHOLD_KEYS = [...COMPLAINT_SEVERITIES, 'unrated'] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export const THRESHOLD_MIN_DAYS = 1;
export const THRESHOLD_MAX_DAYS = 365;

export const DEFAULT_THRESHOLDS: Readonly<Record<ThresholdKey, number>> = { low: 30, medium: 14, high: 5, critical: 2, unrated: 14 };

export const thresholdDays = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number of days' })
  .min(THRESHOLD_MIN_DAYS, { error: `must be at least ${THRESHOLD_MIN_DAYS} day` })
  .max(THRESHOLD_MAX_DAYS, { error: `must be at most ${THRESHOLD_MAX_DAYS} days` });

export const timeZoneName = z.string().refine(isTimeZone, { message: 'must be a time zone name such as Europe/Berlin or UTC' });

export const registerSettingsSchema = z.object({
  /** Projects (ids) where the "no resolution without closed corrective measures" rule is off. */
  validatorDisabledProjectIds: z
    .array(z.string().regex(/^\d{1,18}$/, { error: 'must be project ids (digits only)' }))
    .max(500, { error: 'must name at most 500 projects' }),
  thresholds: z.record(z.enum(THRESHOLD_KEYS), thresholdDays),
  /** Who is told when a complaint stalls; when unset, its assignee. */
  escalationContactAccountId: z
    .string()
    .trim()
    .min(1, { error: 'must be an account id, or null for none' })
    .max(128, { error: 'is not an account id' })
    .nullable(),
  /** Measures fall due at the end of their due date in this time zone. */
  timeZone: timeZoneName,
});
export type RegisterSettings = z.infer<typeof registerSettingsSchema>;

export const DEFAULT_SETTINGS: RegisterSettings = {
  validatorDisabledProjectIds: [],
  thresholds: { ...DEFAULT_THRESHOLDS },
  escalationContactAccountId: null,
  timeZone: 'UTC',
};

export const validatorEnabledIn = (settings: RegisterSettings, projectId: string): boolean => !settings.validatorDisabledProjectIds.includes(projectId);
