import type { JiraField } from '../model';
import { formatValue, parseFormatterExpression, type FormatterExpression } from './formatter-expression';

/**
 * A Forge field's value as its formatter renders it (Forge manifest reference, "Jira custom field",
 * "Formatter", "Rendering hierarchy"): what Jira shows where the app's own view cannot render, such
 * as the issue navigator's columns and REST's `renderedFields`.
 */

const parsed = new Map<string, FormatterExpression>();

function expressionOf(source: string): FormatterExpression {
  let expression = parsed.get(source);
  if (!expression) {
    expression = parseFormatterExpression(source);
    parsed.set(source, expression);
  }
  return expression;
}

/** The formatted text, or undefined when the field has no formatter, no value, or the formatter errs. */
export function formattedValue(field: JiraField, value: unknown): string | undefined {
  if (field.formatter === undefined || value === null || value === undefined) return undefined;
  return formatValue(expressionOf(field.formatter), value);
}
