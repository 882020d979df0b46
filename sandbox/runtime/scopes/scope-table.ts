import { z } from 'zod';

/**
 * The OAuth scopes that let a Forge app call each REST operation, as Atlassian's OpenAPI documents
 * list them (`x-atlassian-oauth2-scopes`): a set of classic scopes and a set of granular scopes,
 * either of which is enough ("classic or granular" in the REST reference). `null` means the
 * document offers no such set; an empty set means the operation needs no scope of that kind.
 * `derive.ts` writes the table; this module reads and matches it.
 */
const scopeSet = z.array(z.string()).nullable();

export const operationScopesSchema = z.object({
  method: z.string(),
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  path: z.string(),
  operationId: z.string(),
  classic: scopeSet,
  granular: scopeSet,
});

export const scopeSourceSchema = z.object({
  api: z.enum(['platform', 'jsm']),
  repository: z.string(),
  path: z.string(),
  commit: z.string(),
  /** The document's own `info.version`. */
  documentVersion: z.string(),
  /** The date of the commit that last changed the document (the document carries no date). */
  documentDate: z.string(),
});

export const scopeTableSchema = z.object({
  derivedOn: z.string(),
  sources: z.array(scopeSourceSchema),
  operations: z.array(operationScopesSchema),
});

export type OperationScopes = z.infer<typeof operationScopesSchema>;
export type ScopeTable = z.infer<typeof scopeTableSchema>;

const splitPath = (path: string): string[] => path.split('/').filter((s) => s.length > 0);
export const isPlaceholder = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');

/** The shape of a template, placeholders named alike: `/issue/{id}` and `/issue/{key}` are one operation. */
export const templateShape = (path: string): string =>
  splitPath(path)
    .map((s) => (isPlaceholder(s) ? '{}' : s))
    .join('/');

interface CompiledRow {
  row: OperationScopes;
  segments: string[];
  literals: number;
}

/**
 * Finds the operation a request names. Where several templates fit (`/issuetype/project` and
 * `/issuetype/{id}`), the one with the most literal segments wins, as the Jira emulator's router does.
 */
export class OperationIndex {
  private readonly rows: CompiledRow[];

  constructor(operations: readonly OperationScopes[]) {
    this.rows = operations.map((row) => {
      const segments = splitPath(row.path);
      return { row, segments, literals: segments.filter((s) => !isPlaceholder(s)).length };
    });
  }

  find(method: string, pathname: string): OperationScopes | undefined {
    const parts = splitPath(pathname);
    let best: CompiledRow | undefined;
    for (const candidate of this.rows) {
      if (candidate.row.method !== method.toUpperCase() || candidate.segments.length !== parts.length) continue;
      const fits = candidate.segments.every((segment, i) => isPlaceholder(segment) || segment === parts[i]);
      if (fits && (!best || candidate.literals > best.literals)) best = candidate;
    }
    return best?.row;
  }
}

/**
 * Whether the granted scopes hold every scope of the classic set or every scope of the granular set.
 * An empty set is no alternative of its own: Atlassian's documents list `[]` for the classic scopes
 * of operations that only granular scopes open (e.g. Update custom field value, PUT
 * /rest/api/3/app/field/{fieldIdOrKey}/value, `write:app-data:jira`). Only an operation that lists no
 * scope in either set (Get Jira instance info, GET /rest/api/3/serverInfo) needs none.
 */
export function scopesGrant(row: OperationScopes, granted: ReadonlySet<string>): boolean {
  const sets = [row.classic, row.granular].filter((set): set is string[] => set !== null && set.length > 0);
  if (sets.length === 0) return true;
  return sets.some((set) => set.every((scope) => granted.has(scope)));
}
