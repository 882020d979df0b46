/**
 * Saving an app custom field from its edit frame: `view.submit(value)` becomes Jira's
 * `PUT /rest/api/3/issue/{key}` as the signed-in user; `view.close()` just ends the edit.
 */
import { isRecord } from '../values';
import { endFieldEdit, fieldSlotOf, showFieldError, type FieldSlot } from './field-edit';
import { broadcast } from './frames';

/** A field's edit frame closed: saves a submitted value, or goes back to the view frame. */
export function finishFieldEdit(frame: HTMLIFrameElement, submitted: boolean, payload: unknown): void {
  const slot = fieldSlotOf(frame);
  if (slot && submitted) void saveField(slot, payload);
  else if (slot) endFieldEdit(slot);
}

/**
 * A refusal stays next to the field with the edit frame open, to try again or cancel; a save
 * shows the stored value and tells the other frames the issue changed.
 */
async function saveField(slot: FieldSlot, value: unknown): Promise<void> {
  const { issueKey, fieldId, issueId, projectId } = slot.container.dataset;
  if (!issueKey || !fieldId) return;
  const name = slot.container.dataset.fieldName ?? fieldId;
  const issuePath = `/rest/api/3/issue/${encodeURIComponent(issueKey)}`;
  slot.container.setAttribute('aria-busy', 'true');
  showFieldError(slot, '');
  let response: Response;
  try {
    response = await fetch(issuePath, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ fields: { [fieldId]: value ?? null } }),
    });
  } catch {
    slot.container.removeAttribute('aria-busy');
    showFieldError(slot, `${name} was not saved: the site could not be reached.`);
    return;
  }
  if (!response.ok) {
    slot.container.removeAttribute('aria-busy');
    showFieldError(slot, `${name} was not saved: ${await jiraMessage(response)}`);
    return;
  }
  endFieldEdit(slot, { value: await storedValue(issuePath, fieldId, value) });
  const changed = { issueId: issueId ?? '', projectId: projectId ?? '', changes: [{ changeType: 'updated', atlassianId: fieldId }] };
  broadcast({ type: 'event', event: 'JIRA_ISSUE_CHANGED', payload: changed }, slot.frame);
}

/** Jira's message in a refused answer (`errorMessages` and `errors`), or its status. */
async function jiraMessage(response: Response): Promise<string> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const messages: string[] = [];
  if (isRecord(body)) {
    if (Array.isArray(body.errorMessages)) for (const m of body.errorMessages) if (typeof m === 'string') messages.push(m);
    if (isRecord(body.errors)) for (const m of Object.values(body.errors)) if (typeof m === 'string') messages.push(m);
  }
  return messages.length > 0 ? messages.join(' ') : `Jira answered ${response.status}.`;
}

/** What Jira holds after a save (it may have normalised the value); the sent value if it cannot say. */
async function storedValue(issuePath: string, fieldId: string, sent: unknown): Promise<unknown> {
  try {
    const response = await fetch(`${issuePath}?fields=${encodeURIComponent(fieldId)}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    const body: unknown = response.ok ? await response.json() : undefined;
    if (isRecord(body) && isRecord(body.fields)) return body.fields[fieldId] ?? null;
  } catch {
    // Fall through to the value the edit frame sent.
  }
  return sent ?? null;
}
