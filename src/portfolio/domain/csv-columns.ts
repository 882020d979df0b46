/**
 * The columns of the portfolio's CSV files and the import's limits, apart from the reading and
 * writing (portfolio-csv.ts) so that the contract, and with it the UI, takes them without the
 * sentences the import writes. A column's header is written in the exporter's language
 * (texts.ts); these ids are the English headers.
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
