/**
 * When a complaint is reopened: an issue update whose changelog clears the resolution (Jira clears
 * it when an issue leaves the Done category, whichever transition, automation or edit does it).
 */

/** A changelog item as `avi:jira:updated:issue` lists it: the field, and what it was set to. */
export interface ChangelogItem {
  field?: string;
  fieldId?: string;
  to?: string | null;
}

const isResolution = (item: ChangelogItem): boolean => (item.fieldId ?? item.field) === 'resolution';

/** Whether the update resolved the issue: its changelog sets a resolution. */
export const setsResolution = (items: readonly ChangelogItem[]): boolean => items.some((i) => isResolution(i) && typeof i.to === 'string' && i.to !== '');

/** Whether the update reopened the issue: its changelog clears the resolution. */
export const clearsResolution = (items: readonly ChangelogItem[]): boolean => items.some((i) => isResolution(i) && (i.to === null || i.to === ''));

/**
 * The id a reopening is recorded under, the same for every delivery of its event: Jira's changelog
 * id, or, for an event without one, the instant Jira says the issue was updated. Undefined when the
 * event has neither (it cannot be told from a repeat, so it is not recorded).
 */
export function reopeningId(event: { changelogId?: string | undefined; updated?: string | undefined }): string | undefined {
  if (event.changelogId !== undefined && event.changelogId !== '') return `changelog:${event.changelogId}`;
  const updated = event.updated === undefined ? Number.NaN : Date.parse(event.updated);
  return Number.isNaN(updated) ? undefined : `updated:${new Date(updated).toISOString()}`;
}
