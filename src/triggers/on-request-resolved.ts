import { z } from 'zod';
import { onRequestResolved as surveyResolution, type ResolutionOutcome } from '#surveys/services/scheduling';

/** The part of Forge's `avi:jira:updated:issue` event this handler reads: the issue and the changelog's items. */
const updatedEvent = z.object({
  issue: z.object({ id: z.string() }),
  changelog: z
    .object({ items: z.array(z.object({ field: z.string().optional(), fieldId: z.string().optional(), to: z.string().nullable().optional() }).passthrough()) })
    .optional(),
});

/** Whether the update resolved the issue: its changelog sets a resolution. */
const setsResolution = (items: readonly { field?: string; fieldId?: string; to?: string | null }[]): boolean =>
  items.some((i) => (i.fieldId ?? i.field) === 'resolution' && typeof i.to === 'string' && i.to !== '');

/**
 * Trigger for `avi:jira:updated:issue` (the survey after a ticket): an update that resolves a
 * request asks the survey rules whether to invite its reporter. Other updates cost nothing. Forge
 * may deliver an event twice: the invitation is keyed by the resolution, so the second delivery
 * writes nothing.
 */
export function requestResolvedTrigger(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return async (event: unknown): Promise<ResolutionOutcome | { outcome: 'ignored'; reason: 'not-a-resolution' | 'unreadable-event' }> => {
    const parsed = updatedEvent.safeParse(event);
    if (!parsed.success) return { outcome: 'ignored', reason: 'unreadable-event' };
    if (!setsResolution(parsed.data.changelog?.items ?? [])) return { outcome: 'ignored', reason: 'not-a-resolution' };
    return surveyResolution(parsed.data.issue.id, now());
  };
}

export const onRequestResolved = requestResolvedTrigger();
