import { z } from 'zod';
import { retryEventLater, type EventRetry } from '#platform/event-retry';
import { clearsResolution, reopeningId, setsResolution } from '#register/domain/reopening';
import { recordReopening, type ReopeningOutcome } from '#register/services/reopenings';
import { onRequestResolved as surveyResolution, type ResolutionOutcome } from '#surveys/services/scheduling';

/**
 * The part of Forge's `avi:jira:updated:issue` event this handler reads: the issue (its type's name
 * and when it was updated, when the event gives them) and the changelog (its id and items).
 */
const updatedEvent = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string().optional(),
    fields: z
      .object({ issuetype: z.object({ name: z.string() }).nullable().optional(), updated: z.string().optional() })
      .passthrough()
      .optional(),
  }),
  changelog: z
    .object({
      id: z.union([z.string(), z.number()]).transform(String).optional(),
      items: z.array(z.object({ field: z.string().optional(), fieldId: z.string().optional(), to: z.string().nullable().optional() }).passthrough()),
    })
    .optional(),
});

/** How long a reopening waits for a complaint's lease that stayed busy before Forge delivers it again. */
const BUSY_RETRY_SECONDS = 30;

type Ignored = { outcome: 'ignored'; reason: 'not-a-resolution' | 'unreadable-event' | 'unidentified-reopening' };

/**
 * Trigger for `avi:jira:updated:issue` on the resolution: an update that resolves a request asks
 * the survey rules whether to invite its reporter; one that clears the resolution of a complaint
 * (reopens it) is recorded on the complaint's register record. Other updates cost nothing. Forge
 * may deliver an event twice: the invitation is keyed by the resolution and the reopening by the
 * changelog, so the second delivery writes nothing; a reopening that finds the complaint busy
 * with other changes for too long asks Forge to deliver it again.
 */
export function requestResolvedTrigger(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return async (event: unknown): Promise<ResolutionOutcome | ReopeningOutcome | Ignored | EventRetry> => {
    const parsed = updatedEvent.safeParse(event);
    if (!parsed.success) return { outcome: 'ignored', reason: 'unreadable-event' };
    const { issue, changelog } = parsed.data;
    const items = changelog?.items ?? [];
    if (setsResolution(items)) return surveyResolution(issue.id, now());
    if (!clearsResolution(items)) return { outcome: 'ignored', reason: 'not-a-resolution' };
    const id = reopeningId({ changelogId: changelog?.id, updated: issue.fields?.updated });
    if (id === undefined) return { outcome: 'ignored', reason: 'unidentified-reopening' };
    const updated = issue.fields?.updated === undefined ? Number.NaN : Date.parse(issue.fields.updated);
    const outcome = await recordReopening(
      { id: issue.id, key: issue.key, typeName: issue.fields?.issuetype?.name },
      id,
      Number.isNaN(updated) ? now() : new Date(updated),
    );
    return outcome.outcome === 'busy' ? retryEventLater(BUSY_RETRY_SECONDS) : outcome;
  };
}

export const onRequestResolved = requestResolvedTrigger();
