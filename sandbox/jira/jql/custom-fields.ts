import type { JiraField, StoredIssue } from '../model';
import { EQUALITY_OPERATORS, EXACT_AND_TEXT_OPERATORS, ORDERED_OPERATORS, TEXT_OPERATORS, type CompileScope } from './clause-kit';
import { valueField, type FieldHandler } from './field-handler';
import { organizationsField, userField } from './system-fields';
import { dateResolver, genericKeys, genericResolver, lowerCaseResolver, numberResolver } from './term-resolvers';
import { storedDateReader } from './date-values';
import { isArray, isFiniteNumber, toNumber } from './natives';

const JSM_ORGANIZATIONS = 'com.atlassian.servicedesk:sd-customer-organizations';
const JSM_PARTICIPANTS = 'com.atlassian.servicedesk:sd-request-participants';

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return isFiniteNumber(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = toNumber(value);
    return isFiniteNumber(number) ? number : null;
  }
  return null;
}

/** Every string held by a value (a text, option values, list items), for `~`. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (isArray(value)) return value.flatMap(textsOf);
  if (typeof value === 'object' && value !== null && 'value' in value) return textsOf(value.value);
  return [];
}

/** Every string and number anywhere in a value (an object's properties, a list's items), for `~`. */
function leafTexts(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (typeof value === 'number' && isFiniteNumber(value)) return [String(value)];
  if (isArray(value)) return value.flatMap(leafTexts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leafTexts);
  return [];
}

function isTextSearcher(field: JiraField): boolean {
  return field.searcherKey !== undefined && /:textsearcher$/.test(field.searcherKey);
}

/**
 * The handler of one custom field, chosen by its JQL value type. Values are read from
 * `issue.customFields[field.id]` in the REST API's shapes: numbers, ISO dates, strings, options
 * `{ id, value }`, users `{ accountId }`, Forge objects, or lists of these.
 */
export function customFieldHandler(field: JiraField, scope: CompileScope): FieldHandler {
  const tenant = scope.tenant;
  const raw = (issue: StoredIssue): unknown => issue.customFields[field.id];
  const firstText = (issue: StoredIssue): string | null => textsOf(raw(issue))[0]?.toLowerCase() ?? genericKeys(raw(issue))[0] ?? null;

  if (field.schemaCustom === JSM_ORGANIZATIONS) return organizationsField(tenant);
  if (field.schemaCustom === JSM_PARTICIPANTS) return userField(tenant, { many: (issue) => issue.participantIds }, null);

  switch (field.schemaType) {
    case 'number': {
      const read = (issue: StoredIssue) => asNumber(raw(issue));
      return valueField<number>({ operators: ORDERED_OPERATORS, access: { one: read }, resolve: numberResolver }, { kind: 'number', key: read });
    }
    case 'date':
    case 'datetime': {
      const read = storedDateReader(scope.dates.timeZone);
      const instant = (issue: StoredIssue) => read(raw(issue));
      return valueField<number>({ operators: ORDERED_OPERATORS, access: { one: instant }, resolve: dateResolver }, { kind: 'number', key: instant });
    }
    case 'string': {
      const text = (issue: StoredIssue) => {
        const value = raw(issue);
        return typeof value === 'string' && value !== '' ? value : null;
      };
      const sort = { kind: 'text' as const, key: text };
      if (isTextSearcher(field)) {
        return valueField<string>({ operators: TEXT_OPERATORS, access: { one: text }, resolve: lowerCaseResolver, text: { one: text } }, sort);
      }
      return valueField<string>(
        {
          operators: EXACT_AND_TEXT_OPERATORS,
          access: { one: (issue) => text(issue)?.toLowerCase() ?? null },
          resolve: lowerCaseResolver,
          text: { one: text },
        },
        sort,
      );
    }
    case 'user': {
      const accountIdOf = (issue: StoredIssue): string | null => {
        const value = raw(issue);
        return typeof value === 'object' && value !== null && 'accountId' in value && typeof value.accountId === 'string' ? value.accountId : null;
      };
      return userField(tenant, { one: accountIdOf }, accountIdOf);
    }
    case 'object': {
      // A Forge object field: "you can search for a text string anywhere in the content" with `~`
      // (Forge manifest reference, "Object type JQL search"); its properties are searched through
      // their search aliases (`Customer.id = 10003`, field-lookup.ts). Exact comparison of the whole
      // value is not offered.
      const texts = (issue: StoredIssue) => leafTexts(raw(issue));
      return valueField<string>(
        { operators: TEXT_OPERATORS, access: { many: texts }, resolve: lowerCaseResolver, text: { many: texts } },
        { kind: 'text', key: (issue) => texts(issue)[0] ?? null },
      );
    }
    default: {
      // Options, lists and values of unknown type compare by their generic keys.
      // Select lists take no `~` in Jira; untyped values do.
      const takesText = field.schemaType === 'any';
      return valueField<string>(
        {
          operators: takesText ? EXACT_AND_TEXT_OPERATORS : EQUALITY_OPERATORS,
          access: { many: (issue) => genericKeys(raw(issue)) },
          resolve: genericResolver(() => tenant.users().refs),
          text: { many: (issue) => textsOf(raw(issue)) },
        },
        { kind: 'text', key: firstText },
      );
    }
  }
}
