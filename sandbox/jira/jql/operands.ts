import type { Operand } from '@atlaskit/jql-ast';

/** One item of a clause's right-hand side. */
export type OperandTerm = { kind: 'value'; value: string } | { kind: 'empty' } | { kind: 'function'; name: string; args: string[] };

/** A clause's right-hand side: a single term, or the terms of a list `(a, b, EMPTY, fn())`. */
export interface OperandTerms {
  list: boolean;
  terms: OperandTerm[];
}

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r' };

/**
 * The value of a JQL string as written (quoted or not), with Jira's escapes decoded: `\uXXXX`,
 * `\t`, `\n`, `\r`, and a backslash before any other character stands for that character. The
 * parser's own `value` drops the backslash of `\u0041` and `\t`, so the literal text is read here.
 */
export function jqlStringValue(text: string): string {
  const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0];
  const body = quoted ? text.slice(1, -1) : text;
  if (!body.includes('\\')) return body;
  return body.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (_whole, escape: string) =>
    escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (ESCAPES[escape] ?? escape),
  );
}

function termsInto(operand: Operand, out: OperandTerm[]): void {
  switch (operand.operandType) {
    case 'value':
      out.push({ kind: 'value', value: jqlStringValue(operand.text) });
      return;
    case 'keyword':
      out.push({ kind: 'empty' });
      return;
    case 'function':
      out.push({ kind: 'function', name: jqlStringValue(operand.function.text), args: operand.arguments.map((arg) => jqlStringValue(arg.text)) });
      return;
    case 'list':
      // Nested lists `(a, (b, c))` are accepted by the grammar and read as one flat list.
      for (const value of operand.values) termsInto(value, out);
      return;
  }
}

/** Flattens an operand node into terms. */
export function operandTerms(operand: Operand): OperandTerms {
  const terms: OperandTerm[] = [];
  termsInto(operand, terms);
  return { list: operand.operandType === 'list', terms };
}
