import { route } from '@forge/api';
import type { JiraClient } from './client';

/**
 * Jira's API for an app's own custom fields: Update custom field value
 * (PUT /rest/api/3/app/field/{fieldIdOrKey}/value) for one field, Update custom fields
 * (POST /rest/api/3/app/field/value) for several. They skip the issues' screens and accept only the
 * app that owns the fields, so the client must act as the app; callers check the user's own
 * permission first. Issue ids go as numbers (the reference's int64).
 */

/** One field's value on some issues. */
export interface AppFieldUpdate {
  /** The Jira field id, `customfield_10050`. */
  fieldId: string;
  /** Issue ids (not keys). */
  issueIds: readonly string[];
  /** The new value; null clears the field. */
  value: unknown;
}

function numericIds(issueIds: readonly string[]): number[] {
  return issueIds.map((id) => {
    if (!/^\d+$/.test(id)) throw new Error(`The app field value API takes numeric issue ids, not '${id}'.`);
    return Number(id);
  });
}

/**
 * Sets the values in one request, with a changelog entry per change (Jira's default), so the issues'
 * history and the `avi:jira:updated:issue` events say what changed. One field goes through
 * Update custom field value; several through Update custom fields. Jira writes all or nothing.
 */
export async function updateAppFieldValues(app: JiraClient, updates: readonly AppFieldUpdate[]): Promise<void> {
  if (app.actor !== 'app') throw new Error('Only the app that owns a field may set it through the app field value API.');
  const wanted = updates.filter((u) => u.issueIds.length > 0);
  const [first] = wanted;
  if (!first) return;
  if (wanted.every((u) => u.fieldId === first.fieldId)) {
    await app.write('PUT', route`/rest/api/3/app/field/${first.fieldId}/value`, {
      updates: wanted.map((u) => ({ issueIds: numericIds(u.issueIds), value: u.value })),
    });
    return;
  }
  await app.write('POST', route`/rest/api/3/app/field/value`, {
    updates: wanted.map((u) => ({ customField: u.fieldId, issueIds: numericIds(u.issueIds), value: u.value })),
  });
}
