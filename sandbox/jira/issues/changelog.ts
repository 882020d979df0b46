import { formattedValue } from '../fields/field-formatter';
import { JSM_FIELDS } from '../fields/system-fields';
import type { StoredIssue } from '../model';
import type { JiraStore } from '../store/jira-store';

/** One changed field, as Jira's changelog and `avi:jira:updated:issue` events list it. */
export interface ChangelogItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

function item(
  field: string,
  fieldId: string,
  fieldtype: ChangelogItem['fieldtype'],
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
): ChangelogItem {
  return { field, fieldtype, fieldId, from, fromString, to, toString };
}

/** The changelog items between two versions of an issue. */
export function changelogItems(store: JiraStore, before: StoredIssue, after: StoredIssue): ChangelogItem[] {
  const items: ChangelogItem[] = [];
  const nameOf = <T extends { name: string }>(get: (id: string) => T | undefined, id: string | null): string | null => (id ? (get(id)?.name ?? id) : null);
  const userName = (id: string | null): string | null => (id ? (store.user(id)?.displayName ?? id) : null);

  if (before.summary !== after.summary) items.push(item('summary', 'summary', 'jira', null, before.summary, null, after.summary));
  if (JSON.stringify(before.description) !== JSON.stringify(after.description))
    items.push(item('description', 'description', 'jira', null, text(before.description), null, text(after.description)));
  if (before.issueTypeId !== after.issueTypeId) {
    const get = (id: string) => store.docs.issueTypes.get(id);
    items.push(item('issuetype', 'issuetype', 'jira', before.issueTypeId, nameOf(get, before.issueTypeId), after.issueTypeId, nameOf(get, after.issueTypeId)));
  }
  if (before.statusId !== after.statusId) {
    const get = (id: string) => store.docs.statuses.get(id);
    items.push(item('status', 'status', 'jira', before.statusId, nameOf(get, before.statusId), after.statusId, nameOf(get, after.statusId)));
  }
  if (before.resolutionId !== after.resolutionId) {
    const get = (id: string) => store.docs.resolutions.get(id);
    items.push(
      item('resolution', 'resolution', 'jira', before.resolutionId, nameOf(get, before.resolutionId), after.resolutionId, nameOf(get, after.resolutionId)),
    );
  }
  if (before.priorityId !== after.priorityId) {
    const get = (id: string) => store.docs.priorities.get(id);
    items.push(item('priority', 'priority', 'jira', before.priorityId, nameOf(get, before.priorityId), after.priorityId, nameOf(get, after.priorityId)));
  }
  if (before.assigneeId !== after.assigneeId)
    items.push(item('assignee', 'assignee', 'jira', before.assigneeId, userName(before.assigneeId), after.assigneeId, userName(after.assigneeId)));
  if (before.reporterId !== after.reporterId)
    items.push(item('reporter', 'reporter', 'jira', before.reporterId, userName(before.reporterId), after.reporterId, userName(after.reporterId)));
  if (before.labels.join(' ') !== after.labels.join(' '))
    items.push(item('labels', 'labels', 'jira', null, before.labels.join(' '), null, after.labels.join(' ')));
  if (before.organizationIds.join(',') !== after.organizationIds.join(',')) {
    const names = (ids: string[]): string => ids.map((id) => store.docs.organizations.get(id)?.name ?? id).join(', ');
    items.push(
      item(
        'Organizations',
        JSM_FIELDS.organizations.id,
        'custom',
        before.organizationIds.join(','),
        names(before.organizationIds),
        after.organizationIds.join(','),
        names(after.organizationIds),
      ),
    );
  }
  if (before.requestTypeId !== after.requestTypeId) {
    const get = (id: string) => store.docs.requestTypes.get(id);
    items.push(
      item(
        'Request Type',
        JSM_FIELDS.requestType.id,
        'custom',
        before.requestTypeId,
        nameOf(get, before.requestTypeId),
        after.requestTypeId,
        nameOf(get, after.requestTypeId),
      ),
    );
  }
  const customIds = new Set([...Object.keys(before.customFields), ...Object.keys(after.customFields)]);
  for (const fieldId of customIds) {
    const from = before.customFields[fieldId] ?? null;
    const to = after.customFields[fieldId] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const field = store.docs.fields.get(fieldId);
    // A Forge field's display strings are its formatter's text (the sandbox's choice; the raw value stays in from/to).
    const display = (value: unknown): string | null => (field ? (formattedValue(field, value) ?? text(value)) : text(value));
    items.push(item(field?.name ?? fieldId, fieldId, 'custom', text(from), display(from), text(to), display(to)));
  }
  return items;
}
