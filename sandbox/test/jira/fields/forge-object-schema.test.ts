import fc from 'fast-check';
import { parseObjectSchema, schemaProblem, searchPropertiesOf, UnsupportedSchemaError } from '#sandbox/jira/fields/forge-object-schema';
import { appManifest } from '#sandbox/test/support/app-under-test';

/**
 * The `schema` of a Forge object field (Forge manifest reference, "Jira custom field", "Object
 * type"): the JSON schema Jira validates values against, and the search aliases JQL offers.
 */

const customerSchema = () => {
  const module = appManifest().customFields.find((f) => f.key === 'brm-customer');
  if (!module?.schema) throw new Error('The manifest gives Customer no schema.');
  return parseObjectSchema(module.schema);
};

describe("the app's Customer schema", () => {
  it('takes { id, name } and names what is wrong with anything else', () => {
    const schema = customerSchema();
    expect(schemaProblem(schema, { id: '4', name: 'Northwind Traders' })).toBeUndefined();
    expect(schemaProblem(schema, '4')).toBe('the value must be an object, not a string');
    expect(schemaProblem(schema, { id: '4' })).toBe('name is required');
    expect(schemaProblem(schema, { id: 4, name: 'Northwind' })).toBe('id must be a string, not a number');
    expect(schemaProblem(schema, { id: '', name: 'Northwind' })).toBe('id must be at least 1 character long');
    expect(schemaProblem(schema, { id: '4', name: 'Northwind', tier: 'gold' })).toBe('tier is not a property it takes');
    expect(schemaProblem(schema, { id: '4', name: 'x'.repeat(256) })).toBe('name must be at most 255 characters long');
  });

  it('offers Customer.id as an exact string and Customer.name as text', () => {
    expect(searchPropertiesOf(customerSchema())).toEqual([
      { alias: 'id', path: 'id', type: 'string' },
      { alias: 'name', path: 'name', type: 'text' },
    ]);
  });

  it('accepts exactly the records of two non-blank strings of at most 255 characters', () => {
    const schema = customerSchema();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'name', 'other'), fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null))), (value) => {
        const fits =
          Object.keys(value).every((k) => k !== 'other') &&
          ['id', 'name'].every((k) => typeof value[k] === 'string' && [...String(value[k])].length >= 1 && [...String(value[k])].length <= 255);
        expect(schemaProblem(schema, value) === undefined).toBe(fits);
      }),
    );
  });
});

describe('search aliases, as the reference maps schema types to JQL types', () => {
  it('string, number, integer, boolean, arrays by their items, searchType over the schema type; other types are ignored', () => {
    const schema = parseObjectSchema({
      type: 'object',
      properties: {
        amount: { type: 'number', searchAlias: 'Amount' },
        count: { type: 'integer', searchAlias: 'Count' },
        paid: { type: 'boolean', searchAlias: 'Paid' },
        spender: { type: 'string', searchType: 'user', searchAlias: 'Spender' },
        tags: { type: 'array', items: { type: 'string' }, searchAlias: 'Tags' },
        items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', searchAlias: 'ItemId' } } } },
        nested: { type: 'object', searchAlias: 'Nested' },
      },
    });
    expect(searchPropertiesOf(schema)).toEqual([
      { alias: 'Amount', path: 'amount', type: 'number' },
      { alias: 'Count', path: 'count', type: 'number' },
      { alias: 'Paid', path: 'paid', type: 'string' },
      { alias: 'Spender', path: 'spender', type: 'user' },
      { alias: 'Tags', path: 'tags', type: 'string' },
      { alias: 'ItemId', path: 'items.id', type: 'string' },
    ]);
  });
});

describe('schemas the sandbox refuses, naming the place', () => {
  it.each([
    [{ type: 'object', oneOf: [] }, /the keyword 'oneOf' is not supported \(at schema\)/],
    [{ properties: { id: { type: 'uuid' } } }, /type 'uuid' is not supported; .* \(at schema.properties.id\)/],
    [{ properties: { email: { type: 'string', format: 'email' } } }, /the keyword 'format' is not supported/],
    [{ additionalProperties: { type: 'string' } }, /additionalProperties is supported as true or false only/],
    [{ properties: { tags: { type: 'array' } } }, /an array needs 'items'/],
    [{ properties: { id: { type: 'string', searchType: 'option' } } }, /searchType 'option' is not one Forge offers/],
  ])('%j', (schema, reason) => {
    expect(() => parseObjectSchema(schema)).toThrow(UnsupportedSchemaError);
    expect(() => parseObjectSchema(schema)).toThrow(reason);
  });
});
