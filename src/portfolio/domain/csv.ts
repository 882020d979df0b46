/**
 * CSV as RFC 4180 describes it (comma-separated, fields in double quotes may hold commas, quotes
 * written twice and line breaks; CRLF or LF), read without ever throwing: a broken file gives the
 * line where it breaks.
 */

export interface CsvRecord {
  /** The file line the record starts on (1 = the first line). */
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  /** Whether the current cell began with a quote (so text after its closing quote is an error). */
  let wasQuoted = false;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is no record.
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== '' || wasQuoted)
        return { ok: false, line, message: 'a quote inside a field that does not start with one (write "" for a quote in a quoted field)' };
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      wasQuoted = false;
    } else if (ch === '\r' && input[i + 1] === '\n') {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (wasQuoted) return { ok: false, line, message: 'text after the closing quote of a field' };
      cell += ch;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted field is never closed' };
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return { ok: true, records };
}

/**
 * One cell for a CSV file: quoted when it holds a comma, quote or line break. A cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) is written with a leading
 * apostrophe, so that opening an export cannot run anything.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/** A whole file: the header and the rows, CRLF line ends (RFC 4180). */
export const csvFile = (header: readonly string[], rows: readonly (readonly string[])[]): string => [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
