import { customFieldsFor } from '../fields/availability';
import { checkForgeFieldValue, isForgeField } from '../fields/forge-field-value';
import { JSM_FIELDS } from '../fields/system-fields';
import type { JiraIssueType, JiraProject, StoredIssue } from '../model';
import type { JiraStore } from '../store/jira-store';
import { checkCustomFieldValue, isRecord } from './custom-field-value';

/** The outcome of applying a `fields` object: the changed issue, or Jira's per-field errors. */
export interface FieldInputResult {
  issue: StoredIssue;
  errors: Record<string, string>;
}

export const cannotSet = (fieldId: string): string => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/** How `applyFields` reads its input. */
export interface FieldInputOptions {
  mode: 'create' | 'edit';
  /**
   * The fields of the create or edit screen (team-managed: the issue type's field layout); any other
   * field "cannot be set". `override` skips the screen (an allowed `overrideScreenSecurity`).
   */
  screen: ReadonlySet<string> | 'override';
  /** The caller's Jira language, for the messages an app's manifest gives in several (callerLocale). */
  locale: string;
}

const stringProp = (value: unknown, key: string): string | undefined => {
  if (!isRecord(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};

/** An issue type of the project named by `{ id }` or `{ name }`. */
export function issueTypeInProject(store: JiraStore, project: JiraProject, value: unknown): JiraIssueType | undefined {
  const id = stringProp(value, 'id');
  const name = stringProp(value, 'name');
  return store.issueTypesOfProject(project).find((t) => (id !== undefined ? t.id === id : t.name.toLowerCase() === name?.toLowerCase()));
}

const isAtlassianDocument = (value: unknown): boolean => isRecord(value) && value.type === 'doc' && Array.isArray(value.content);

/**
 * Applies a REST `fields` object to an issue, checking each value as Jira does. `project` and
 * `issuetype` are set by the caller before a create; on an edit `project` cannot change.
 *
 * Create issue (POST /rest/api/3/issue) and Edit issue (PUT /rest/api/3/issue/{issueIdOrKey}):
 * a field that is not on the create (edit) screen of the issue's project and type, or a custom
 * field without a context for them, answers "Field 'x' cannot be set. It is not on the appropriate
 * screen, or unknown."
 */
export function applyFields(store: JiraStore, start: StoredIssue, fields: Record<string, unknown>, options: FieldInputOptions): FieldInputResult {
  const { mode, screen } = options;
  const errors: Record<string, string> = {};
  const project = store.docs.projects.get(start.projectId);
  if (!project) return { issue: start, errors: { project: 'Specify a valid project ID or key' } };
  let issue: StoredIssue = { ...start };
  const exempt = (fieldId: string): boolean => mode === 'create' && (fieldId === 'project' || fieldId === 'issuetype');
  const onScreen = (fieldId: string): boolean => exempt(fieldId) || (screen === 'override' ? fieldId !== 'project' : screen.has(fieldId));
  for (const fieldId of Object.keys(fields)) if (!onScreen(fieldId)) errors[fieldId] = cannotSet(fieldId);

  if (mode === 'edit' && 'issuetype' in fields && onScreen('issuetype')) {
    const type = issueTypeInProject(store, project, fields.issuetype);
    if (type) issue.issueTypeId = type.id;
    else errors.issuetype = 'The issue type selected is invalid.';
  }
  const available = new Set(customFieldsFor(store, issue.projectId, issue.issueTypeId).map((f) => f.id));

  for (const [fieldId, value] of Object.entries(fields)) {
    if (!onScreen(fieldId)) continue;
    switch (fieldId) {
      case 'project':
      case 'issuetype':
        break;
      case 'summary':
        if (typeof value !== 'string' || value.trim() === '') errors.summary = 'You must specify a summary of the issue.';
        else if (value.length > 255) errors.summary = 'Summary must be less than 255 characters.';
        else issue.summary = value;
        break;
      case 'description':
        if (value === null || isAtlassianDocument(value)) issue.description = value;
        else errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
        break;
      case 'labels':
        if (!Array.isArray(value) || !value.every((l) => typeof l === 'string')) errors.labels = 'Operation value must be an array of strings';
        else {
          const spaced = value.find((l) => /\s/.test(l));
          if (spaced !== undefined) errors.labels = `The label '${spaced}' contains spaces which is invalid.`;
          else issue.labels = [...new Set(value)];
        }
        break;
      case 'reporter':
      case 'assignee':
        issue = applyUser(store, project, issue, fieldId, value, errors);
        break;
      case 'priority': {
        const id = stringProp(value, 'id');
        const name = stringProp(value, 'name');
        const priority = value === null ? null : store.docs.priorities.find((p) => p.id === id || p.name === name);
        if (priority === undefined) errors.priority = `Specify a valid 'id' or 'name' for Priority`;
        else issue.priorityId = priority ? priority.id : null;
        break;
      }
      case JSM_FIELDS.organizations.id:
        issue = applyOrganizations(store, issue, value, errors);
        break;
      case JSM_FIELDS.requestType.id: {
        const desk = store.serviceDeskOfProject(project.id);
        const type = typeof value === 'string' ? store.docs.requestTypes.get(value) : undefined;
        if (value === null) issue.requestTypeId = null;
        else if (!desk || !type || type.serviceDeskId !== desk.id) errors[fieldId] = 'The request type is not valid for this service project.';
        else issue.requestTypeId = type.id;
        break;
      }
      default: {
        const field = store.docs.fields.get(fieldId);
        if (!field || !available.has(fieldId)) {
          errors[fieldId] = cannotSet(fieldId);
          break;
        }
        const checked = isForgeField(field) ? checkForgeFieldValue(field, value, options.locale) : checkCustomFieldValue(field, value);
        if (!checked.ok) errors[fieldId] = checked.message;
        else {
          const customFields = { ...issue.customFields };
          if (checked.value === null) delete customFields[fieldId];
          else customFields[fieldId] = checked.value;
          issue.customFields = customFields;
        }
      }
    }
  }
  return { issue, errors };
}

function applyUser(
  store: JiraStore,
  project: JiraProject,
  issue: StoredIssue,
  fieldId: 'reporter' | 'assignee',
  value: unknown,
  errors: Record<string, string>,
): StoredIssue {
  if (value === null) {
    if (fieldId === 'assignee') return { ...issue, assigneeId: null };
    errors.reporter = 'Reporter is required.';
    return issue;
  }
  const accountId = stringProp(value, 'accountId') ?? stringProp(value, 'id');
  const user = accountId ? store.user(accountId) : undefined;
  if (!user) {
    errors[fieldId] = `Specify a valid value for ${fieldId}`;
    return issue;
  }
  if (fieldId === 'reporter') return { ...issue, reporterId: user.accountId };
  const assignable = user.kind === 'admin' || project.agentIds.includes(user.accountId);
  if (!assignable) {
    errors.assignee = `User '${user.accountId}' cannot be assigned issues.`;
    return issue;
  }
  return { ...issue, assigneeId: user.accountId };
}

function applyOrganizations(store: JiraStore, issue: StoredIssue, value: unknown, errors: Record<string, string>): StoredIssue {
  const field = JSM_FIELDS.organizations.id;
  if (value === null) return { ...issue, organizationIds: [] };
  if (!Array.isArray(value)) {
    errors[field] = 'Operation value must be an array';
    return issue;
  }
  const ids: string[] = [];
  for (const item of value) {
    const id = typeof item === 'number' || typeof item === 'string' ? String(item) : stringProp(item, 'id');
    if (!id || !store.docs.organizations.get(id)) {
      errors[field] = `Organization '${String(id ?? JSON.stringify(item))}' does not exist.`;
      return issue;
    }
    ids.push(id);
  }
  return { ...issue, organizationIds: [...new Set(ids)] };
}

/**
 * Turns an edit's `update` operations (`set`, `add`, `remove`) into plain field values, read
 * against the issue's current values, so they can go through `applyFields`.
 */
export function updateToFields(issue: StoredIssue, update: Record<string, unknown>, errors: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [fieldId, operations] of Object.entries(update)) {
    if (!Array.isArray(operations)) {
      errors[fieldId] = 'Operations must be an array.';
      continue;
    }
    let current: unknown = currentValue(issue, fieldId);
    for (const operation of operations) {
      if (!isRecord(operation)) continue;
      if ('set' in operation) current = operation.set;
      else if ('add' in operation || 'remove' in operation) {
        const list: unknown[] = Array.isArray(current) ? Array.from<unknown>(current) : [];
        const item = 'add' in operation ? operation.add : operation.remove;
        const same = (a: unknown): boolean =>
          JSON.stringify(a) === JSON.stringify(item) || (isRecord(a) && isRecord(item) && a.id !== undefined && a.id === item.id);
        current = 'add' in operation ? (list.some(same) ? list : [...list, item]) : list.filter((a) => !same(a));
      } else errors[fieldId] = `Unsupported operation on field '${fieldId}'.`;
    }
    out[fieldId] = current;
  }
  return out;
}

function currentValue(issue: StoredIssue, fieldId: string): unknown {
  if (fieldId === 'labels') return issue.labels;
  if (fieldId === JSM_FIELDS.organizations.id) return issue.organizationIds.map((id) => ({ id }));
  if (fieldId === 'summary') return issue.summary;
  return issue.customFields[fieldId] ?? null;
}
