import { z } from 'zod';
import { datesInOrder } from './agreements';
import { parseCsv } from './csv';
import { isoDate } from './dates';
import {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  AGREEMENT_TYPES,
  INDUSTRY_MAX_LENGTH,
  LIFECYCLES,
  MAX_AGREEMENT_SERVICES,
  MAX_ENROLLED_SERVICES,
  TIERS,
  type AgreementType,
  type Lifecycle,
  type Tier,
} from './profile';

/**
 * The portfolio as CSV: the columns the export writes and the import reads, one customer per row,
 * or one row per agreement (the customer's columns repeated, or left blank after the first row).
 * A blank cell changes nothing; names of services are separated by `;`.
 */
export const PORTFOLIO_COLUMNS = [
  'organization',
  'organization id',
  'owner email',
  'tier',
  'industry',
  'lifecycle',
  'lifecycle date',
  'enrolled services',
  'agreement type',
  'agreement name',
  'agreement reference',
  'agreement start',
  'agreement end',
  'agreement services',
] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];

/** The largest file the import takes, and the most rows. */
export const IMPORT_MAX_BYTES = 150_000;
export const IMPORT_MAX_ROWS = 2_000;
export const SERVICE_SEPARATOR = ';';

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

export interface RowError {
  line: number;
  /** The column, or `file` for the file as a whole. */
  field: string;
  message: string;
}

export interface ImportParse {
  rows: ImportRow[];
  errors: RowError[];
}

const normaliseHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
const isColumn = (header: string): header is PortfolioColumn => PORTFOLIO_COLUMNS.some((c) => c === header);

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

/** One of `values`, in any case. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .toLowerCase()
    .pipe(z.enum(values, { error: `must be one of ${values.join(', ')}` }));

const tierCell = choice(TIERS);
const lifecycleCell = choice(LIFECYCLES);
const agreementTypeCell = choice(AGREEMENT_TYPES);
const emailCell = z.email({ error: 'must be an email address' });
const organizationIdCell = z.string().regex(/^\d{1,18}$/, { error: 'must be an organization id (digits only)' });
const referenceCell = z
  .url({ protocol: /^https?$/, error: 'must be a web address (http or https)' })
  .max(AGREEMENT_REFERENCE_MAX_LENGTH, { error: `must be at most ${AGREEMENT_REFERENCE_MAX_LENGTH} characters` });

type Cells = Partial<Record<PortfolioColumn, string>>;

/** Reads one record's cells into a row, or the reasons it cannot be one. */
function readRow(line: number, cells: Cells): { row?: ImportRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: PortfolioColumn, message: string) => errors.push({ line, field, message });
  const check = <T>(field: PortfolioColumn, schema: z.ZodType<T>): T | undefined => {
    const text = cells[field] ?? '';
    if (text === '') return undefined;
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    fail(field, parsed.error.issues[0]?.message ?? 'is not valid');
    return undefined;
  };
  const max = (field: PortfolioColumn, limit: number): string | undefined => {
    const text = cells[field] ?? '';
    if (text.length > limit) {
      fail(field, `must be at most ${limit} characters`);
      return undefined;
    }
    return text === '' ? undefined : text;
  };

  const id = check('organization id', organizationIdCell);
  const name = max('organization', 255);
  if (id === undefined && name === undefined && !errors.some((e) => e.field === 'organization id'))
    fail('organization', 'is required (the organization name, or its id in "organization id")');
  const ownerEmail = check('owner email', emailCell);
  const tier = check('tier', tierCell);
  const industry = max('industry', INDUSTRY_MAX_LENGTH);
  const state = check('lifecycle', lifecycleCell);
  const date = check('lifecycle date', isoDate);
  if (date !== undefined && state === undefined && !errors.some((e) => e.field === 'lifecycle')) fail('lifecycle date', 'needs a lifecycle in the same row');
  const enrolled = cells['enrolled services'] ? names(cells['enrolled services']) : undefined;
  if (enrolled && enrolled.length > MAX_ENROLLED_SERVICES) fail('enrolled services', `must name at most ${MAX_ENROLLED_SERVICES} services`);

  const agreementColumns = ['agreement type', 'agreement name', 'agreement reference', 'agreement start', 'agreement end', 'agreement services'] as const;
  let agreement: ImportAgreement | undefined;
  if (agreementColumns.some((c) => (cells[c] ?? '') !== '')) {
    const agreementType = check('agreement type', agreementTypeCell);
    const agreementName = max('agreement name', AGREEMENT_NAME_MAX_LENGTH);
    const reference = check('agreement reference', referenceCell);
    const startDate = check('agreement start', isoDate);
    const endDate = check('agreement end', isoDate);
    const serviceNames = cells['agreement services'] ? names(cells['agreement services']) : [];
    if (serviceNames.length > MAX_AGREEMENT_SERVICES) fail('agreement services', `must name at most ${MAX_AGREEMENT_SERVICES} services`);
    for (const column of ['agreement type', 'agreement name', 'agreement start', 'agreement end'] as const) {
      if ((cells[column] ?? '') === '') fail(column, 'is required for an agreement');
    }
    if (startDate && endDate && !datesInOrder({ startDate, endDate })) fail('agreement end', `must not be before the agreement start (${startDate})`);
    if (agreementType && agreementName && startDate && endDate)
      agreement = { agreementType, name: agreementName, reference: reference ?? '', startDate, endDate, serviceNames };
  }
  if (errors.length > 0) return { errors };
  const organization = id !== undefined ? { id } : { name: name ?? '' };
  return {
    errors,
    row: {
      line,
      organization,
      ...(ownerEmail !== undefined ? { ownerEmail: ownerEmail.toLowerCase() } : {}),
      ...(tier !== undefined ? { tier } : {}),
      ...(industry !== undefined ? { industry } : {}),
      ...(state !== undefined ? { lifecycle: { state, ...(date !== undefined ? { date } : {}) } } : {}),
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
function checkAgreement(rows: readonly ImportRow[]): ImportParse {
  const kept: ImportRow[] = [];
  const errors: RowError[] = [];
  const firstOf = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const key = organizationKey(row);
    const earlier = firstOf.get(key) ?? [];
    const problems: RowError[] = [];
    for (const field of PROFILE_KEYS) {
      const value = row[field];
      if (value === undefined) continue;
      const other = earlier.find((r) => r[field] !== undefined && JSON.stringify(r[field]) !== JSON.stringify(value));
      if (other) problems.push({ line: row.line, field: COLUMN_OF[field], message: `differs from line ${other.line} for the same organization` });
    }
    const agreementName = row.agreement?.name.toLowerCase();
    const twice = agreementName === undefined ? undefined : earlier.find((r) => r.agreement?.name.toLowerCase() === agreementName);
    if (twice) problems.push({ line: row.line, field: 'agreement name', message: `names the same agreement as line ${twice.line}` });
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    kept.push(row);
    firstOf.set(key, [...earlier, row]);
  }
  return { rows: kept, errors };
}

/**
 * Reads a portfolio CSV: a header row naming the columns (any order, any case; unknown columns are
 * an error, so a typo does not go unnoticed), then one row per customer or agreement. Never throws:
 * whatever is wrong comes back as errors with the line and the column, and only rows without any
 * error come back as rows.
 */
export function parsePortfolioCsv(text: string): ImportParse {
  if (text.length > IMPORT_MAX_BYTES)
    return {
      rows: [],
      errors: [{ line: 0, field: 'file', message: `is larger than ${IMPORT_MAX_BYTES.toLocaleString('en')} characters; split it into smaller files` }],
    };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rows: [], errors: [{ line: parsed.line, field: 'file', message: parsed.message }] };
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], errors: [{ line: 1, field: 'file', message: 'is empty: it needs a header row naming the columns' }] };
  const columns = header.cells.map(normaliseHeader);
  const unknown = columns.filter((c) => !isColumn(c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (unknown.length > 0 || repeated.length > 0) {
    const message =
      unknown.length > 0
        ? `has columns the import does not know: ${unknown.map((c) => `"${c}"`).join(', ')} (it knows ${PORTFOLIO_COLUMNS.join(', ')})`
        : `names a column twice: ${repeated.join(', ')}`;
    return { rows: [], errors: [{ line: header.line, field: 'file', message }] };
  }
  if (!columns.includes('organization') && !columns.includes('organization id'))
    return { rows: [], errors: [{ line: header.line, field: 'file', message: 'needs an "organization" or "organization id" column' }] };
  if (records.length > IMPORT_MAX_ROWS)
    return {
      rows: [],
      errors: [{ line: 0, field: 'file', message: `has ${records.length} rows; the import takes at most ${IMPORT_MAX_ROWS.toLocaleString('en')}` }],
    };

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  for (const record of records) {
    if (record.cells.length > columns.length) {
      errors.push({ line: record.line, field: 'file', message: `has ${record.cells.length} cells; the header names ${columns.length} columns` });
      continue;
    }
    const cells: Cells = {};
    columns.forEach((column, i) => {
      if (isColumn(column)) cells[column] = cellText(record.cells[i]);
    });
    const read = readRow(record.line, cells);
    errors.push(...read.errors);
    if (read.row) rows.push(read.row);
  }
  const agreed = checkAgreement(rows);
  return { rows: agreed.rows, errors: [...errors, ...agreed.errors].sort((a, b) => a.line - b.line) };
}
