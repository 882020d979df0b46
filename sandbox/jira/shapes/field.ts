import { translatedIn } from '../../runtime/manifest-texts';
import { arrayItemsOf } from '../fields/custom-field-types';
import { JSM_FIELDS, SYSTEM_FIELDS, type SystemField } from '../fields/system-fields';
import type { JiraField } from '../model';

/** The number in `customfield_10050`. */
export const customFieldNumber = (fieldId: string): number => Number(fieldId.replace(/^customfield_/, ''));

export function customFieldSchema(field: JiraField): Record<string, unknown> {
  const schema: Record<string, unknown> = { type: field.schemaType };
  const items = arrayItemsOf(field);
  if (items) schema.items = items;
  if (field.schemaCustom) schema.custom = field.schemaCustom;
  schema.customId = customFieldNumber(field.id);
  return schema;
}

/** The shape every custom field shares; `customId` is the number JQL's `cf[n]` names. */
function customShape(id: string, name: string, customId: number, schema: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    key: id,
    name,
    untranslatedName: name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema,
  };
}

/** A custom field as a caller whose Jira language is `locale` reads it (a Forge field's description in that language). */
export function customFieldShape(field: JiraField, locale: string): Record<string, unknown> {
  const shape = customShape(field.id, field.name, customFieldNumber(field.id), customFieldSchema(field));
  const description = translatedIn(field.description, field.descriptionByLocale, locale);
  if (description) shape.description = description;
  return shape;
}

export function systemFieldShape(field: SystemField): Record<string, unknown> {
  return {
    id: field.id,
    key: field.id,
    name: field.name,
    custom: false,
    orderable: field.orderable,
    navigable: true,
    searchable: field.searchable,
    clauseNames: field.clauseNames,
    ...(field.schema ? { schema: field.schema } : {}),
  };
}

function jsmFieldShape(field: (typeof JSM_FIELDS)[keyof typeof JSM_FIELDS]): Record<string, unknown> {
  return customShape(field.id, field.name, field.schema.customId, field.schema);
}

/** A custom field's REST shape; JSM's own fields keep the schema Jira gives them. */
export function anyCustomFieldShape(field: JiraField, locale: string): Record<string, unknown> {
  if (field.id === JSM_FIELDS.organizations.id) return jsmFieldShape(JSM_FIELDS.organizations);
  if (field.id === JSM_FIELDS.requestType.id) return jsmFieldShape(JSM_FIELDS.requestType);
  return customFieldShape(field, locale);
}

/** Every field of the site as `GET /rest/api/3/field` lists them: system fields, then custom ones. */
export function allFieldShapes(customFields: readonly JiraField[], locale: string): Record<string, unknown>[] {
  return [...SYSTEM_FIELDS.map(systemFieldShape), ...customFields.map((field) => anyCustomFieldShape(field, locale))];
}

/** Display names by field id, for `expand=names`. */
export function fieldNames(customFields: readonly JiraField[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of SYSTEM_FIELDS) names.set(f.id, f.name);
  for (const f of customFields) names.set(f.id, f.name);
  return names;
}
