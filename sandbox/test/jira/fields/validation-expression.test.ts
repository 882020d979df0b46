import fc from 'fast-check';
import { evaluateValidation, parseValidationExpression, UnsupportedExpressionError } from '#sandbox/jira/fields/validation-expression';

/**
 * The evaluator of `jira:customField` `validation.expression` (Forge manifest reference): the
 * forms the app declares, checked against JavaScript's own answer for the same text.
 */

const passes = (expression: string, value: unknown): boolean => evaluateValidation(parseValidationExpression(expression), value);

describe('the expressions the manifest declares', () => {
  it('value == null || ["go", "no-go", "pending"].includes(value)', () => {
    const rule = 'value == null || ["go", "no-go", "pending"].includes(value)';
    expect(['go', 'no-go', 'pending', null].map((v) => passes(rule, v))).toEqual([true, true, true, true]);
    expect(['Go', 'maybe', '', 1].map((v) => passes(rule, v))).toEqual([false, false, false, false]);
    expect(passes(rule, undefined)).toBe(true);
  });

  it('value == null || value >= 0, and the other comparisons', () => {
    expect([0, 12.5, null].map((v) => passes('value == null || value >= 0', v))).toEqual([true, true, true]);
    expect(passes('value == null || value >= 0', -0.01)).toBe(false);
    expect(passes('value <= 10', 10)).toBe(true);
    expect(passes('value > -1', -1)).toBe(false);
    expect(passes('value < 3', 5)).toBe(false);
    expect(passes('value == 3.5', 3.5)).toBe(true);
  });

  it('value == null || value.length <= 200; a value without a length fails rather than erring', () => {
    expect(passes('value == null || value.length <= 200', 'x'.repeat(200))).toBe(true);
    expect(passes('value == null || value.length <= 200', 'x'.repeat(201))).toBe(false);
    expect(passes('value.length <= 200', null)).toBe(false);
    expect(passes('value.length <= 200', 5)).toBe(false);
    expect(passes('value >= 0', '5')).toBe(false);
  });

  it('&&, ||, ! and parentheses, with && binding tighter than ||', () => {
    expect(passes('value == null || (value >= 0 && value <= 100)', 50)).toBe(true);
    expect(passes('value == null || (value >= 0 && value <= 100)', 150)).toBe(false);
    expect(passes('!(value == "no")', 'yes')).toBe(true);
    expect(passes('value == 1 || value == 2 && value == 3', 1)).toBe(true);
    expect(passes("value != 'x'", 'y')).toBe(true);
  });
});

describe('expressions outside the supported forms', () => {
  it.each([
    ['value.trim() != ""', /only 'value.length'/],
    ['issue.summary != null', /only 'value' names/],
    ['value === "go"', /not an operator of Jira expressions/],
    ['value >= "a"', /compares numbers only/],
    ['value.length == "3"', /numbers only/],
    ['[value].includes(1)', /only string and number literals/],
    ['["a"].indexOf(value) >= 0', /supports only '.includes/],
    ['value == null ||', /expected value/],
    ['value', /expected a comparison/],
    ['1 == 1', /value or value.length on one side/],
    ['value + 1 > 2', /'\+' is not supported/],
    ['(value > 1', /expected '\)'/],
  ])('refuses %s', (expression, reason) => {
    expect(() => parseValidationExpression(expression)).toThrow(UnsupportedExpressionError);
    expect(() => parseValidationExpression(expression)).toThrow(reason);
  });
});

/**
 * A supported expression as text, with a JavaScript function that means the same. Like a Jira
 * expression, comparing a non-number with <, <=, >, >= or reading `.length` of a value without one
 * is an error, which `||`, `&&` and `!` pass on unless they short-circuit before it; an expression
 * that ends in an error refuses the value.
 */
type Outcome = boolean | 'error';
interface Generated {
  text: string;
  js: (value: unknown) => Outcome;
}
const orJs = (a: Outcome, b: () => Outcome): Outcome => (a === 'error' ? a : a || b());
const andJs = (a: Outcome, b: () => Outcome): Outcome => (a === 'error' ? a : a && b());
const notJs = (a: Outcome): Outcome => (a === 'error' ? a : !a);
const finalJs = (a: Outcome): boolean => a === true;

const word = fc.constantFrom('go', 'no-go', 'pending', 'yes', 'no', '');
const number = fc.integer({ min: -50, max: 50 });
const operator = fc.constantFrom('<', '<=', '>', '>=');
const compareJs = (op: string, a: number, b: number): boolean => (op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b);

const leaf: fc.Arbitrary<Generated> = fc.oneof(
  fc.constant<Generated>({ text: 'value == null', js: (v) => v === null || v === undefined }),
  fc.constant<Generated>({ text: 'value != null', js: (v) => v !== null && v !== undefined }),
  fc.tuple(operator, number).map(([op, n]): Generated => ({ text: `value ${op} ${n}`, js: (v) => (typeof v === 'number' ? compareJs(op, v, n) : 'error') })),
  fc
    .tuple(operator, fc.nat({ max: 8 }))
    .map(([op, n]): Generated => ({ text: `value.length ${op} ${n}`, js: (v) => (typeof v === 'string' ? compareJs(op, v.length, n) : 'error') })),
  fc
    .uniqueArray(word, { minLength: 1, maxLength: 4 })
    .map((list): Generated => ({ text: `[${list.map((w) => JSON.stringify(w)).join(', ')}].includes(value)`, js: (v) => list.some((w) => w === v) })),
);

const expression: fc.Arbitrary<Generated> = fc.letrec<{ node: Generated }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('node'), tie('node')).map(([a, b]): Generated => ({ text: `(${a.text}) && (${b.text})`, js: (v) => andJs(a.js(v), () => b.js(v)) })),
    fc.tuple(tie('node'), tie('node')).map(([a, b]): Generated => ({ text: `(${a.text}) || (${b.text})`, js: (v) => orJs(a.js(v), () => b.js(v)) })),
    tie('node').map((a): Generated => ({ text: `!(${a.text})`, js: (v) => notJs(a.js(v)) })),
  ),
})).node;

const value = fc.oneof(fc.constant(null), number, word, fc.string({ maxLength: 10 }));

test('any combination of the supported forms means what the same JavaScript means', () => {
  fc.assert(
    fc.property(expression, value, (generated, v) => {
      expect(evaluateValidation(parseValidationExpression(generated.text), v)).toBe(finalJs(generated.js(v)));
    }),
  );
});

test('whitespace around tokens does not change the meaning', () => {
  fc.assert(
    fc.property(expression, value, fc.constantFrom(' ', '  ', '\t'), (generated, v, space) => {
      const spaced = generated.text.replace(/ /g, space);
      expect(evaluateValidation(parseValidationExpression(spaced), v)).toBe(finalJs(generated.js(v)));
    }),
  );
});
