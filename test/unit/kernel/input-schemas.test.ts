import fc from 'fast-check';
import { booleanValue, INPUT_MESSAGES, numberValue, requiredText, stringValue } from '#kernel/input-schemas';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined => result.error?.issues[0]?.message;

describe('the basic value schemas', () => {
  it('say which type a value must be, and "is required" only when there is none', () => {
    const cases = [
      { schema: stringValue(), wrong: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.integer())), message: INPUT_MESSAGES.string },
      { schema: numberValue(), wrong: fc.oneof(fc.string(), fc.boolean(), fc.constant(Number.NaN), fc.array(fc.integer())), message: INPUT_MESSAGES.number },
      { schema: booleanValue(), wrong: fc.oneof(fc.string(), fc.integer(), fc.constant({})), message: INPUT_MESSAGES.boolean },
    ];
    for (const { schema, wrong, message } of cases) {
      fc.assert(fc.property(wrong, (value) => expect(messageOf(schema.safeParse(value))).toBe(message)));
      expect(messageOf(schema.safeParse(undefined))).toBe(INPUT_MESSAGES.required);
      expect(messageOf(schema.safeParse(null))).toBe(INPUT_MESSAGES.required);
    }
  });

  it('trims required text and counts its length after trimming', () => {
    const name = requiredText(5);
    expect(name.parse('  abc  ')).toBe('abc');
    expect(messageOf(name.safeParse('   '))).toBe(INPUT_MESSAGES.required);
    expect(messageOf(name.safeParse('abcdef'))).toBe('must be at most 5 characters');
  });
});
