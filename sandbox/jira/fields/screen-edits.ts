import type { FieldLayout, Screen, ScreenTab } from '../model';
import { badRequest, notFound, RestError } from '../rest-error';
import { SYSTEM_SCREEN_FIELDS } from '../store/baseline-screens';
import type { JiraStore } from '../store/jira-store';
import { isSystemFieldId } from './system-fields';

/**
 * Changes to screens and field layouts, with Jira's rules, shared by the REST API (Add screen tab
 * field, Remove screen tab field) and the sandbox's project settings pages.
 */

/** Fields a screen can hold: the system fields issues offer and every custom field. */
export function screenableFieldIds(store: JiraStore): string[] {
  return [...SYSTEM_SCREEN_FIELDS, ...store.fields().map((f) => f.id)];
}

export function tabOr404(screen: Screen, tabId: string): ScreenTab {
  const tab = screen.tabs.find((t) => t.id === tabId);
  if (!tab) throw notFound(`The screen tab with id '${tabId}' does not exist on the screen with id '${screen.id}'.`);
  return tab;
}

function checkScreenable(store: JiraStore, fieldId: string): void {
  if (screenableFieldIds(store).includes(fieldId)) return;
  if (store.docs.fields.get(fieldId) === undefined && !isSystemFieldId(fieldId)) throw notFound(`The field with id ${fieldId} does not exist.`);
  throw new RestError(400, [], { fieldId: `The field with id ${fieldId} cannot be placed on a screen.` });
}

/**
 * Add screen tab field (POST /rest/api/3/screens/{screenId}/tabs/{tabId}/fields): a field the screen
 * already has, on any tab, is refused with 400 `{"errors":{"fieldId":"The field with id <id> already
 * exists on the screen."}}`; an unknown field is 404.
 */
export function addFieldToTab(store: JiraStore, screen: Screen, tabId: string, fieldId: string): Screen {
  const tab = tabOr404(screen, tabId);
  checkScreenable(store, fieldId);
  if (screen.tabs.some((t) => t.fieldIds.includes(fieldId)))
    throw new RestError(400, [], { fieldId: `The field with id ${fieldId} already exists on the screen.` });
  const tabs = screen.tabs.map((t) => (t.id === tab.id ? { ...t, fieldIds: [...t.fieldIds, fieldId] } : t));
  return store.docs.screens.put({ ...screen, tabs });
}

/** Remove screen tab field (DELETE /rest/api/3/screens/{screenId}/tabs/{tabId}/fields/{id}): 404 when the tab does not hold it. */
export function removeFieldFromTab(store: JiraStore, screen: Screen, tabId: string, fieldId: string): Screen {
  const tab = tabOr404(screen, tabId);
  if (!tab.fieldIds.includes(fieldId)) throw notFound(`The field with id ${fieldId} is not on the screen tab with id '${tab.id}'.`);
  const tabs = screen.tabs.map((t) => (t.id === tab.id ? { ...t, fieldIds: t.fieldIds.filter((id) => id !== fieldId) } : t));
  return store.docs.screens.put({ ...screen, tabs });
}

/** A team-managed issue type's fields: adding one it has is refused, as the project settings refuse it. */
export function addFieldToLayout(store: JiraStore, layout: FieldLayout, fieldId: string): FieldLayout {
  checkScreenable(store, fieldId);
  if (layout.fieldIds.includes(fieldId)) throw badRequest(`The field with id ${fieldId} is already in this issue type's fields.`);
  return store.docs.fieldLayouts.put({ ...layout, fieldIds: [...layout.fieldIds, fieldId] });
}

export function removeFieldFromLayout(store: JiraStore, layout: FieldLayout, fieldId: string): FieldLayout {
  if (!layout.fieldIds.includes(fieldId)) throw notFound(`The field with id ${fieldId} is not in this issue type's fields.`);
  if (fieldId === 'summary' || fieldId === 'issuetype')
    throw badRequest(`The ${fieldId === 'summary' ? 'Summary' : 'Issue Type'} field cannot be removed: every issue has one.`);
  return store.docs.fieldLayouts.put({ ...layout, fieldIds: layout.fieldIds.filter((id) => id !== fieldId) });
}
