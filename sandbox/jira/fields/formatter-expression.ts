/**
 * The Jira expressions a Forge `jira:customField` may declare as `view.formatter.expression`
 * (Forge manifest reference, "Jira custom field", "Formatter"): they turn the field's `value` into
 * the string Jira shows where the app's own view cannot render (the issue navigator, filters,
 * exports, notifications). The sandbox evaluates this subset:
 * - `value`, and properties of it: `value.name`, `value?.name`, `value.amount.currency`;
 * - string literals (`"…"`, `'…'`), numbers, `null`, `true`, `false`;
 * - template literals with `${…}` around any supported expression;
 * - `+` (concatenation; two numbers add), `==`, `!=`, `!`, `&&`, `||`, `… ? … : …`, parentheses.
 * Anything else is refused by `parseFormatterExpression`, so an app never declares a formatter the
 * sandbox would skip. Evaluation follows Jira expressions: reading a property of null with `.` is an
 * error (`?.` gives null), and so is a result that is not a string; a formatter that errs shows the
 * raw value instead (`formatValue` answers undefined).
 */

export class UnsupportedFormatterError extends Error {
  constructor(
    readonly expression: string,
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} (at character ${position + 1} of '${expression}')`);
    this.name = 'UnsupportedFormatterError';
  }
}

type Literal = string | number | boolean | null;

export type FormatterExpression =
  | { kind: 'literal'; value: Literal }
  | { kind: 'value' }
  | { kind: 'member'; object: FormatterExpression; property: string; optional: boolean }
  | { kind: 'template'; parts: (string | FormatterExpression)[] }
  | { kind: 'binary'; operator: '+' | '==' | '!=' | '&&' | '||'; left: FormatterExpression; right: FormatterExpression }
  | { kind: 'not'; operand: FormatterExpression }
  | { kind: 'conditional'; test: FormatterExpression; then: FormatterExpression; otherwise: FormatterExpression };

type Token =
  | { kind: 'identifier'; text: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'template'; parts: (string | { source: string; at: number })[]; at: number }
  | { kind: 'punctuation'; text: string; at: number }
  | { kind: 'end'; at: number };

const PUNCTUATION = ['?.', '||', '&&', '==', '!=', '+', '!', '(', ')', '.', '?', ':'];

function tokenize(source: string, offset: number, whole: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const fail = (reason: string): never => {
    throw new UnsupportedFormatterError(whole, reason, offset + at);
  };
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest.startsWith('===') || rest.startsWith('!==')) fail(`'${rest.slice(0, 3)}' is not an operator of Jira expressions; use '${rest.slice(0, 2)}'`);
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: offset + at });
      at += number[0].length;
      continue;
    }
    const identifier = /^[A-Za-z_$][\w$]*/.exec(rest);
    if (identifier) {
      tokens.push({ kind: 'identifier', text: identifier[0], at: offset + at });
      at += identifier[0].length;
      continue;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      let value = '';
      let i = 1;
      for (; i < rest.length && rest[i] !== quote; i++) {
        const c = rest[i] ?? '';
        if (c === '\\') {
          const next = rest[i + 1];
          if (next === undefined) break;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i++;
        } else value += c;
      }
      if (rest[i] !== quote) fail('a string is not closed');
      tokens.push({ kind: 'string', value, at: offset + at });
      at += i + 1;
      continue;
    }
    if (quote === '`') {
      const parts: (string | { source: string; at: number })[] = [];
      let text = '';
      let i = 1;
      for (; i < rest.length && rest[i] !== '`'; i++) {
        if (rest.startsWith('${', i)) {
          const close = rest.indexOf('}', i + 2);
          if (close < 0) fail("a '${' in a template is not closed");
          if (text) parts.push(text);
          text = '';
          parts.push({ source: rest.slice(i + 2, close), at: offset + at + i + 2 });
          i = close;
        } else if (rest[i] === '\\' && rest[i + 1] !== undefined) {
          text += rest[i + 1];
          i++;
        } else text += rest[i] ?? '';
      }
      if (rest[i] !== '`') fail('a template is not closed');
      if (text) parts.push(text);
      tokens.push({ kind: 'template', parts, at: offset + at });
      at += i + 1;
      continue;
    }
    const punctuation = PUNCTUATION.find((p) => rest.startsWith(p));
    if (!punctuation) fail(`'${rest[0] ?? ''}' is not supported`);
    tokens.push({ kind: 'punctuation', text: punctuation ?? '', at: offset + at });
    at += (punctuation ?? '').length;
  }
  tokens.push({ kind: 'end', at: offset + at });
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly whole: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FormatterExpression {
    const expression = this.conditional();
    const next = this.peek();
    if (next.kind !== 'end') this.fail('unexpected text after the expression', next);
    return expression;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: 'end', at: this.whole.length };
  }

  private isPunctuation(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punctuation' && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isPunctuation(text)) this.fail(`expected '${text}'`, this.peek());
    this.index++;
  }

  private fail(reason: string, token: Token): never {
    throw new UnsupportedFormatterError(this.whole, reason, token.at);
  }

  private conditional(): FormatterExpression {
    const test = this.or();
    if (!this.isPunctuation('?')) return test;
    this.index++;
    const then = this.conditional();
    this.expect(':');
    return { kind: 'conditional', test, then, otherwise: this.conditional() };
  }

  private or(): FormatterExpression {
    let left = this.and();
    while (this.isPunctuation('||')) {
      this.index++;
      left = { kind: 'binary', operator: '||', left, right: this.and() };
    }
    return left;
  }

  private and(): FormatterExpression {
    let left = this.equality();
    while (this.isPunctuation('&&')) {
      this.index++;
      left = { kind: 'binary', operator: '&&', left, right: this.equality() };
    }
    return left;
  }

  private equality(): FormatterExpression {
    let left = this.sum();
    while (this.isPunctuation('==') || this.isPunctuation('!=')) {
      const operator = this.isPunctuation('==') ? '==' : '!=';
      this.index++;
      left = { kind: 'binary', operator, left, right: this.sum() };
    }
    return left;
  }

  private sum(): FormatterExpression {
    let left = this.unary();
    while (this.isPunctuation('+')) {
      this.index++;
      left = { kind: 'binary', operator: '+', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FormatterExpression {
    if (this.isPunctuation('!')) {
      this.index++;
      return { kind: 'not', operand: this.unary() };
    }
    return this.member();
  }

  private member(): FormatterExpression {
    let object = this.primary();
    while (this.isPunctuation('.') || this.isPunctuation('?.')) {
      const optional = this.isPunctuation('?.');
      this.index++;
      const property = this.peek();
      if (property.kind !== 'identifier') this.fail('expected a property name', property);
      this.index++;
      if (this.isPunctuation('(')) this.fail(`calling '${property.kind === 'identifier' ? property.text : ''}()' is not supported`, this.peek());
      object = { kind: 'member', object, property: property.kind === 'identifier' ? property.text : '', optional };
    }
    if (this.isPunctuation('(')) this.fail('calling functions is not supported', this.peek());
    return object;
  }

  private primary(): FormatterExpression {
    const token = this.peek();
    this.index++;
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'template':
        return {
          kind: 'template',
          parts: token.parts.map((part) => (typeof part === 'string' ? part : new Parser(this.whole, tokenize(part.source, part.at, this.whole)).parse())),
        };
      case 'identifier':
        if (token.text === 'null') return { kind: 'literal', value: null };
        if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' };
        if (token.text === 'value') return { kind: 'value' };
        return this.fail(`'${token.text}' is not supported; only 'value' names the field's value`, token);
      case 'punctuation':
        if (token.text === '(') {
          const inner = this.conditional();
          this.expect(')');
          return inner;
        }
        return this.fail(`unexpected '${token.text}'`, token);
      case 'end':
        return this.fail('the expression ends too soon', token);
    }
  }
}

/** Parses a formatter expression; throws `UnsupportedFormatterError` for anything outside the subset. */
export function parseFormatterExpression(source: string): FormatterExpression {
  return new Parser(source, tokenize(source, 0, source)).parse();
}

class EvaluationError extends Error {}

const truthy = (value: unknown): boolean => value !== null && value !== undefined && value !== false && value !== 0 && value !== '';

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new EvaluationError('only strings, numbers and booleans can be joined into text');
}

function evaluate(expression: FormatterExpression, value: unknown): unknown {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'value':
      return value ?? null;
    case 'member': {
      const object = evaluate(expression.object, value);
      if (object === null || object === undefined) {
        if (expression.optional) return null;
        throw new EvaluationError(`cannot read '${expression.property}' of null`);
      }
      if (typeof object !== 'object' || Array.isArray(object)) throw new EvaluationError(`'${expression.property}' is not a property of a ${typeof object}`);
      if (!Object.prototype.hasOwnProperty.call(object, expression.property)) return null;
      const property: unknown = Reflect.get(object, expression.property);
      return property ?? null;
    }
    case 'template':
      return expression.parts.map((part) => (typeof part === 'string' ? part : asText(evaluate(part, value)))).join('');
    case 'not':
      return !truthy(evaluate(expression.operand, value));
    case 'conditional':
      return truthy(evaluate(expression.test, value)) ? evaluate(expression.then, value) : evaluate(expression.otherwise, value);
    case 'binary': {
      if (expression.operator === '&&') {
        const left = evaluate(expression.left, value);
        return truthy(left) ? evaluate(expression.right, value) : left;
      }
      if (expression.operator === '||') {
        const left = evaluate(expression.left, value);
        return truthy(left) ? left : evaluate(expression.right, value);
      }
      const left = evaluate(expression.left, value);
      const right = evaluate(expression.right, value);
      if (expression.operator === '==') return left === right;
      if (expression.operator === '!=') return left !== right;
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      return asText(left) + asText(right);
    }
  }
}

/** The formatter's string for a field value, or undefined when the expression errs or gives no string. */
export function formatValue(expression: FormatterExpression, value: unknown): string | undefined {
  try {
    const result = evaluate(expression, value);
    return typeof result === 'string' ? result : undefined;
  } catch (error) {
    if (error instanceof EvaluationError) return undefined;
    throw error;
  }
}
