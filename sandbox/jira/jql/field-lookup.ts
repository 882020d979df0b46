import type { Field } from '@atlaskit/jql-ast';
import type { CompileScope } from './clause-kit';
import { customFieldHandler } from './custom-fields';
import type { FieldHandler } from './field-handler';
import { messages } from './messages';
import { jqlStringValue } from './operands';
import { indexedValueHandler, pathSegments, propertyHandler } from './property-fields';
import { SYSTEM_FIELDS } from './system-fields';

/**
 * What a field name in a query refers to: one or more fields (a custom field name shared by two
 * fields means both, as in Jira), an issue property path no app indexes (matches no issue, as in
 * Jira), or nothing known (an error has been recorded).
 */
export type FieldLookup =
  { kind: 'fields'; name: string; handlers: FieldHandler[] } | { kind: 'unindexed-property'; name: string } | { kind: 'unknown'; name: string };

const CUSTOM_FIELD_ID = /^cf\[(\d+)\]$/i;

function propertyLookup(field: Field, scope: CompileScope): FieldLookup {
  const [property] = field.properties ?? [];
  const key = property?.key ? jqlStringValue(property.key.text) : '';
  const path = (property?.path ?? []).map((segment) => jqlStringValue(segment.text)).join('');
  const name = `issue.property[${key}]${path}`;
  const wanted = pathSegments(path).join('.');
  const indexes = scope.tenant.propertyIndexes().all.filter((index) => index.propertyKey === key && pathSegments(index.path).join('.') === wanted);
  if (indexes.length === 0) return { kind: 'unindexed-property', name };
  return { kind: 'fields', name, handlers: indexes.map((index) => propertyHandler(index, scope)) };
}

/**
 * Resolves a field node: system fields and their aliases first, then `cf[10050]`, then property
 * search aliases, then custom field names (all case-insensitive). Records an error when unknown.
 */
export function lookUpField(field: Field, scope: CompileScope): FieldLookup {
  const name = jqlStringValue(field.text);
  const lower = name.toLowerCase();
  if (lower === 'issue.property' && (field.properties?.length ?? 0) > 0) return propertyLookup(field, scope);

  const system = SYSTEM_FIELDS.get(lower);
  if (system) return { kind: 'fields', name, handlers: [system(scope.tenant, scope)] };

  const fields = scope.tenant.fields();
  const customId = CUSTOM_FIELD_ID.exec(name);
  if (customId) {
    const custom = fields.byId.get(`customfield_${customId[1] ?? ''}`);
    if (custom) return { kind: 'fields', name, handlers: [customFieldHandler(custom, scope)] };
  } else {
    const aliased = scope.tenant.propertyIndexes().byAlias.get(lower);
    if (aliased) return { kind: 'fields', name, handlers: aliased.map((index) => propertyHandler(index, scope)) };
    const named = fields.byName.get(lower)?.filter((f) => f.custom);
    if (named && named.length > 0) return { kind: 'fields', name, handlers: named.map((f) => customFieldHandler(f, scope)) };
    // A Forge object field's search alias: `Customer.id` (the field's name, a dot, the alias).
    const clauses = fields.propertyClauses.get(lower);
    if (clauses && clauses.length > 0) {
      const handlers = clauses.map(({ field, property }) =>
        indexedValueHandler(property.type === 'group' ? 'string' : property.type, (issue) => issue.customFields[field.id], property.path, scope),
      );
      return { kind: 'fields', name, handlers };
    }
  }

  scope.errors.push(messages.unknownField(name));
  return { kind: 'unknown', name };
}
