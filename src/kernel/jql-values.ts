import { creators, type Clause, type Operand } from '@atlaskit/jql-ast';

/**
 * Values in JQL the app builds as a syntax tree (`@atlaskit/jql-ast`): every value a person or Jira
 * chose (an id, a label, a date, an issue type's name) is a string literal the app quotes itself.
 * The library's own `valueOperand` quotes only values with special characters and does not escape
 * backslashes (`a\" OR x` would close the string), so it is not used for values.
 */

/**
 * A JQL string literal: always quoted, with backslashes, double quotes and control characters
 * escaped (the last as `\uXXXX`), so that no value can end the string or read as a keyword
 * (`empty`, `null`, `order`…) whatever it holds.
 */
export function jqlString(text: string): string {
  let escaped = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    escaped += c === '\\' || c === '"' ? `\\${c}` : code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return `"${escaped}"`;
}

/** A value operand holding `text` as a quoted string literal. */
export const jqlValue = (text: string): Operand => creators.byText.valueOperand(jqlString(text));

/**
 * Issues of a type that goes by one or more names (`issuetype = "Beschwerde"`, or `issuetype in
 * ("Complaint", "Beschwerde")` where projects named it differently). Jira refuses a name no issue
 * type has, so `names` are names Jira has.
 */
export function issueTypeIn(names: readonly string[]): Clause {
  const [only, ...more] = names;
  if (only === undefined) throw new RangeError('An issue type clause names at least one type.');
  return more.length === 0
    ? creators.terminalClause(creators.field('issuetype'), creators.operator('='), jqlValue(only))
    : creators.terminalClause(creators.field('issuetype'), creators.operator('in'), creators.listOperand(names.map(jqlValue)));
}
