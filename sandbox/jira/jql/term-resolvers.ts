import { functionProblem, type ClauseContext, type TermResolver, type ValueOrFunctionTerm } from './clause-kit';
import { evaluateDateFunction, isDateFunction, parseDateValue } from './date-values';
import { messages } from './messages';
import type { RefLookup } from './tenant-index';
import { getProperty, isArray, toText } from './natives';

function refuseFunction(term: ValueOrFunctionTerm, ctx: ClauseContext): null {
  if (term.kind === 'function') ctx.scope.errors.push(functionProblem(ctx, term.name));
  return null;
}

/** The current user's account id, for currentUser(): none when the search is anonymous. */
function currentUser(term: Extract<ValueOrFunctionTerm, { kind: 'function' }>, ctx: ClauseContext): readonly string[] | null {
  if (term.args.length > 0) {
    ctx.scope.errors.push(`Function 'currentUser' expected '0' arguments but received '${term.args.length}'.`);
    return null;
  }
  return ctx.scope.currentUserId === null ? [] : [ctx.scope.currentUserId];
}

function isCurrentUser(name: string): boolean {
  return name.toLowerCase() === 'currentuser';
}

/** Names, keys or ids of tenant entities (projects, statuses…) to their ids; unknown names are errors. */
export function refResolver(lookup: () => RefLookup): TermResolver<string> {
  return (term, ctx) => {
    if (term.kind === 'function') return refuseFunction(term, ctx);
    const ids = lookup().get(term.value.toLowerCase());
    if (ids) return ids;
    ctx.scope.errors.push(messages.unknownValue(ctx.fieldName, term.value));
    return null;
  };
}

/** Account ids or e-mail addresses, and currentUser(), to account ids. */
export function userResolver(users: () => RefLookup): TermResolver<string> {
  const byRef = refResolver(users);
  return (term, ctx) => (term.kind === 'function' && isCurrentUser(term.name) ? currentUser(term, ctx) : byRef(term, ctx));
}

/** Free values compared case-insensitively (labels, exact text). */
export const lowerCaseResolver: TermResolver<string> = (term, ctx) => (term.kind === 'function' ? refuseFunction(term, ctx) : [term.value.toLowerCase()]);

export const numberResolver: TermResolver<number> = (term, ctx) => {
  if (term.kind === 'function') return refuseFunction(term, ctx);
  const value = term.value.trim() === '' ? Number.NaN : Number(term.value);
  if (Number.isFinite(value)) return [value];
  ctx.scope.errors.push(messages.badNumber(ctx.fieldName, term.value));
  return null;
};

/** Date literals, relative periods and date functions, to epoch milliseconds. */
export const dateResolver: TermResolver<number> = (term, ctx) => {
  if (term.kind === 'function') {
    if (!isDateFunction(term.name)) return refuseFunction(term, ctx);
    const result = evaluateDateFunction(term.name, term.args, ctx.scope.dates);
    if ('instant' in result) return [result.instant];
    ctx.scope.errors.push(result.error);
    return null;
  }
  const instant = parseDateValue(term.value, ctx.scope.dates);
  if (instant !== null) return [instant];
  ctx.scope.errors.push(messages.badDate(ctx.fieldName, term.value));
  return null;
};

/**
 * Keys of values whose shape the engine does not know in advance (select options, users, Forge
 * objects, lists of them): see `genericKeys`. A term matches its own text, an id, or a user.
 */
export function genericResolver(users: () => RefLookup): TermResolver<string> {
  return (term, ctx) => {
    if (term.kind === 'function') {
      if (!isCurrentUser(term.name)) return refuseFunction(term, ctx);
      const ids = currentUser(term, ctx);
      return ids && ids.map((id) => `@${id}`);
    }
    const keys = [term.value.toLowerCase(), `#${term.value}`];
    for (const accountId of users().get(term.value.toLowerCase()) ?? []) keys.push(`@${accountId}`);
    return keys;
  };
}

/**
 * Comparison keys of a stored custom field or property value: text lower-cased, option or object
 * ids as `#id`, users as `@accountId`. Lists give the keys of all their items.
 */
export function genericKeys(value: unknown): string[] {
  const keys: string[] = [];
  const visit = (item: unknown): void => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string') keys.push(item.toLowerCase());
    else if (typeof item === 'number' || typeof item === 'boolean') keys.push(toText(item).toLowerCase());
    else if (isArray(item)) item.forEach(visit);
    else if (typeof item === 'object') {
      if ('accountId' in item && typeof item.accountId === 'string') keys.push(`@${item.accountId}`);
      if ('id' in item && (typeof item.id === 'string' || typeof item.id === 'number')) keys.push(`#${item.id}`);
      for (const name of ['value', 'name', 'key'] as const) {
        if (name in item) {
          const text: unknown = getProperty(item, name);
          if (typeof text === 'string') keys.push(text.toLowerCase());
        }
      }
    }
  };
  visit(value);
  return keys;
}
