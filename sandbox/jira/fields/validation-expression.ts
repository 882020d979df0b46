/**
 * The Jira expressions a Forge `jira:customField` may declare as `validation.expression`, in the
 * forms the sandbox evaluates. `value` is the field's new value. Supported:
 * - `value == null`, `value != null`;
 * - `value == "text"`, `value != 5` (a literal on either side);
 * - `value >= 0`, `value <= 10.5`, `value > -1`, `value < 100` (numbers only);
 * - `value.length <= 200` (and the other comparisons, numbers only);
 * - `["go", "no-go", "pending"].includes(value)` (a list of string or number literals);
 * - `!`, `&&`, `||` and parentheses over these.
 * Anything else is refused by `parseValidationExpression`, so an app can never declare a rule the
 * sandbox would skip. Evaluation follows Jira expressions: `==` with `null` also matches an absent
 * value; comparing a non-number with `<`, `<=`, `>`, `>=`, or `.length` of a value without one, is an
 * evaluation error, and an expression that errs refuses the value.
 */

type Literal = string | number | boolean | null;
type Operand = { kind: 'value' } | { kind: 'length' } | { kind: 'literal'; value: Literal };
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type ValidationExpression =
  | { kind: 'or' | 'and'; left: ValidationExpression; right: ValidationExpression }
  | { kind: 'not'; operand: ValidationExpression }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'includes'; list: Literal[]; item: Operand };

/** A validation expression outside the supported forms. */
export class UnsupportedExpressionError extends Error {
  constructor(
    readonly expression: string,
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} (at character ${position + 1} of '${expression}')`);
    this.name = 'UnsupportedExpressionError';
  }
}

type Token =
  | { kind: 'identifier'; text: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'punctuation'; text: string; at: number }
  | { kind: 'end'; at: number };

const PUNCTUATION = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', ',', '.'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const fail = (reason: string): never => {
    throw new UnsupportedExpressionError(source, reason, at);
  };
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest.startsWith('===') || rest.startsWith('!==')) fail(`'${rest.slice(0, 3)}' is not an operator of Jira expressions; use '${rest.slice(0, 2)}'`);
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    const identifier = /^[A-Za-z_$][\w$]*/.exec(rest);
    if (identifier) {
      tokens.push({ kind: 'identifier', text: identifier[0], at });
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
      tokens.push({ kind: 'string', value, at });
      at += i + 1;
      continue;
    }
    const punctuation = PUNCTUATION.find((p) => rest.startsWith(p));
    if (!punctuation) fail(`'${rest[0] ?? ''}' is not supported`);
    tokens.push({ kind: 'punctuation', text: punctuation ?? '', at });
    at += (punctuation ?? '').length;
  }
  tokens.push({ kind: 'end', at });
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): ValidationExpression {
    const expression = this.or();
    const next = this.peek();
    if (next.kind !== 'end') this.fail('unexpected text after the expression', next);
    return expression;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: 'end', at: this.source.length };
  }

  private take(): Token {
    const token = this.peek();
    this.index++;
    return token;
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
    throw new UnsupportedExpressionError(this.source, reason, token.at);
  }

  private or(): ValidationExpression {
    let left = this.and();
    while (this.isPunctuation('||')) {
      this.index++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): ValidationExpression {
    let left = this.unary();
    while (this.isPunctuation('&&')) {
      this.index++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): ValidationExpression {
    if (this.isPunctuation('!')) {
      this.index++;
      return { kind: 'not', operand: this.unary() };
    }
    if (this.isPunctuation('(')) {
      this.index++;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (this.isPunctuation('[')) return this.includes();
    return this.comparison();
  }

  private includes(): ValidationExpression {
    this.expect('[');
    const list: Literal[] = [];
    while (!this.isPunctuation(']')) {
      const token = this.take();
      if (token.kind === 'string' || token.kind === 'number') list.push(token.value);
      else this.fail('a list may hold only string and number literals', token);
      if (!this.isPunctuation(']')) this.expect(',');
    }
    this.expect(']');
    this.expect('.');
    const method = this.take();
    if (method.kind !== 'identifier' || method.text !== 'includes') this.fail("a list supports only '.includes(value)'", method);
    this.expect('(');
    const item = this.operand();
    this.expect(')');
    return { kind: 'includes', list, item };
  }

  private comparison(): ValidationExpression {
    const start = this.peek();
    const left = this.operand();
    const token = this.peek();
    const operator = token.kind === 'punctuation' ? COMPARISONS.find((c) => c === token.text) : undefined;
    if (!operator) return this.fail('expected a comparison (==, !=, <, <=, >, >=)', token);
    this.index++;
    const right = this.operand();
    if (left.kind !== 'literal' && right.kind !== 'literal') this.fail('a comparison needs a literal on one side', start);
    if (left.kind === 'literal' && right.kind === 'literal') this.fail('a comparison needs value or value.length on one side', start);
    const literal = left.kind === 'literal' ? left.value : right.kind === 'literal' ? right.value : null;
    if (operator !== '==' && operator !== '!=' && typeof literal !== 'number') this.fail(`'${operator}' compares numbers only`, token);
    if ((left.kind === 'length' || right.kind === 'length') && typeof literal !== 'number') this.fail('value.length compares with numbers only', start);
    return { kind: 'compare', operator, left, right };
  }

  private operand(): Operand {
    const token = this.take();
    if (token.kind === 'number') return { kind: 'literal', value: token.value };
    if (token.kind === 'string') return { kind: 'literal', value: token.value };
    if (token.kind === 'punctuation' && token.text === '(') this.fail('parentheses group conditions, not values', token);
    if (token.kind !== 'identifier') return this.fail('expected value, a number or a string', token);
    if (token.text === 'null') return { kind: 'literal', value: null };
    if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' };
    if (token.text !== 'value') return this.fail(`'${token.text}' is not supported; only 'value' names the field's value`, token);
    if (!this.isPunctuation('.')) return { kind: 'value' };
    this.index++;
    const property = this.take();
    if (property.kind !== 'identifier' || property.text !== 'length') this.fail("only 'value.length' is supported", property);
    return { kind: 'length' };
  }
}

const COMPARISONS: readonly ComparisonOperator[] = ['==', '!=', '<=', '>=', '<', '>'];

/** Parses a validation expression; throws `UnsupportedExpressionError` for anything outside the supported forms. */
export function parseValidationExpression(source: string): ValidationExpression {
  return new Parser(source, tokenize(source)).parse();
}

class EvaluationError extends Error {}

function operandValue(operand: Operand, value: unknown): unknown {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'value':
      return value === undefined ? null : value;
    case 'length':
      if (typeof value === 'string' || Array.isArray(value)) return value.length;
      throw new EvaluationError('value has no length');
  }
}

function compare(operator: ComparisonOperator, left: unknown, right: unknown): boolean {
  if (operator === '==') return left === right;
  if (operator === '!=') return left !== right;
  if (typeof left !== 'number' || typeof right !== 'number') throw new EvaluationError(`'${operator}' needs numbers`);
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function evaluateNode(expression: ValidationExpression, value: unknown): boolean {
  switch (expression.kind) {
    case 'or':
      return evaluateNode(expression.left, value) || evaluateNode(expression.right, value);
    case 'and':
      return evaluateNode(expression.left, value) && evaluateNode(expression.right, value);
    case 'not':
      return !evaluateNode(expression.operand, value);
    case 'compare':
      return compare(expression.operator, operandValue(expression.left, value), operandValue(expression.right, value));
    case 'includes': {
      const item = operandValue(expression.item, value);
      return expression.list.some((entry) => entry === item);
    }
  }
}

/** Whether `value` passes the expression; an evaluation error (e.g. `null.length`) counts as not passing. */
export function evaluateValidation(expression: ValidationExpression, value: unknown): boolean {
  try {
    return evaluateNode(expression, value);
  } catch (error) {
    if (error instanceof EvaluationError) return false;
    throw error;
  }
}
