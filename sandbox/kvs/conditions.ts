import { KvsError, KvsErrorCode } from './kvs-error';
import type { ConditionName, FilterItem, Filters, Scalar } from './request-schemas';

/** A condition as `WhereConditions` / `FilterConditions` build it, without the property it tests. */
export interface Condition {
  condition: ConditionName;
  values: Scalar[];
}

/** Filters with their operator made explicit: every item must hold (`and`) or at least one (`or`). */
export interface FilterGroup {
  operator: 'and' | 'or';
  items: FilterItem[];
}

/**
 * Orders two stored values the way an index does: numbers numerically, strings by code unit.
 * Values of different types (or booleans, objects) are not ordered against each other: undefined.
 */
export function compareValues(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** Checks a condition's values: BETWEEN takes two, EXISTS/NOT_EXISTS none that matter, the rest one. */
export function validateCondition(condition: Condition, subject: string): void {
  if (condition.condition === 'BETWEEN') {
    if (condition.values.length < 2) {
      throw new KvsError(400, KvsErrorCode.insufficientFilterValues, `The BETWEEN condition on ${subject} needs two values.`);
    }
    return;
  }
  if (condition.condition === 'EXISTS' || condition.condition === 'NOT_EXISTS') return;
  if (condition.values.length < 1) {
    throw new KvsError(400, KvsErrorCode.insufficientFilterValues, `The ${condition.condition} condition on ${subject} needs a value.`);
  }
}

function equals(actual: unknown, expected: Scalar): boolean {
  return actual === expected;
}

function containsValue(actual: unknown, expected: Scalar): boolean {
  if (typeof actual === 'string') return actual.includes(String(expected));
  if (Array.isArray(actual)) return actual.some((element) => element === expected);
  return false;
}

/**
 * Whether `actual` (a stored attribute value, `undefined` when the attribute is absent) meets the
 * condition. Comparisons between values of different types do not hold; NOT_EQUAL_TO and
 * NOT_CONTAINS hold for an absent attribute.
 */
export function meetsCondition(actual: unknown, { condition, values }: Condition): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return first !== undefined && equals(actual, first);
    case 'NOT_EQUAL_TO':
      return first === undefined || !equals(actual, first);
    case 'CONTAINS':
      return first !== undefined && containsValue(actual, first);
    case 'NOT_CONTAINS':
      return first === undefined || !containsValue(actual, first);
    case 'BEGINS_WITH':
      return first !== undefined && typeof actual === 'string' && actual.startsWith(String(first));
    case 'GREATER_THAN': {
      const order = compareValues(actual, first);
      return order !== undefined && order > 0;
    }
    case 'GREATER_THAN_EQUAL_TO': {
      const order = compareValues(actual, first);
      return order !== undefined && order >= 0;
    }
    case 'LESS_THAN': {
      const order = compareValues(actual, first);
      return order !== undefined && order < 0;
    }
    case 'LESS_THAN_EQUAL_TO': {
      const order = compareValues(actual, first);
      return order !== undefined && order <= 0;
    }
    case 'BETWEEN': {
      const fromLow = compareValues(actual, first);
      const toHigh = compareValues(actual, second);
      return fromLow !== undefined && toHigh !== undefined && fromLow >= 0 && toHigh <= 0;
    }
  }
}

/**
 * Turns `{ and: [...] }` / `{ or: [...] }` into a filter group, refusing both operators at once or
 * an empty list as Forge does. Undefined when there are no filters.
 */
export function filterGroupOf(filters: Filters | undefined): FilterGroup | undefined {
  if (!filters) return undefined;
  const { and, or } = filters;
  if (and !== undefined && or !== undefined) {
    throw new KvsError(400, KvsErrorCode.invalidFilterOperatorsCombination, 'Filter operators "and" and "or" cannot be present at the same level.');
  }
  const group: FilterGroup | undefined = and !== undefined ? { operator: 'and', items: and } : or !== undefined ? { operator: 'or', items: or } : undefined;
  if (!group) return undefined;
  if (group.items.length === 0) throw new KvsError(400, KvsErrorCode.emptyFilterOperator, `Filter operator "${group.operator}" cannot be empty.`);
  for (const item of group.items) validateCondition(item, `attribute '${item.property}'`);
  return group;
}

/** Whether an entity value passes the filter group (a value passes when there is no group). */
export function passesFilters(value: Record<string, unknown>, group: FilterGroup | undefined): boolean {
  if (!group) return true;
  const holds = (item: FilterItem): boolean => meetsCondition(value[item.property], item);
  return group.operator === 'and' ? group.items.every(holds) : group.items.some(holds);
}
