import { conflict, invalidInput } from '../domain/app-error';
import { appFieldValueProblem, describeAppFieldValueProblem, type AppFieldValue } from '../domain/brm/app-field-values';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, type AppFieldKey } from '../domain/brm/app-fields';
import { asAppJira } from '../platform/jira/client';
import { updateIssueFields } from '../platform/jira/issues';
import { appFieldIds } from './app-fields';

/**
 * The app's own field values on issues: how they are read back, and the one place that writes them.
 * Every write of a Customer, Service or Business Case value goes through `writeAppFieldValues` (or,
 * at creation, `appFieldCreateValues`), which checks each value against the field's rule first.
 */

export type AppFieldValues = Partial<Record<AppFieldKey, AppFieldValue>>;

/** A custom field value the app stores as a plain id string (Customer, Service). */
export const idValue = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The values by Jira field id, after checking each against its rule (an error names the field by its key). */
function toJiraFields(values: AppFieldValues, fieldIds: ReadonlyMap<AppFieldKey, string>): Record<string, AppFieldValue> {
  const fields: Record<string, AppFieldValue> = {};
  for (const key of APP_FIELD_KEYS) {
    const value = values[key];
    if (value === undefined) continue;
    const problem = appFieldValueProblem(key, value);
    if (problem) throw invalidInput(key, describeAppFieldValueProblem(key, problem));
    const id = fieldIds.get(key);
    if (!id) throw conflict(`The app's ${APP_FIELD_NAMES[key]} field is missing from Jira. Ask a Jira admin to provision the project.`);
    fields[id] = value;
  }
  return fields;
}

/**
 * Sets (or, with null, clears) app field values on an existing issue, as the app, which owns the
 * fields. Today this is Edit issue (PUT /rest/api/3/issue/{key}); Jira's app field value API
 * (PUT /rest/api/3/app/field/{id}/value) can take its place here alone.
 */
export async function writeAppFieldValues(issueKey: string, values: AppFieldValues, fieldIds?: ReadonlyMap<AppFieldKey, string>): Promise<void> {
  const app = asAppJira();
  const fields = toJiraFields(values, fieldIds ?? (await appFieldIds(app)));
  if (Object.keys(fields).length === 0) return;
  await updateIssueFields(app, issueKey, fields);
}

/** App field values for the fields of Create issue (POST /rest/api/3/issue), checked the same way. */
export function appFieldCreateValues(values: AppFieldValues, fieldIds: ReadonlyMap<AppFieldKey, string>): Record<string, AppFieldValue> {
  return toJiraFields(values, fieldIds);
}
