import { JSM_FIELDS, SYSTEM_FIELDS } from '../fields/system-fields';
import type { JiraIssueType, JiraProject } from '../model';
import { DEFAULT_PRIORITY_ID } from '../store/baseline';
import type { ShapeContext } from './common';
import { customFieldSchema } from './field';
import { issueTypeShape } from './issue-type';
import { priorityShape } from './workflow';

/**
 * Field metadata as Get create field metadata (`FieldCreateMetadata`) and Get edit issue metadata
 * (`FieldMetadata`) describe a field: required, schema, name, key, operations, and allowed values
 * where the emulator has them (priorities, issue types).
 */

/** Fields every issue must have; project and issue type are always required on create. */
const REQUIRED = new Set(['summary', 'issuetype', 'project', 'reporter']);

function operationsOf(schemaType: string | undefined): string[] {
  return schemaType === 'array' ? ['add', 'set', 'remove'] : ['set'];
}

/**
 * One field's metadata. `issueTypes` are the allowed values of `issuetype` (the project's types on
 * an edit, the chosen type on a create).
 */
export function fieldMetadata(
  ctx: ShapeContext,
  project: JiraProject,
  fieldId: string,
  issueTypes: readonly JiraIssueType[],
): Record<string, unknown> | undefined {
  const base = (name: string, schema: Record<string, unknown>): Record<string, unknown> => ({
    required: REQUIRED.has(fieldId),
    schema,
    name,
    key: fieldId,
    hasDefaultValue: false,
    operations: operationsOf(typeof schema.type === 'string' ? schema.type : undefined),
  });
  if (fieldId === 'project')
    return { ...base('Project', { type: 'project', system: 'project' }), allowedValues: [{ id: project.id, key: project.key, name: project.name }] };
  const system = SYSTEM_FIELDS.find((f) => f.id === fieldId);
  if (system?.schema) {
    const meta = base(system.name, { ...system.schema });
    if (fieldId === 'priority') {
      const priorities = ctx.store.docs.priorities.all();
      meta.allowedValues = priorities.map((p) => priorityShape(ctx.baseUrl, p));
      const fallback = priorities.find((p) => p.id === DEFAULT_PRIORITY_ID);
      if (fallback) Object.assign(meta, { hasDefaultValue: true, defaultValue: priorityShape(ctx.baseUrl, fallback) });
    }
    if (fieldId === 'issuetype') meta.allowedValues = issueTypes.map((t) => issueTypeShape(ctx.baseUrl, t));
    if (fieldId === 'assignee' || fieldId === 'reporter') meta.autoCompleteUrl = `${ctx.baseUrl}/rest/api/3/user/search?query=`;
    if (fieldId === 'labels') meta.autoCompleteUrl = `${ctx.baseUrl}/rest/api/1.0/labels/suggest?query=`;
    return meta;
  }
  if (fieldId === JSM_FIELDS.organizations.id) return base(JSM_FIELDS.organizations.name, { ...JSM_FIELDS.organizations.schema });
  if (fieldId === JSM_FIELDS.requestType.id) return base(JSM_FIELDS.requestType.name, { ...JSM_FIELDS.requestType.schema });
  const field = ctx.store.docs.fields.get(fieldId);
  return field ? base(field.name, customFieldSchema(field)) : undefined;
}

/** Create metadata adds the field's id under `fieldId`. */
export function fieldCreateMetadata(
  ctx: ShapeContext,
  project: JiraProject,
  fieldId: string,
  issueTypes: readonly JiraIssueType[],
): Record<string, unknown> | undefined {
  const meta = fieldMetadata(ctx, project, fieldId, issueTypes);
  return meta ? { ...meta, fieldId } : undefined;
}
