import { z } from 'zod';
import { checkTicketFields, type TicketCheckOutcome } from '#ticket-fields/ticket-field-check';

/** The part of Forge's `avi:jira:created:issue` event the handler reads. */
const issueCreatedEvent = z.object({
  issue: z.object({ id: z.string(), key: z.string().optional() }),
});

/**
 * Trigger for `avi:jira:created:issue`: defaults the Customer field from the reporter's
 * organization and corrects a Customer or Service the portal or the creator set outside their
 * rules. Forge may deliver an event twice; the service changes nothing the second time.
 */
export async function onIssueCreated(event: unknown): Promise<TicketCheckOutcome | { outcome: 'ignored'; reason: 'unreadable-event' }> {
  const parsed = issueCreatedEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('avi:jira:created:issue event without an issue id; ignored.');
    return { outcome: 'ignored', reason: 'unreadable-event' };
  }
  return checkTicketFields(parsed.data.issue.id, { kind: 'created' });
}
