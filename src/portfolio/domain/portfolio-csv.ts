import { z } from 'zod';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { sentence, verbatim, type Text } from '#kernel/texts';
import { datesInOrder } from './agreements';
import { parseCsv } from './csv';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, PORTFOLIO_COLUMNS, SERVICE_SEPARATOR, type PortfolioColumn } from './csv-columns';
import { isIsoDate } from './dates';
import {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  INDUSTRY_MAX_LENGTH,
  MAX_AGREEMENT_SERVICES,
  MAX_ENROLLED_SERVICES,
  type AgreementType,
  type Lifecycle,
  type Tier,
} from './profile';
import { COLUMN_KEYS, columnName, listText, PORTFOLIO_TEXTS, portfolioText, wordText, wordValues, type WordKind, type WordValue } from './texts';

export { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, PORTFOLIO_COLUMNS, SERVICE_SEPARATOR, type PortfolioColumn };

/**
 * The portfolio as CSV: the columns the export writes and the import reads, one customer per row,
 * or one row per agreement (the customer's columns repeated, or left blank after the first row).
 * A blank cell changes nothing; names of services are separated by `;`. The export writes its
 * headers and words (tier, lifecycle, agreement type) in the exporter's language; the import
 * reads the headers and words of any of the app's languages, so a file goes back in whoever
 * imports it.
 */

export interface ImportAgreement {
  agreementType: AgreementType;
  name: string;
  reference: string;
  startDate: string;
  endDate: string;
  serviceNames: string[];
}

/** A row that reads well. What it names (organization, owner, services) is checked against Jira and the catalogue afterwards. */
export interface ImportRow {
  line: number;
  organization: { id: string } | { name: string };
  ownerEmail?: string;
  tier?: Tier;
  industry?: string;
  lifecycle?: { state: Lifecycle; date?: string };
  enrolledServiceNames?: string[];
  agreement?: ImportAgreement;
}

/** What is wrong with a row (or, `file`, with the file), before it is written in its reader's language. */
export interface RowProblem {
  line: number;
  field: PortfolioColumn | 'file';
  text: Text;
}

/** A problem as the admin reads it: the column's header and the sentence in their language. */
export interface RowError {
  line: number;
  /** The column, or the word for the file as a whole. */
  field: string;
  message: string;
}

export interface ImportRead {
  rows: ImportRow[];
  problems: RowProblem[];
}

export interface ImportParse {
  rows: ImportRow[];
  errors: RowError[];
}

/** Problems written in `locale`. */
export const rowErrorsIn = (problems: readonly RowProblem[], locale: Locale): RowError[] =>
  problems.map((p) => ({ line: p.line, field: columnName(p.field, locale), message: p.text.in(locale) }));

const normaliseHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
const normaliseWord = (word: string): string => word.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every language's header of each column, as the import reads them. */
const HEADERS = new Map<string, PortfolioColumn>(
  LOCALES.flatMap((locale) => PORTFOLIO_COLUMNS.map((column) => [normaliseHeader(PORTFOLIO_TEXTS.in(locale, COLUMN_KEYS[column])), column] as const)),
);
export const columnOfHeader = (header: string): PortfolioColumn | undefined => HEADERS.get(normaliseHeader(header));

/** Every language's word of each value of a kind (the English word is the value itself). */
function wordsOf<K extends WordKind>(kind: K): Map<string, WordValue<K>> {
  return new Map(LOCALES.flatMap((locale) => wordValues(kind).map((value) => [normaliseWord(wordText(kind, value).in(locale)), value] as const)));
}
const WORDS = { tier: wordsOf('tier'), lifecycle: wordsOf('lifecycle'), agreementType: wordsOf('agreementType') };

/** The value a cell names in any of the app's languages, in any case. */
export const valueOfWord = <K extends keyof typeof WORDS>(kind: K, cell: string): WordValue<K> | undefined =>
  (WORDS[kind] as Map<string, WordValue<K>>).get(normaliseWord(cell));

/** A cell as written: trimmed, without the apostrophe the export puts before formula characters. */
const cellText = (raw: string | undefined): string => {
  const text = (raw ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
};

const names = (text: string): string[] => [
  ...new Set(
    text
      .split(SERVICE_SEPARATOR)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  ),
];

const columnText = (column: PortfolioColumn): Text => PORTFOLIO_TEXTS.text(COLUMN_KEYS[column]);
const maxLength = (max: number): Text => KERNEL_TEXTS.text('input.maxLength', { max: String(max) });
const emailCell = z.email();
const referenceCell = z.url({ protocol: /^https?$/ });

type Cells = Partial<Record<PortfolioColumn, string>>;

/** Reads one record's cells into a row, or the reasons it cannot be one. */
function readRow(line: number, cells: Cells): { row?: ImportRow; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const fail = (field: PortfolioColumn, text: Text) => problems.push({ line, field, text });
  /** A cell's value when `read` accepts it; blank is no value, and anything else the sentence `wrong` gives. */
  const check = <T>(field: PortfolioColumn, read: (text: string) => T | undefined, wrong: Text): T | undefined => {
    const text = cells[field] ?? '';
    if (text === '') return undefined;
    const value = read(text);
    if (value === undefined) fail(field, wrong);
    return value;
  };
  const word = <K extends keyof typeof WORDS>(field: PortfolioColumn, kind: K): WordValue<K> | undefined =>
    check(field, (text) => valueOfWord(kind, text), portfolioText('csv.oneOf', { values: listText(wordValues(kind).map((v) => wordText(kind, v))) }));
  const date = (field: PortfolioColumn): string | undefined => check(field, (text) => (isIsoDate(text) ? text : undefined), PORTFOLIO_TEXTS.text('input.date'));
  const max = (field: PortfolioColumn, limit: number): string | undefined => {
    const text = cells[field] ?? '';
    if (text.length > limit) {
      fail(field, maxLength(limit));
      return undefined;
    }
    return text === '' ? undefined : text;
  };

  const id = check('organization id', (text) => (/^\d{1,18}$/.test(text) ? text : undefined), PORTFOLIO_TEXTS.text('input.organizationId'));
  const name = max('organization', 255);
  if (id === undefined && name === undefined && !problems.some((p) => p.field === 'organization id'))
    fail('organization', portfolioText('csv.organizationRequired', { organizationId: columnText('organization id') }));
  const ownerEmail = check('owner email', (text) => (emailCell.safeParse(text).success ? text : undefined), PORTFOLIO_TEXTS.text('csv.email'));
  const tier = word('tier', 'tier');
  const industry = max('industry', INDUSTRY_MAX_LENGTH);
  const state = word('lifecycle', 'lifecycle');
  const lifecycleDate = date('lifecycle date');
  if (lifecycleDate !== undefined && state === undefined && !problems.some((p) => p.field === 'lifecycle'))
    fail('lifecycle date', PORTFOLIO_TEXTS.text('csv.dateNeedsLifecycle'));
  const enrolled = cells['enrolled services'] ? names(cells['enrolled services']) : undefined;
  if (enrolled && enrolled.length > MAX_ENROLLED_SERVICES)
    fail('enrolled services', PORTFOLIO_TEXTS.text('csv.tooManyServices', { max: MAX_ENROLLED_SERVICES }));

  const agreementColumns = ['agreement type', 'agreement name', 'agreement reference', 'agreement start', 'agreement end', 'agreement services'] as const;
  let agreement: ImportAgreement | undefined;
  if (agreementColumns.some((c) => (cells[c] ?? '') !== '')) {
    const agreementType = word('agreement type', 'agreementType');
    const agreementName = max('agreement name', AGREEMENT_NAME_MAX_LENGTH);
    const reference = check(
      'agreement reference',
      (text) => (referenceCell.safeParse(text).success ? text : undefined),
      PORTFOLIO_TEXTS.text('csv.webAddress'),
    );
    if (reference !== undefined && reference.length > AGREEMENT_REFERENCE_MAX_LENGTH) fail('agreement reference', maxLength(AGREEMENT_REFERENCE_MAX_LENGTH));
    const startDate = date('agreement start');
    const endDate = date('agreement end');
    const serviceNames = cells['agreement services'] ? names(cells['agreement services']) : [];
    if (serviceNames.length > MAX_AGREEMENT_SERVICES) fail('agreement services', PORTFOLIO_TEXTS.text('csv.tooManyServices', { max: MAX_AGREEMENT_SERVICES }));
    for (const column of ['agreement type', 'agreement name', 'agreement start', 'agreement end'] as const) {
      if ((cells[column] ?? '') === '') fail(column, PORTFOLIO_TEXTS.text('csv.requiredForAgreement'));
    }
    if (startDate && endDate && !datesInOrder({ startDate, endDate })) fail('agreement end', PORTFOLIO_TEXTS.text('csv.endBeforeStart', { date: startDate }));
    if (agreementType && agreementName && startDate && endDate)
      agreement = { agreementType, name: agreementName, reference: reference ?? '', startDate, endDate, serviceNames };
  }
  if (problems.length > 0) return { problems };
  const organization = id !== undefined ? { id } : { name: name ?? '' };
  return {
    problems,
    row: {
      line,
      organization,
      ...(ownerEmail !== undefined ? { ownerEmail: ownerEmail.toLowerCase() } : {}),
      ...(tier !== undefined ? { tier } : {}),
      ...(industry !== undefined ? { industry } : {}),
      ...(state !== undefined ? { lifecycle: { state, ...(lifecycleDate !== undefined ? { date: lifecycleDate } : {}) } } : {}),
      ...(enrolled !== undefined ? { enrolledServiceNames: enrolled } : {}),
      ...(agreement ? { agreement } : {}),
    },
  };
}

/** The identity of a row's organization, for finding rows of one customer. */
export const organizationKey = (row: Pick<ImportRow, 'organization'>): string =>
  'id' in row.organization ? `id:${row.organization.id}` : `name:${row.organization.name.toLowerCase()}`;

const PROFILE_KEYS = ['ownerEmail', 'tier', 'industry', 'lifecycle', 'enrolledServiceNames'] as const;
const COLUMN_OF: Record<(typeof PROFILE_KEYS)[number], PortfolioColumn> = {
  ownerEmail: 'owner email',
  tier: 'tier',
  industry: 'industry',
  lifecycle: 'lifecycle',
  enrolledServiceNames: 'enrolled services',
};

/**
 * Rows of one customer must agree: a column set on two rows with different values, or one
 * agreement named twice, makes the later row an error (and it is not imported).
 */
function checkAgreement(rows: readonly ImportRow[]): ImportRead {
  const kept: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const firstOf = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const key = organizationKey(row);
    const earlier = firstOf.get(key) ?? [];
    const own: RowProblem[] = [];
    for (const field of PROFILE_KEYS) {
      const value = row[field];
      if (value === undefined) continue;
      const other = earlier.find((r) => r[field] !== undefined && JSON.stringify(r[field]) !== JSON.stringify(value));
      if (other) own.push({ line: row.line, field: COLUMN_OF[field], text: PORTFOLIO_TEXTS.text('csv.differs', { line: String(other.line) }) });
    }
    const agreementName = row.agreement?.name.toLowerCase();
    const twice = agreementName === undefined ? undefined : earlier.find((r) => r.agreement?.name.toLowerCase() === agreementName);
    if (twice) own.push({ line: row.line, field: 'agreement name', text: PORTFOLIO_TEXTS.text('csv.sameAgreement', { line: String(twice.line) }) });
    if (own.length > 0) {
      problems.push(...own);
      continue;
    }
    kept.push(row);
    firstOf.set(key, [...earlier, row]);
  }
  return { rows: kept, problems };
}

const fileProblem = (line: number, text: Text): ImportRead => ({ rows: [], problems: [{ line, field: 'file', text }] });

/**
 * Reads a portfolio CSV: a header row naming the columns (any order, any case, in any of the app's
 * languages; unknown columns are an error, so a typo does not go unnoticed), then one row per
 * customer or agreement. Never throws: whatever is wrong comes back as a problem with the line and
 * the column, and only rows without any problem come back as rows.
 */
export function readPortfolioCsv(text: string): ImportRead {
  if (text.length > IMPORT_MAX_BYTES) return fileProblem(0, PORTFOLIO_TEXTS.text('csv.tooLarge'));
  const parsed = parseCsv(text);
  // The CSV reader's three sentences are the table's, found by their English.
  if (!parsed.ok) return fileProblem(parsed.line, sentence(parsed.message));
  const [header, ...records] = parsed.records;
  if (!header) return fileProblem(1, PORTFOLIO_TEXTS.text('csv.empty'));
  const columns = header.cells.map(columnOfHeader);
  const unknown = header.cells.filter((_, i) => columns[i] === undefined).map(normaliseHeader);
  const repeated = header.cells.filter((_, i) => columns[i] !== undefined && columns.indexOf(columns[i]) !== i).map(normaliseHeader);
  if (unknown.length > 0)
    return fileProblem(
      header.line,
      portfolioText('csv.unknownColumns', { unknown: verbatim(unknown.map((c) => `"${c}"`).join(', ')), known: listText(PORTFOLIO_COLUMNS.map(columnText)) }),
    );
  if (repeated.length > 0) return fileProblem(header.line, portfolioText('csv.repeatedColumns', { columns: verbatim(repeated.join(', ')) }));
  if (!columns.includes('organization') && !columns.includes('organization id'))
    return fileProblem(
      header.line,
      portfolioText('csv.noOrganizationColumn', { organization: columnText('organization'), organizationId: columnText('organization id') }),
    );
  if (records.length > IMPORT_MAX_ROWS) return fileProblem(0, PORTFOLIO_TEXTS.text('csv.tooManyRows', { count: records.length }));

  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of records) {
    if (record.cells.length > columns.length) {
      problems.push({
        line: record.line,
        field: 'file',
        text: PORTFOLIO_TEXTS.text('csv.tooManyCells', { cells: record.cells.length, columns: columns.length }),
      });
      continue;
    }
    const cells: Cells = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = cellText(record.cells[i]);
    });
    const read = readRow(record.line, cells);
    problems.push(...read.problems);
    if (read.row) rows.push(read.row);
  }
  const agreed = checkAgreement(rows);
  return { rows: agreed.rows, problems: [...problems, ...agreed.problems].sort((a, b) => a.line - b.line) };
}

/** `readPortfolioCsv` with its problems written in `locale` (English by default). */
export function parsePortfolioCsv(text: string, locale: Locale = SOURCE_LOCALE): ImportParse {
  const read = readPortfolioCsv(text);
  return { rows: read.rows, errors: rowErrorsIn(read.problems, locale) };
}
