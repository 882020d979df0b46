import { z } from 'zod';
import { HEALTH_STATUSES, REASON_CODES } from './health';

/**
 * The last health assessment of a customer, kept for the portfolio page and the ticket glance
 * (KVS custom entity `customer-health`, key: the organization id). The job that assesses every
 * customer writes it, as the app; the panel computes health afresh, as the viewer.
 */
export const storedHealth = z.object({
  status: z.enum(HEALTH_STATUSES),
  sortName: z.string(),
  computedAt: z.string(),
  reasons: z.array(z.object({ code: z.enum(REASON_CODES), severity: z.enum(['watch', 'at-risk']) })).default([]),
  /** CSAT % of the latest month with enough answers, NPS over the trend window, open complaints. */
  csat: z.number().nullable().default(null),
  csatPrevious: z.number().nullable().default(null),
  nps: z.number().nullable().default(null),
  openComplaints: z.number().nullable().default(null),
});
export type StoredHealth = z.infer<typeof storedHealth>;

/** How old a snapshot may be before the portfolio page asks for a fresh assessment. */
export const HEALTH_SNAPSHOT_MAX_AGE_HOURS = 24;
