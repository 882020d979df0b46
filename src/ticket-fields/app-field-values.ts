import { conflict, invalidInput } from '#kernel/app-error';
import { appFieldValueProblem, describeAppFieldValueProblem, type AppFieldValue } from '#provisioning/domain/app-field-values';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, type AppFieldKey } from '#provisioning/domain/app-fields';
import { updateAppFieldValues, type AppFieldUpdate } from '#platform/jira/app-field-values';
import { asAppJira } from '#platform/jira/client';
import { appFieldIds } from '#provisioning/app-field-ids';

/**
 * The one place that writes the app's own field values (Customer, Service, the Business Case
 * figures): as the app, through Jira's app field value API, which skips the issues' screens and
 * accepts only the app that owns the fields. It checks each value against the field's rule first.
 * Callers check first that the user may make the change (e.g. EDIT_ISSUES on the issue, asked of
 * Jira as the user); triggers apply the app's own rules.
 */

export type AppFieldValues = Partial<Record<AppFieldKey, AppFieldValue>>;

/** New values of the app's fields on one issue, by the issue's id. */
export interface IssueFieldValues {
  issueId: string;
  values: AppFieldValues;
}

/** The updates for Jira: one per field and distinct value, with every issue that takes it. */
function updatesOf(writes: readonly IssueFieldValues[], fieldIds: ReadonlyMap<AppFieldKey, string>): AppFieldUpdate[] {
  const updates = new Map<string, AppFieldUpdate & { issueIds: string[] }>();
  for (const { issueId, values } of writes) {
    for (const key of APP_FIELD_KEYS) {
      const value = values[key];
      if (value === undefined) continue;
      const problem = appFieldValueProblem(key, value);
      if (problem) throw invalidInput(key, describeAppFieldValueProblem(key, problem));
      const fieldId = fieldIds.get(key);
      if (!fieldId) throw conflict(`The app's ${APP_FIELD_NAMES[key]} field is missing from Jira. Ask a Jira admin to provision the project.`);
      const group = `${fieldId} ${JSON.stringify(value)}`;
      const update = updates.get(group) ?? { fieldId, issueIds: [], value };
      update.issueIds.push(issueId);
      updates.set(group, update);
    }
  }
  return [...updates.values()];
}

/**
 * Sets (or, with null, clears) app field values on existing issues, in one request to Jira: all of
 * them are written, or none.
 */
export async function writeAppFieldValues(writes: readonly IssueFieldValues[], fieldIds?: ReadonlyMap<AppFieldKey, string>): Promise<void> {
  const app = asAppJira();
  const updates = updatesOf(writes, fieldIds ?? (await appFieldIds(app)));
  if (updates.length === 0) return;
  await updateAppFieldValues(app, updates);
}
