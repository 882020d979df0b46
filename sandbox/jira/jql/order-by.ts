import type { OrderBy } from '@atlaskit/jql-ast';
import type { StoredIssue } from '../model';
import type { CompileScope } from './clause-kit';
import type { SortSpec } from './field-handler';
import { lookUpField } from './field-lookup';
import { messages } from './messages';
import { isNaNNumber, parseDate, toNumber } from './natives';

export type IssueComparator = (a: StoredIssue, b: StoredIssue) => number;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Compares ISO instants. Canonical UTC strings of the same shape (what the store writes) sort as
 * text, which spares a Date.parse per comparison when sorting many issues.
 */
export function compareInstants(a: string, b: string): number {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : a > b ? 1 : 0;
  return parseDate(a) - parseDate(b);
}

/** Issue ids are numeric strings; they compare as numbers. */
export function compareIds(a: StoredIssue, b: StoredIssue): number {
  const difference = toNumber(a.id) - toNumber(b.id);
  if (!isNaNNumber(difference)) return difference;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compares by a sort spec, ascending, with empty values after all others. */
function ascending(spec: SortSpec): IssueComparator {
  if (spec.kind === 'compare') return spec.compare;
  const nullsLast =
    <K>(key: (issue: StoredIssue) => K | null, compare: (x: K, y: K) => number): IssueComparator =>
    (a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      return compare(x, y);
    };
  switch (spec.kind) {
    case 'number':
      return nullsLast(spec.key, (x, y) => x - y);
    case 'text':
      return nullsLast(spec.key, (x, y) => collator.compare(x, y));
    case 'instant':
      return nullsLast(spec.key, compareInstants);
  }
}

const byCreatedDescending: IssueComparator = (a, b) => compareInstants(b.created, a.created);
const byIdDescending: IssueComparator = (a, b) => compareIds(b, a);

function chain(comparators: readonly IssueComparator[]): IssueComparator {
  return (a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/**
 * The ORDER BY comparator. Each field sorts ascending unless DESC is written; empty values come
 * last ascending and first descending, as in Jira. Ties fall back to id DESC. Without ORDER BY
 * the order is `created DESC, id DESC` (newest first), the order Jira's issue search shows.
 */
export function compileOrderBy(orderBy: OrderBy | undefined, scope: CompileScope): IssueComparator {
  if (!orderBy || orderBy.fields.length === 0) return chain([byCreatedDescending, byIdDescending]);
  const comparators: IssueComparator[] = [];
  for (const orderField of orderBy.fields) {
    const lookup = lookUpField(orderField.field, scope);
    // Unknown fields have recorded their error; an unindexed property path has no values to sort.
    if (lookup.kind !== 'fields') continue;
    // A custom field name shared by several fields sorts by the first of them.
    const spec = lookup.handlers[0]?.sort;
    if (!spec) {
      scope.errors.push(messages.notSortable(lookup.name));
      continue;
    }
    const compare = ascending(spec);
    comparators.push(orderField.direction?.value === 'DESC' ? (a, b) => compare(b, a) : compare);
  }
  comparators.push(byIdDescending);
  return chain(comparators);
}
