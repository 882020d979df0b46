import { z } from 'zod';
import { checkTicketFields, type TicketCheckOutcome } from '#ticket-fields/ticket-field-check';

/**
 * The part of Forge's `avi:jira:updated:issue` event the handler reads: the issue, and the
 * changelog items (`field`, `fieldId`, `to`) that say what changed.
 */
const changelogItem = z.object({ field: z.string(), fieldId: z.string().optional(), to: z.string().nullable().optional() });
const issueUpdatedEvent = z.object({
  issue: z.object({ id: z.string(), key: z.string().optional() }),
  changelog: z.object({ items: z.array(z.unknown()) }).optional(),
});

/**
 * Trigger for `avi:jira:updated:issue`: corrects a Customer or Service that an edit (the issue
 * view, the REST API, an automation) set outside their rules. Updates that touch neither field nor
 * the reporter cost nothing. The app's own correction causes another update event, which finds the
 * fields within their rules and changes nothing; so does a repeated delivery.
 */
export async function onIssueUpdated(event: unknown): Promise<TicketCheckOutcome | { outcome: 'ignored'; reason: 'unreadable-event' }> {
  const parsed = issueUpdatedEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('avi:jira:updated:issue event without an issue id; ignored.');
    return { outcome: 'ignored', reason: 'unreadable-event' };
  }
  // An item this handler cannot read makes the changelog unknown: then every rule is checked.
  const items = parsed.data.changelog?.items.map((item) => changelogItem.safeParse(item));
  const changes = items && items.every((i) => i.success) ? items.flatMap((i) => (i.success ? [i.data] : [])) : undefined;
  return checkTicketFields(parsed.data.issue.id, { kind: 'updated', changes });
}
