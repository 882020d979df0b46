import fc from 'fast-check';
import { formatValue, parseFormatterExpression, UnsupportedFormatterError } from '#sandbox/jira/fields/formatter-expression';

/**
 * The evaluator of `jira:customField` `view.formatter.expression` (Forge manifest reference, "Jira
 * custom field", "Formatter"): the string Jira shows for a value where the app's view cannot render.
 */

const format = (expression: string, value: unknown): string | undefined => formatValue(parseFormatterExpression(expression), value);

describe('formatter expressions the sandbox evaluates', () => {
  it("value.name, the app's Customer and Service formatter", () => {
    expect(format('value.name', { id: '4', name: 'Northwind Traders' })).toBe('Northwind Traders');
  });

  it("the reference's money example: a template literal over two properties", () => {
    expect(format('`${value.amount} ${value.currency}`', { amount: 100, currency: 'USD' })).toBe('100 USD');
  });

  it('+ joins text (and adds numbers), ?: and != null choose, ?. reads through null', () => {
    expect(format("value.name + ' (' + value.id + ')'", { id: '4', name: 'Northwind' })).toBe('Northwind (4)');
    expect(format("value.contact != null ? value.contact.email : 'No contact'", { contact: null })).toBe('No contact');
    expect(format("value.contact != null ? value.contact.email : 'No contact'", { contact: { email: 'a@b.example' } })).toBe('a@b.example');
    expect(format("value?.team?.name || 'Unassigned'", { team: null })).toBe('Unassigned');
    expect(format('`${value.a + value.b}`', { a: 1, b: 2 })).toBe('3');
    expect(format('!value.done ? "open" : "done"', { done: false })).toBe('open');
  });

  it('gives no text, rather than a wrong one, when the expression errs or does not end in a string', () => {
    expect(format('value.contact.email', { contact: null })).toBeUndefined();
    expect(format('value.amount', { amount: 5 })).toBeUndefined();
    expect(format('value.name', 'a string')).toBeUndefined();
    expect(format('value.tags + "!"', { tags: ['a'] })).toBeUndefined();
    // Inherited properties are not properties of the value.
    expect(format('value.toString', {})).toBeUndefined();
  });

  it('reads any name as the property it names, like Jira expressions do', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(format('value.name', { id: 'x', name })).toBe(name);
        expect(format('`<${value.name}>`', { name })).toBe(`<${name}>`);
      }),
    );
  });
});

describe('formatter expressions the sandbox refuses, so that none is silently skipped', () => {
  it.each([
    ["`${'▰'.repeat(value / 10)}`", /'\/' is not supported/],
    ['value.name.toUpperCase()', /calling 'toUpperCase\(\)' is not supported/],
    ["project.properties.get('idToNameMapping')", /'project' is not supported/],
    ['value.name === "x" ? "a" : "b"', /'===' is not an operator of Jira expressions/],
    ['let x = value.name; x', /'=' is not supported/],
    ['issue.key', /'issue' is not supported; only 'value' names the field's value/],
    ['value[0]', /'\[' is not supported/],
    ['value.name ?', /the expression ends too soon/],
    ['`${value.name`', /not closed/],
  ])('%s', (expression, reason) => {
    expect(() => parseFormatterExpression(expression)).toThrow(UnsupportedFormatterError);
    expect(() => parseFormatterExpression(expression)).toThrow(reason);
  });
});
