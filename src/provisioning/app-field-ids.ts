import { appFieldKeyOf, type AppFieldKey } from './domain/app-fields';
import type { JiraClient } from '#platform/jira/client';
import { listFields } from '#platform/jira/fields';

/** The Jira field id (`customfield_10050`) of each of the app's fields that Jira knows. */
export async function appFieldIds(client: JiraClient): Promise<Map<AppFieldKey, string>> {
  const ids = new Map<AppFieldKey, string>();
  for (const field of await listFields(client)) {
    const key = appFieldKeyOf(field.schema?.custom);
    if (key && !ids.has(key)) ids.set(key, field.id);
  }
  return ids;
}
