import type { EntityPropertyIndex, StoredIssue } from '../model';
import { EQUALITY_OPERATORS, ORDERED_OPERATORS, TEXT_OPERATORS, type CompileScope } from './clause-kit';
import { valueField, type FieldHandler } from './field-handler';
import { userField } from './system-fields';
import { dateResolver, lowerCaseResolver, numberResolver } from './term-resolvers';
import { storedDateReader } from './date-values';
import { getProperty, isArray, isFiniteNumber, toNumber, toText } from './natives';

/** Path segments of an index path, whether written `score.overall` or `.score.overall`. */
export function pathSegments(path: string): string[] {
  return path.split('.').filter((segment) => segment !== '');
}

/**
 * Appends the values at a path in a property value to `out`, read with `read` (unreadable values
 * are skipped). Lists are searched item by item, as Jira indexes them.
 */
function collectAtPath<T>(value: unknown, segments: readonly string[], from: number, read: (value: unknown) => T | null, out: T[]): void {
  let current = value;
  for (let index = from; index < segments.length; index += 1) {
    if (isArray(current)) {
      for (const item of current) collectAtPath(item, segments, index, read, out);
      return;
    }
    if (typeof current !== 'object' || current === null) return;
    current = getProperty(current, segments[index] ?? '');
  }
  if (isArray(current)) {
    for (const item of current) collectAtPath(item, segments, segments.length, read, out);
    return;
  }
  if (current === null || current === undefined) return;
  const readable = read(current);
  if (readable !== null) out.push(readable);
}

/**
 * A reader of the values at a path, for evaluating many issues: it fills one reused list, so
 * the list it returns is valid only until its next call. Clause predicates and sort keys read
 * the list at once and keep nothing, which spares an allocation per issue.
 */
function pathReader<T>(root: (issue: StoredIssue) => unknown, path: string, read: (value: unknown) => T | null): (issue: StoredIssue) => readonly T[] {
  const segments = pathSegments(path);
  const buffer: T[] = [];
  return (issue) => {
    buffer.length = 0;
    collectAtPath(root(issue), segments, 0, read, buffer);
    return buffer;
  };
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return toText(value);
  return null;
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && isFiniteNumber(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && isFiniteNumber(toNumber(value))) return toNumber(value);
  return null;
}

/** How an indexed value is searched: exact string, number, text (`~`), user (account ids) or date. */
export type IndexedValueType = EntityPropertyIndex['type'];

/**
 * The handler of an indexed issue property (`issue.property[key].path` or its search alias),
 * typed as the `jira:entityProperty` module declares it.
 */
export function propertyHandler(index: EntityPropertyIndex, scope: CompileScope): FieldHandler {
  return indexedValueHandler(index.type, (issue) => issue.properties[index.propertyKey], index.path, scope);
}

/**
 * The handler of values at `path` inside what `root` reads from an issue (an entity property, or
 * the value of a Forge object field), searched as `type`. Lists on the path are searched item by item.
 */
export function indexedValueHandler(type: IndexedValueType, root: (issue: StoredIssue) => unknown, path: string, scope: CompileScope): FieldHandler {
  const reader = <T>(read: (value: unknown) => T | null) => pathReader(root, path, read);
  switch (type) {
    case 'number': {
      const numbers = reader(numberOf);
      return valueField<number>(
        { operators: ORDERED_OPERATORS, access: { many: numbers }, resolve: numberResolver },
        { kind: 'number', key: (issue) => numbers(issue)[0] ?? null },
      );
    }
    case 'string': {
      const texts = reader(scalarText);
      const lowerCase = reader((value) => scalarText(value)?.toLowerCase() ?? null);
      return valueField<string>(
        { operators: EQUALITY_OPERATORS, access: { many: lowerCase }, resolve: lowerCaseResolver },
        { kind: 'text', key: (issue) => texts(issue)[0] ?? null },
      );
    }
    case 'text': {
      const texts = reader(scalarText);
      return valueField<string>(
        { operators: TEXT_OPERATORS, access: { many: texts }, resolve: lowerCaseResolver, text: { many: texts } },
        { kind: 'text', key: (issue) => texts(issue)[0] ?? null },
      );
    }
    case 'user': {
      const ids = reader(scalarText);
      return userField(scope.tenant, { many: ids }, (issue) => ids(issue)[0] ?? null);
    }
    case 'date': {
      const instants = reader(storedDateReader(scope.dates.timeZone));
      return valueField<number>(
        { operators: ORDERED_OPERATORS, access: { many: instants }, resolve: dateResolver },
        { kind: 'number', key: (issue) => instants(issue)[0] ?? null },
      );
    }
  }
}
