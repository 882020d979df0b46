import fc from 'fast-check';
import { readRefFieldValue, refFieldValue, refFieldValueOf, REF_FIELD_TEXT_MAX } from '#kernel/ref-field-value';
import { parseObjectSchema, schemaProblem, searchPropertiesOf } from '@brm/sandbox/jira/fields/forge-object-schema';
import { appManifest } from '#test/support/app';

/**
 * The Customer and Service value `{ id, name }`: the app's one schema must accept what the
 * manifest's JSON schema accepts (Jira checks that one), and the manifest must show the name and
 * search the id.
 */

const manifestField = (key: string) => {
  const field = appManifest().customFields.find((f) => f.key === key);
  if (!field) throw new Error(`The manifest has no ${key}.`);
  return field;
};

const text = fc.oneof(fc.string({ maxLength: REF_FIELD_TEXT_MAX + 5 }), fc.integer(), fc.constant(null), fc.constant(''));
const candidate = fc.oneof(
  fc.record({ id: text, name: text }),
  fc.record({ id: text, name: text, extra: fc.string() }),
  fc.record({ id: text }),
  fc.string(),
  fc.constant(null),
);

describe.each(['brm-customer', 'brm-service'])('%s in manifest.yml', (key) => {
  it('is an object field whose formatter shows the name and whose id and name are searchable', () => {
    const field = manifestField(key);
    expect(field.type).toBe('object');
    expect(field.formatter).toBe('value.name');
    expect(searchPropertiesOf(parseObjectSchema(field.schema))).toEqual([
      { alias: 'id', path: 'id', type: 'string' },
      { alias: 'name', path: 'name', type: 'text' },
    ]);
  });

  it('accepts exactly the values the app reads and writes (property: manifest schema == the app’s zod schema)', () => {
    const schema = parseObjectSchema(manifestField(key).schema);
    fc.assert(
      fc.property(candidate, (value) => {
        // The app writes only its own shape: a record with more properties is refused by Jira and never written.
        const appAccepts = refFieldValue.strict().safeParse(value).success;
        expect(schemaProblem(schema, value) === undefined).toBe(appAccepts);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading and making values', () => {
  it('reads { id, name } and nothing else', () => {
    expect(readRefFieldValue({ id: '4', name: 'Northwind Traders' })).toEqual({ id: '4', name: 'Northwind Traders' });
    for (const other of ['4', 4, null, undefined, { id: '4' }, { id: '', name: 'x' }]) expect(readRefFieldValue(other)).toBeNull();
  });

  it('cuts a long name to what the field holds, and names a nameless ref by its id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 600 }), (id, name) => {
        const value = refFieldValueOf({ id, name });
        expect(refFieldValue.safeParse(value).success).toBe(true);
        expect(value.id).toBe(id);
      }),
    );
    expect(refFieldValueOf({ id: '7', name: '   ' })).toEqual({ id: '7', name: '7' });
  });
});
