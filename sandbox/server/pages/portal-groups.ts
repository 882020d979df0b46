import type { RequestType, RequestTypeGroup } from '../jira-reads';

/** One group of a portal's home: its name and the request types in it, in Jira's order. */
export interface PortalSection {
  group: RequestTypeGroup;
  types: RequestType[];
}

/**
 * A portal's request types by group, in the groups' order, as JSM's help center shows them. A type
 * in no group is hidden from the portal; a type in several groups shows in each; an empty group
 * does not show.
 */
export function portalSections(types: readonly RequestType[], groups: readonly RequestTypeGroup[]): PortalSection[] {
  return groups.map((group) => ({ group, types: types.filter((t) => t.groupIds.includes(group.id)) })).filter((s) => s.types.length > 0);
}

/** Whether the portal offers a request type: it is in at least one of the desk's groups. */
export function onPortal(type: RequestType, groups: readonly RequestTypeGroup[]): boolean {
  return groups.some((g) => type.groupIds.includes(g.id));
}
