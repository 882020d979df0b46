import fc from 'fast-check';
import type { z } from 'zod';
import { adminContract } from '#surfaces/admin-contract';
import { issueContract } from '#surfaces/issue-contract';
import { inputError } from '#platform/resolver/contract-resolver';

/**
 * Every contract says what is wrong with a value of the wrong type ("must be a string", "must be a
 * number", "must be true or false"), keeps "is required" for a value that is absent or empty, and
 * never repeats a message.
 */

type Kind = 'string' | 'number' | 'boolean';
const EXPECTED: Record<Kind, string> = { string: 'must be a string', number: 'must be a number', boolean: 'must be true or false' };

interface Case {
  call: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  fields: Record<string, Kind>;
}

const ticket = { issueKey: 'ACME-12' };
const CASES: Case[] = [
  {
    call: 'issue.tagFeedback',
    schema: issueContract.tagFeedback.input,
    valid: { ...ticket, kind: 'complaint', customerId: '3', serviceId: 'svc-1', severity: 'high', statement: 'Waited a week.' },
    fields: { issueKey: 'string', customerId: 'string', serviceId: 'string', statement: 'string' },
  },
  { call: 'issue.getFeedbackState', schema: issueContract.getFeedbackState.input, valid: ticket, fields: { issueKey: 'string' } },
  {
    call: 'issue.listCustomers',
    schema: issueContract.listCustomers.input,
    valid: { ...ticket, query: 'north' },
    fields: { issueKey: 'string', query: 'string' },
  },
  { call: 'issue.listServices', schema: issueContract.listServices.input, valid: ticket, fields: { issueKey: 'string' } },
  {
    call: 'issue.setCustomer',
    schema: issueContract.setCustomer.input,
    valid: { ...ticket, customerId: '3' },
    fields: { issueKey: 'string', customerId: 'string' },
  },
  {
    call: 'issue.setService',
    schema: issueContract.setService.input,
    valid: { ...ticket, serviceId: 'svc-1' },
    fields: { issueKey: 'string', serviceId: 'string' },
  },
  {
    call: 'admin.saveService',
    schema: adminContract.saveService.input,
    valid: { id: 'svc-1', name: 'Email', description: 'Mailboxes', ownerAccountId: 'abc' },
    fields: { id: 'string', name: 'string', description: 'string', ownerAccountId: 'string' },
  },
  { call: 'admin.listServices', schema: adminContract.listServices.input, valid: { includeArchived: true }, fields: { includeArchived: 'boolean' } },
  { call: 'admin.archiveService', schema: adminContract.archiveService.input, valid: { id: 'svc-1' }, fields: { id: 'string' } },
  { call: 'admin.planProvisioning', schema: adminContract.planProvisioning.input, valid: { projectIds: ['10000'] }, fields: {} },
];

const notNull = fc.anything().filter((v) => v !== null && v !== undefined);
const wrongFor: Record<Kind, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.array(notNull, { maxLength: 3 }), fc.dictionary(fc.string(), notNull, { maxKeys: 3 })),
  number: fc.oneof(fc.string(), fc.boolean(), fc.array(notNull, { maxLength: 3 }), fc.dictionary(fc.string(), notNull, { maxKeys: 3 })),
  boolean: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.array(notNull, { maxLength: 3 }), fc.dictionary(fc.string(), notNull, { maxKeys: 3 })),
};

function messagesOf(schema: z.ZodType, payload: unknown): string[] {
  const result = schema.safeParse(payload);
  if (result.success) return [];
  return inputError(result.error, payload).message.split('; ');
}

describe('wrong-typed values in every contract', () => {
  const typed = CASES.flatMap((c) => Object.entries(c.fields).map(([field, kind]) => ({ ...c, field, kind })));

  it.each(typed.map((t) => [`${t.call} ${t.field}`, t] as const))('%s: says which type it must be, never "is required"', (_name, t) => {
    fc.assert(
      fc.property(wrongFor[t.kind], (value) => {
        const messages = messagesOf(t.schema, { ...t.valid, [t.field]: value });
        expect(messages).toContain(`${t.field}: ${EXPECTED[t.kind]}`);
        expect(messages).not.toContain(`${t.field}: is required`);
      }),
      { numRuns: 60 },
    );
  });

  it('names each of several wrong fields once, and repeats no message', () => {
    const withFields = CASES.filter((c) => Object.keys(c.fields).length > 0);
    const scenario = fc.constantFrom(...withFields).chain((c) =>
      fc.tuple(
        fc.constant(c),
        fc
          .subarray(Object.keys(c.fields), { minLength: 1 })
          .chain((fields) => fc.tuple(fc.constant(fields), fc.tuple(...fields.map((f) => wrongFor[c.fields[f] ?? 'string'])))),
      ),
    );
    fc.assert(
      fc.property(scenario, ([c, [fields, values]]) => {
        const payload = { ...c.valid, ...Object.fromEntries(fields.map((f, i) => [f, values[i]])) };
        const messages = messagesOf(c.schema, payload);
        expect(new Set(messages).size).toBe(messages.length);
        for (const field of fields) expect(messages.filter((m) => m.startsWith(`${field}: `))).toEqual([`${field}: ${EXPECTED[c.fields[field] ?? 'string']}`]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps "is required" for a field that is absent, null or blank', () => {
    const required: [z.ZodType, Record<string, unknown>, string][] = [
      [issueContract.tagFeedback.input, { ...ticket, kind: 'compliment', customerId: '3' }, 'statement'],
      [adminContract.saveService.input, {}, 'name'],
    ];
    for (const [schema, payload, field] of required) {
      for (const value of [undefined, null, '', '   ']) {
        const withValue = value === undefined ? payload : { ...payload, [field]: value };
        expect(messagesOf(schema, withValue)).toEqual([`${field}: is required`]);
      }
    }
  });

  it('says a payload that is not an object must be one', () => {
    for (const payload of [5, 'x', [], null])
      expect(messagesOf(issueContract.getFeedbackState.input, payload)).toEqual(['The request is not valid: it must be an object']);
  });
});
