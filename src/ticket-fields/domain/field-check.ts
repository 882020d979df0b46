import { z } from 'zod';

/**
 * What the app records when it corrects a ticket's Customer or Service field: the value it found,
 * the value it left (null: cleared), why, and when. Kept as issue properties so that agents see it
 * on the ticket (the "Customer relationship" panel shows it while the field still holds `value`).
 */
export const CUSTOMER_CHECK_PROPERTY_KEY = 'brm-customer-check';
export const SERVICE_CHECK_PROPERTY_KEY = 'brm-service-check';

export const fieldCheck = z.object({
  /** The value the app found (an organization or service id). */
  previous: z.string(),
  /** The value it left; null when it cleared the field. */
  value: z.string().nullable(),
  /** Why, in a sentence for agents. */
  reason: z.string(),
  at: z.string(),
});
export type FieldCheck = z.infer<typeof fieldCheck>;

/** The record, if it still describes the field: the field holds the value the app left. */
export function currentCheck(record: unknown, fieldValue: string | undefined): FieldCheck | null {
  const parsed = fieldCheck.safeParse(record);
  if (!parsed.success) return null;
  return parsed.data.value === (fieldValue ?? null) ? parsed.data : null;
}
