import { SYSTEM_FIELDS } from '../fields/system-fields';
import type { IssueTypeScreenScheme, Screen, ScreenScheme, ScreenTab } from '../model';
import type { JiraStore } from '../store/jira-store';

/**
 * Screens in Atlassian's shapes (Screens, Screen tabs, Screen tab fields, Screen schemes and Issue
 * type screen schemes groups of the platform REST API): screen, tab and screen scheme ids are
 * numbers there, issue type screen scheme ids strings.
 */

export const screenShape = (screen: Screen): Record<string, unknown> => ({ id: Number(screen.id), name: screen.name, description: screen.description });

export const screenTabShape = (tab: ScreenTab): Record<string, unknown> => ({ id: Number(tab.id), name: tab.name });

/** A field's display name: a system field's, or a custom field's from the store. */
export function fieldName(store: JiraStore, fieldId: string): string {
  return SYSTEM_FIELDS.find((f) => f.id === fieldId)?.name ?? store.docs.fields.get(fieldId)?.name ?? fieldId;
}

export const screenableFieldShape = (store: JiraStore, fieldId: string): Record<string, unknown> => ({ id: fieldId, name: fieldName(store, fieldId) });

export function screenSchemeShape(scheme: ScreenScheme): Record<string, unknown> {
  const screens: Record<string, number> = { default: Number(scheme.screens.default) };
  for (const operation of ['create', 'edit', 'view'] as const) {
    const id = scheme.screens[operation];
    if (id !== undefined) screens[operation] = Number(id);
  }
  return { id: Number(scheme.id), name: scheme.name, description: scheme.description, screens };
}

export const issueTypeScreenSchemeShape = (scheme: IssueTypeScreenScheme): Record<string, unknown> => ({
  id: scheme.id,
  name: scheme.name,
  description: scheme.description,
});
