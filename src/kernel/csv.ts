/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields with a comma, a quote or a
 * line break in double quotes, quotes doubled), made safe to open in a spreadsheet: a text cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula
 * (OWASP "CSV Injection"), so it gets a leading apostrophe, which spreadsheets show as text.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell. Numbers are written as numbers; empty values as an empty cell. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its line end. */
export const csvRow = (values: readonly CsvValue[]): string => `${values.map(csvCell).join(',')}\r\n`;

/** Put first in a file, so that spreadsheets read it as UTF-8. */
export const CSV_BOM = '\uFEFF';
