import { isForgeField } from '../../../jira/fields/forge-field-value';
import { isSystemFieldId } from '../../../jira/fields/system-fields';
import type { JiraStore } from '../../../jira/store/jira-store';
import { fieldName } from '../../../jira/shapes/screen';
import { html, type Html } from '../../html';
import { postButton } from './page-kit';

/** What kind of field a settings page lists: system, a Forge app's, or another custom field. */
function kindOf(store: JiraStore, fieldId: string): string {
  if (isSystemFieldId(fieldId)) return 'System';
  const field = store.docs.fields.get(fieldId);
  return field && isForgeField(field) ? 'App (Forge)' : 'Custom';
}

/** A table of fields, each with a "Remove" button posting `fieldId` to `removeAction`. */
export function fieldTable(store: JiraStore, fieldIds: readonly string[], removeAction: string, where: string, testId: string): Html {
  return html`<table class="table" data-testid="${testId}"><thead><tr><th scope="col">Field</th><th scope="col">Id</th><th scope="col">Kind</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>${fieldIds.map((id) => {
      const name = fieldName(store, id);
      return html`<tr><td>${name}</td><td class="subtle">${id}</td><td>${kindOf(store, id)}</td>
        <td>${postButton(removeAction, { fieldId: id }, 'Remove', `Remove ${name} from ${where}`, `remove-${id}`)}</td></tr>`;
    })}</tbody></table>`;
}

/** The options of an "add a field" select: the given field ids by name. */
export const fieldOptions = (store: JiraStore, fieldIds: readonly string[]): { value: string; label: string }[] =>
  fieldIds.map((id) => ({ value: id, label: `${fieldName(store, id)} (${id})` })).sort((a, b) => a.label.localeCompare(b.label));
