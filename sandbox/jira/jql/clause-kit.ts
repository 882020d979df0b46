import type { OperatorValue } from '@atlaskit/jql-ast';
import type { StoredIssue } from '../model';
import { isDateFunction, type DateContext } from './date-values';
import { messages } from './messages';
import type { OperandTerm, OperandTerms } from './operands';
import type { TenantIndex } from './tenant-index';
import { compileTextQuery } from './text-match';

export type Predicate = (issue: StoredIssue) => boolean;

export const MATCH_NOTHING: Predicate = () => false;
export const MATCH_EVERYTHING: Predicate = () => true;

/** What compiling a query needs besides the clause: lookups, the clock, the user, and an error sink. */
export interface CompileScope {
  readonly tenant: TenantIndex;
  readonly dates: DateContext;
  readonly currentUserId: string | null;
  /** Validation errors; Jira reports all of a query's validation errors at once. */
  readonly errors: string[];
}

/** One terminal clause being compiled. */
export interface ClauseContext {
  /** The field as the query names it, for messages. */
  readonly fieldName: string;
  readonly operator: OperatorValue;
  readonly operand: OperandTerms;
  readonly scope: CompileScope;
}

export type ValueOrFunctionTerm = Exclude<OperandTerm, { kind: 'empty' }>;

/**
 * How a field's value is read from an issue: a single value (or null), or a list (empty when
 * unset). A `many` reader may refill one list on every call, so its result is read at once.
 */
export type Access<V> = { one: (issue: StoredIssue) => V | null } | { many: (issue: StoredIssue) => readonly V[] };

/** The values a term stands for in the field's own terms (ids, numbers, instants), or null after an error. */
export type TermResolver<V> = (term: ValueOrFunctionTerm, ctx: ClauseContext) => readonly V[] | null;

/** A field whose clauses compare values: ids, strings, numbers or instants. */
export interface ValueFieldSpec<V extends string | number> {
  operators: ReadonlySet<OperatorValue>;
  access: Access<V>;
  resolve: TermResolver<V>;
  /** For `~` and `!~`: the texts searched. */
  text?: Access<string>;
}

export const EQUALITY_OPERATORS: ReadonlySet<OperatorValue> = new Set<OperatorValue>(['=', '!=', 'in', 'not in', 'is', 'is not']);
export const ORDERED_OPERATORS: ReadonlySet<OperatorValue> = new Set<OperatorValue>([...EQUALITY_OPERATORS, '<', '<=', '>', '>=']);
export const TEXT_OPERATORS: ReadonlySet<OperatorValue> = new Set<OperatorValue>(['~', '!~', 'is', 'is not']);
export const EXACT_AND_TEXT_OPERATORS: ReadonlySet<OperatorValue> = new Set<OperatorValue>([...EQUALITY_OPERATORS, '~', '!~']);

export function fail(ctx: ClauseContext, message: string): Predicate {
  ctx.scope.errors.push(message);
  return MATCH_NOTHING;
}

/** Some value of the field passes `test`. */
export function anyValue<V>(access: Access<V>, test: (value: V) => boolean): Predicate {
  if ('one' in access) {
    const get = access.one;
    return (issue) => {
      const value = get(issue);
      return value !== null && test(value);
    };
  }
  const get = access.many;
  return (issue) => {
    for (const value of get(issue)) if (test(value)) return true;
    return false;
  };
}

/** The field has a value and none passes `test`: Jira's `!=`, `NOT IN` and `!~` skip empty fields. */
export function setAndNoValue<V>(access: Access<V>, test: (value: V) => boolean): Predicate {
  if ('one' in access) {
    const get = access.one;
    return (issue) => {
      const value = get(issue);
      return value !== null && !test(value);
    };
  }
  const get = access.many;
  return (issue) => {
    const values = get(issue);
    if (values.length === 0) return false;
    for (const value of values) if (test(value)) return false;
    return true;
  };
}

export function isEmpty<V>(access: Access<V>): Predicate {
  if ('one' in access) {
    const get = access.one;
    return (issue) => get(issue) === null;
  }
  const get = access.many;
  return (issue) => get(issue).length === 0;
}

function membership<V>(values: ReadonlySet<V>): (value: V) => boolean {
  if (values.size === 1) {
    const [only] = values;
    return (value) => value === only;
  }
  return (value) => values.has(value);
}

function comparison<V extends string | number>(operator: OperatorValue, bound: V): ((value: V) => boolean) | null {
  switch (operator) {
    case '<':
      return (value) => value < bound;
    case '<=':
      return (value) => value <= bound;
    case '>':
      return (value) => value > bound;
    case '>=':
      return (value) => value >= bound;
    default:
      return null;
  }
}

/** The single term of `=`, `<`, `~` and the like; null (after an error) for a list or EMPTY. */
function singleTerm(ctx: ClauseContext, operator: OperatorValue): ValueOrFunctionTerm | null {
  const { list, terms } = ctx.operand;
  const [term] = terms;
  if (list || terms.length !== 1 || !term) {
    fail(ctx, messages.listNotSupported(ctx.fieldName, operator));
    return null;
  }
  if (term.kind === 'empty') {
    fail(ctx, messages.emptyNotSupported(ctx.fieldName, operator));
    return null;
  }
  return term;
}

/**
 * Compiles a clause over a value field with Jira's semantics: `=`/`IN` match when some value is
 * listed (EMPTY in the list also matches an unset field); `!=`/`NOT IN` match set fields none of
 * whose values is listed; `IS [NOT] EMPTY` test for a value; `<`…`>=` compare; `~`/`!~` search text.
 * `= EMPTY` and `!= EMPTY` mean `IS EMPTY` and `IS NOT EMPTY`.
 */
export function compileValueClause<V extends string | number>(spec: ValueFieldSpec<V>, ctx: ClauseContext): Predicate {
  const { terms, list } = ctx.operand;
  let operator = ctx.operator;
  const onlyEmpty = !list && terms.length === 1 && terms[0]?.kind === 'empty';
  if (onlyEmpty && (operator === '=' || operator === '!=')) {
    const asIs: OperatorValue = operator === '=' ? 'is' : 'is not';
    if (!spec.operators.has(asIs)) return fail(ctx, messages.emptyNotSupported(ctx.fieldName, operator));
    operator = asIs;
  }
  if (!spec.operators.has(operator)) return fail(ctx, messages.operatorNotSupported(ctx.fieldName, ctx.operator));

  switch (operator) {
    case 'is':
      return isEmpty(spec.access);
    case 'is not': {
      const empty = isEmpty(spec.access);
      return (issue) => !empty(issue);
    }
    case '=':
    case '!=':
    case 'in':
    case 'not in': {
      if (list && (operator === '=' || operator === '!=')) return fail(ctx, messages.listNotSupported(ctx.fieldName, operator));
      const values = new Set<V>();
      let withEmpty = false;
      let resolved = true;
      for (const term of terms) {
        if (term.kind === 'empty') {
          withEmpty = true;
          continue;
        }
        const termValues = spec.resolve(term, ctx);
        if (termValues === null) resolved = false;
        else for (const value of termValues) values.add(value);
      }
      if (!resolved) return MATCH_NOTHING;
      const listed = values.size === 0 ? () => false : membership(values);
      if (operator === '!=' || operator === 'not in') return setAndNoValue(spec.access, listed);
      const some = anyValue(spec.access, listed);
      if (!withEmpty) return some;
      const empty = isEmpty(spec.access);
      return (issue) => some(issue) || empty(issue);
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const term = singleTerm(ctx, operator);
      if (!term) return MATCH_NOTHING;
      const bounds = spec.resolve(term, ctx);
      if (bounds === null) return MATCH_NOTHING;
      const [bound] = bounds;
      const test = bound === undefined ? null : comparison(operator, bound);
      return test ? anyValue(spec.access, test) : MATCH_NOTHING;
    }
    case '~':
    case '!~': {
      const term = singleTerm(ctx, operator);
      if (!term || !spec.text) return MATCH_NOTHING;
      if (term.kind === 'function') return fail(ctx, functionProblem(ctx, term.name));
      const query = compileTextQuery(term.value);
      if (!query) return fail(ctx, messages.emptyTextSearch(ctx.fieldName));
      return operator === '~' ? anyValue(spec.text, query) : setAndNoValue(spec.text, query);
    }
    default:
      return fail(ctx, messages.operatorNotSupported(ctx.fieldName, ctx.operator));
  }
}

/** The message for a function a field does not take: unknown to JQL, or not valid for this field. */
export function functionProblem(ctx: ClauseContext, name: string): string {
  const known = name.toLowerCase() === 'currentuser' || isDateFunction(name);
  return known ? messages.functionNotSupported(ctx.fieldName, name) : messages.unknownFunction(name);
}
