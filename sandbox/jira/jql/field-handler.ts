import type { StoredIssue } from '../model';
import { compileValueClause, type ClauseContext, type Predicate, type ValueFieldSpec } from './clause-kit';

/**
 * How ORDER BY reads a field. Keys are compared as numbers, as case-insensitive text, or as
 * instants (ISO strings); an empty value sorts after every other value in ascending order.
 */
export type SortSpec =
  | { kind: 'number'; key: (issue: StoredIssue) => number | null }
  | { kind: 'text'; key: (issue: StoredIssue) => string | null }
  | { kind: 'instant'; key: (issue: StoredIssue) => string | null }
  /** A field with its own order and no empty value (issue keys). */
  | { kind: 'compare'; compare: (a: StoredIssue, b: StoredIssue) => number };

/** A searchable field: compiles its clauses, and says how to sort by it (null: not sortable). */
export interface FieldHandler {
  compile(ctx: ClauseContext): Predicate;
  sort: SortSpec | null;
}

export function valueField<V extends string | number>(spec: ValueFieldSpec<V>, sort: SortSpec | null): FieldHandler {
  return { compile: (ctx) => compileValueClause(spec, ctx), sort };
}
