import { z } from 'zod';

/**
 * The Customer backfill: tickets raised before the app was installed get the reporter's
 * organization as their Customer, where the reporter is in exactly one of the project's
 * organizations. A ticket whose Customer is set is never touched.
 */
export const SKIP_REASONS = ['no-reporter', 'no-organization', 'several-organizations', 'set-meanwhile'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** The most projects one backfill takes. */
export const BACKFILL_MAX_PROJECTS = 50;

/** Tickets read per step of the job. */
export const BACKFILL_PAGE = 50;
/** Skipped tickets the report names (the counts cover them all). */
export const BACKFILL_EXAMPLES = 50;

const tally = () => z.number().int().nonnegative();
export const skipCounts = z.object({
  'no-reporter': tally(),
  'no-organization': tally(),
  'several-organizations': tally(),
  'set-meanwhile': tally(),
} satisfies Record<SkipReason, z.ZodNumber>);
export type SkipCounts = z.infer<typeof skipCounts>;
export const noSkips: SkipCounts = { 'no-reporter': 0, 'no-organization': 0, 'several-organizations': 0, 'set-meanwhile': 0 };

export const skippedTicket = z.object({ key: z.string(), reason: z.enum(SKIP_REASONS), organizations: z.array(z.string()).default([]) });
export type SkippedTicket = z.infer<typeof skippedTicket>;

export const backfillSummary = z.object({ scanned: z.number().int(), filled: z.number().int(), skipped: skipCounts, examples: z.array(skippedTicket) });
export type BackfillSummary = z.infer<typeof backfillSummary>;
