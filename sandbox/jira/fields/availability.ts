import type { FieldContext, JiraField } from '../model';
import type { JiraStore } from '../store/jira-store';

/** Whether a custom field context applies to issues of this project and issue type. */
export function contextApplies(context: FieldContext, projectId: string, issueTypeId: string): boolean {
  const projectOk = context.isGlobalContext || context.projectIds.includes(projectId);
  const typeOk = context.isAnyIssueType || context.issueTypeIds.includes(issueTypeId);
  return projectOk && typeOk;
}

const cache = new WeakMap<JiraStore, { version: string; byPair: Map<string, readonly JiraField[]> }>();

/**
 * The custom fields an issue of this project and type carries: those with a context that applies.
 * Create and edit also need the field on the operation's screen (`fields/screens.ts`).
 */
export function customFieldsFor(store: JiraStore, projectId: string, issueTypeId: string): readonly JiraField[] {
  const version = `${store.docs.fields.version}:${store.docs.fieldContexts.version}`;
  let entry = cache.get(store);
  if (entry?.version !== version) {
    entry = { version, byPair: new Map() };
    cache.set(store, entry);
  }
  const pairKey = `${projectId}/${issueTypeId}`;
  const known = entry.byPair.get(pairKey);
  if (known) return known;
  const contexts = store.docs.fieldContexts.all();
  const fields = store.fields().filter((f) => contexts.some((c) => c.fieldId === f.id && contextApplies(c, projectId, issueTypeId)));
  entry.byPair.set(pairKey, fields);
  return fields;
}
