import type { PlanItemView, RunItemView } from '#provisioning/contract';

export type PlanArea = PlanItemView['area'];

/** The areas in the order the plan runs them: types first, then how they join projects, fields, screens, request types. */
export const AREAS: readonly PlanArea[] = ['issueType', 'scheme', 'field', 'screen', 'requestType'];

export interface AreaGroup<T> {
  area: PlanArea;
  items: T[];
}

/** Items grouped by area, areas in plan order, items in their own order; areas without items are left out. */
export function groupByArea<T extends { area: PlanArea }>(items: readonly T[]): AreaGroup<T>[] {
  return AREAS.map((area) => ({ area, items: items.filter((item) => item.area === area) })).filter((group) => group.items.length > 0);
}

/** How many items have each status (plan) or outcome (report). */
export function countBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The BRM issue type an issue-type item is about, from its id (`issuetype:complaint` for the
 * shared type, `issuetype:<projectId>:complaint` for a team-managed project's own).
 */
export function issueTypeKeyOf(item: Pick<PlanItemView | RunItemView, 'id' | 'area'>): string | undefined {
  if (item.area !== 'issueType') return undefined;
  const key = item.id.split(':').pop();
  return key === undefined || key === '' ? undefined : key;
}

/** "ACME", "ACME and FIELD", "ACME, FIELD and OPS": the chosen projects in a sentence. */
export function projectList(keys: readonly string[], and = 'and'): string {
  if (keys.length <= 1) return keys[0] ?? '';
  return `${keys.slice(0, -1).join(', ')} ${and} ${keys[keys.length - 1] ?? ''}`;
}
