import { isRecord } from '../issues/custom-field-value';

/**
 * The `schema` of a Forge `jira:customField` of type `object` (Forge manifest reference, "Jira
 * custom field", "Object type"): a JSON schema that Jira validates the field's values against, whose
 * properties may carry `searchAlias` (and `searchType`) to become JQL clauses (`Customer.id`).
 *
 * The sandbox understands a subset of JSON schema, enough for records of plain values:
 * `type` (object, string, number, integer, boolean, array), `properties`, `required`,
 * `additionalProperties` (true or false), `items`, `enum`, `minLength`, `maxLength`, `minimum`,
 * `maximum`, `pattern`, the annotations `title` and `description`, and Forge's `searchAlias` and
 * `searchType`. A schema with any other keyword is refused when the app is installed
 * (`parseObjectSchema` throws), so that the sandbox never skips a rule Jira would apply.
 */

export type SchemaType = 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'array';

/** The JQL type of a search alias: the schema type as Forge maps it, or its `searchType`. */
export type SearchType = 'string' | 'number' | 'text' | 'user' | 'group' | 'date';

export interface ObjectSchema {
  type?: SchemaType;
  properties?: Record<string, ObjectSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: ObjectSchema;
  enum?: (string | number | boolean | null)[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  searchAlias?: string;
  searchType?: SearchType;
}

/** One JQL clause an object field offers: `<field name>.<alias>` over the values at `path`. */
export interface SearchProperty {
  alias: string;
  /** Dotted path into the value; arrays on the way are searched item by item. */
  path: string;
  type: SearchType;
}

/** A schema outside the subset the sandbox validates. */
export class UnsupportedSchemaError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
  ) {
    super(`${reason} (at ${location})`);
    this.name = 'UnsupportedSchemaError';
  }
}

const SCHEMA_TYPES: readonly SchemaType[] = ['object', 'string', 'number', 'integer', 'boolean', 'array'];
const SEARCH_TYPES: readonly SearchType[] = ['string', 'number', 'text', 'user', 'group', 'date'];
const ANNOTATIONS = new Set(['title', 'description']);

const nonNegativeInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads a manifest's schema into the subset; throws `UnsupportedSchemaError` for anything else. */
export function parseObjectSchema(raw: unknown, location = 'schema'): ObjectSchema {
  if (!isRecord(raw)) throw new UnsupportedSchemaError(location, 'a schema must be an object');
  const schema: ObjectSchema = {};
  const fail = (reason: string): never => {
    throw new UnsupportedSchemaError(location, reason);
  };
  for (const [keyword, value] of Object.entries(raw)) {
    switch (keyword) {
      case 'type': {
        const type = SCHEMA_TYPES.find((t) => t === value);
        if (!type) fail(`type '${String(value)}' is not supported; use one of ${SCHEMA_TYPES.join(', ')}`);
        schema.type = type;
        break;
      }
      case 'properties': {
        if (!isRecord(value)) fail('properties must be an object');
        const properties: Record<string, ObjectSchema> = {};
        for (const [name, property] of Object.entries(isRecord(value) ? value : {}))
          properties[name] = parseObjectSchema(property, `${location}.properties.${name}`);
        schema.properties = properties;
        break;
      }
      case 'required':
        if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) fail('required must be a list of property names');
        schema.required = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
        break;
      case 'additionalProperties':
        if (typeof value !== 'boolean') fail('additionalProperties is supported as true or false only');
        schema.additionalProperties = value === true;
        break;
      case 'items':
        schema.items = parseObjectSchema(value, `${location}.items`);
        break;
      case 'enum':
        if (!Array.isArray(value) || !value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
          fail('enum must be a list of plain values');
        schema.enum = Array.isArray(value)
          ? value.filter((v): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v))
          : [];
        break;
      case 'minLength':
      case 'maxLength':
        if (!nonNegativeInteger(value)) fail(`${keyword} must be a whole number of at least 0`);
        schema[keyword] = typeof value === 'number' ? value : 0;
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${keyword} must be a number`);
        schema[keyword] = typeof value === 'number' ? value : 0;
        break;
      case 'pattern':
        if (typeof value !== 'string') fail('pattern must be a string');
        try {
          new RegExp(String(value), 'u');
        } catch {
          fail(`pattern '${String(value)}' is not a regular expression`);
        }
        schema.pattern = String(value);
        break;
      case 'searchAlias':
        if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(value)) fail('searchAlias must be a word of letters, digits, - and _');
        schema.searchAlias = String(value);
        break;
      case 'searchType': {
        const type = SEARCH_TYPES.find((t) => t === value);
        if (!type) fail(`searchType '${String(value)}' is not one Forge offers (${SEARCH_TYPES.join(', ')})`);
        schema.searchType = type;
        break;
      }
      default:
        if (!ANNOTATIONS.has(keyword)) fail(`the keyword '${keyword}' is not supported`);
    }
  }
  if (schema.type === 'array' && !schema.items) fail("an array needs 'items'");
  return schema;
}

/** The JQL type Forge gives a search alias (string, number and integer, boolean as string, arrays by their items), or undefined when it ignores it. */
function searchTypeOf(schema: ObjectSchema): SearchType | undefined {
  if (schema.searchType) return schema.searchType;
  switch (schema.type) {
    case 'string':
    case 'boolean':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'array':
      return schema.items ? searchTypeOf(schema.items) : undefined;
    default:
      return undefined;
  }
}

/**
 * The JQL clauses of an object field: every property with a `searchAlias`, at any depth (arrays are
 * walked through their items). Pairs with the same alias and path but different types are dropped,
 * as Forge ignores them.
 */
export function searchPropertiesOf(schema: ObjectSchema): SearchProperty[] {
  const found: SearchProperty[] = [];
  const walk = (node: ObjectSchema, path: string[]): void => {
    if (node.searchAlias && path.length > 0) {
      const type = searchTypeOf(node);
      if (type) found.push({ alias: node.searchAlias, path: path.join('.'), type });
    }
    if (node.items) walk(node.items, path);
    for (const [name, property] of Object.entries(node.properties ?? {})) walk(property, [...path, name]);
  };
  walk(schema, []);
  return found.filter((p) => !found.some((q) => q !== p && q.alias.toLowerCase() === p.alias.toLowerCase() && q.path === p.path && q.type !== p.type));
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const TYPE_NAMES: Record<SchemaType, string> = {
  object: 'an object',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
};

function hasType(type: SchemaType, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
  }
}

const characters = (n: number): string => (n === 1 ? '1 character' : `${n} characters`);

/**
 * The first way `value` breaks the schema, as a sentence about the place it is at ("name is
 * required", "id must be a string, not a number"), or undefined when it holds. `at` names the
 * place; the top level is "the value".
 */
export function schemaProblem(schema: ObjectSchema, value: unknown, at = 'the value'): string | undefined {
  if (schema.type && !hasType(schema.type, value)) return `${at} must be ${TYPE_NAMES[schema.type]}, not ${describe(value)}`;
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) return `${at} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return `${at} must be at least ${characters(schema.minLength)} long`;
    if (schema.maxLength !== undefined && length > schema.maxLength) return `${at} must be at most ${characters(schema.maxLength)} long`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return `${at} must match ${schema.pattern}`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${at} must be at least ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${at} must be at most ${schema.maximum}`;
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const problem = schemaProblem(schema.items, item, `${at === 'the value' ? 'item' : at}[${index}]`);
      if (problem) return problem;
    }
  }
  if (isRecord(value)) {
    const inside = (name: string): string => (at === 'the value' ? name : `${at}.${name}`);
    for (const name of schema.required ?? []) if (value[name] === undefined || value[name] === null) return `${inside(name)} is required`;
    for (const [name, item] of Object.entries(value)) {
      const property = schema.properties?.[name];
      if (property) {
        const problem = schemaProblem(property, item, inside(name));
        if (problem) return problem;
      } else if (schema.additionalProperties === false) return `${inside(name)} is not a property it takes`;
    }
  }
  return undefined;
}
