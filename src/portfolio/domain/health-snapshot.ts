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
  /**
   * CSAT % of the latest month with enough answers and of the first one in the trend window, NPS
   * over the window, open complaints; absent where there was nothing to read (a custom entity
   * attribute cannot hold null).
   */
  csat: z.number().optional(),
  csatPrevious: z.number().optional(),
  nps: z.number().optional(),
  openComplaints: z.number().int().optional(),
});
export type StoredHealth = z.infer<typeof storedHealth>;

/** How old a snapshot may be before the portfolio page asks for a fresh assessment. */
export const HEALTH_SNAPSHOT_MAX_AGE_HOURS = 24;
