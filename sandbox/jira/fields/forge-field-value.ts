import { translatedIn } from '../../runtime/manifest-texts';
import { isRecord } from '../issues/custom-field-value';
import type { JiraField } from '../model';
import { parseObjectSchema, schemaProblem, type ObjectSchema } from './forge-object-schema';
import { evaluateValidation, parseValidationExpression, type ValidationExpression } from './validation-expression';

/**
 * Values of Forge custom fields (`jira:customField`), checked as Jira checks them on create, edit
 * and the app field value API: the value must have the field's data type (Forge manifest reference,
 * "jira:customField", data types: string, number, datetime, date, user, group, object), and then
 * pass the module's `validation.expression`, else Jira refuses it with the module's `errorMessage`,
 * in the caller's language where the manifest translates it (`{ i18n }`). An `object` field's value
 * must also hold to the module's `schema` ("Object type": "the JSON schema that is used to validate
 * values stored in the field"); the refusal names the field and the place:
 * `Field 'Customer': name is required.`
 */

/** Forge fields are marked with their extension's ARI in `schema.custom`. */
export const FORGE_FIELD_PREFIX = 'ari:cloud:ecosystem::extension/';

export const isForgeField = (field: JiraField): boolean => field.schemaCustom?.startsWith(FORGE_FIELD_PREFIX) === true;

export type ValueCheck = { ok: true; value: unknown } | { ok: false; message: string };

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const parsed = new Map<string, ValidationExpression>();

function validationOf(expression: string): ValidationExpression {
  let tree = parsed.get(expression);
  if (!tree) {
    tree = parseValidationExpression(expression);
    parsed.set(expression, tree);
  }
  return tree;
}

const schemas = new Map<string, ObjectSchema>();

/** The field's schema, parsed once per distinct schema (install has checked that it parses). */
function schemaOf(raw: Record<string, unknown>): ObjectSchema {
  const key = JSON.stringify(raw);
  let schema = schemas.get(key);
  if (!schema) {
    schema = parseObjectSchema(raw);
    schemas.set(key, schema);
  }
  return schema;
}

function objectValue(field: JiraField, value: Record<string, unknown>): ValueCheck {
  const problem = field.forgeSchema ? schemaProblem(schemaOf(field.forgeSchema), value) : undefined;
  return problem ? { ok: false, message: `Field '${field.name}': ${problem}.` } : { ok: true, value };
}

function typed(field: JiraField, value: unknown): ValueCheck {
  const wrong = (expected: string): ValueCheck => ({ ok: false, message: `Field '${field.name}' must be ${expected}, not ${describe(value)}.` });
  switch (field.schemaType) {
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : wrong('a string');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : wrong('a number');
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? { ok: true, value }
        : wrong('a date (YYYY-MM-DD)');
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? { ok: true, value: new Date(value).toISOString().replace('Z', '+0000') }
        : wrong('a date-time in ISO 8601');
    case 'user':
      return isRecord(value) && typeof value.accountId === 'string' ? { ok: true, value: { accountId: value.accountId } } : wrong('a user ({ accountId })');
    case 'object':
      return isRecord(value) ? objectValue(field, value) : wrong('an object');
    default:
      // A Forge `group` field (the only Forge type without a JQL value type of its own).
      return isRecord(value) && (typeof value.groupId === 'string' || typeof value.name === 'string')
        ? { ok: true, value }
        : wrong('a group ({ groupId } or { name })');
  }
}

/**
 * Checks a new value of a Forge field; `null` clears it and is still subject to the validation. A
 * refusal by the validation is worded in `locale`, the caller's Jira language.
 */
export function checkForgeFieldValue(field: JiraField, value: unknown, locale: string): ValueCheck {
  const checked = value === null ? { ok: true as const, value: null } : typed(field, value);
  const validation = field.validation;
  if (!checked.ok || !validation) return checked;
  return evaluateValidation(validationOf(validation.expression), checked.value)
    ? checked
    : { ok: false, message: translatedIn(validation.errorMessage, validation.errorMessageByLocale, locale) };
}
