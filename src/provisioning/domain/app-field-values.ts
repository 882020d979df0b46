import { refFieldValue, type RefFieldValue } from '#kernel/ref-field-value';
import { APP_FIELD_NAMES, REF_FIELDS, type AppFieldKey } from './app-fields';

/**
 * What each of the app's fields may hold. Jira checks the same rules on its own screens through the
 * `validation` expressions of manifest.yml (`NON_NEGATIVE_VALIDATION` for the Business Case
 * figures) and the Customer and Service fields' `schema`; the app checks them before it writes a
 * value itself, so no path of the app writes what Jira's screens would refuse.
 */
export type AppFieldValue = string | number | RefFieldValue | null;

/** The Business Case figures: costs and benefit are amounts of money, never negative. */
export const NON_NEGATIVE_FIELDS = ['brm-planned-cost', 'brm-actual-cost', 'brm-expected-benefit'] as const satisfies readonly AppFieldKey[];

/** The manifest's `validation.expression` for those fields, word for word. */
export const NON_NEGATIVE_VALIDATION = 'value == null || value >= 0';

const CHOICES: Partial<Record<AppFieldKey, readonly string[]>> = {
  'brm-decision': ['go', 'no-go', 'pending'],
  'brm-strategic': ['yes', 'no'],
};

const isNonNegativeField = (key: AppFieldKey): boolean => NON_NEGATIVE_FIELDS.some((k) => k === key);
const isRefField = (key: AppFieldKey): boolean => REF_FIELDS.some((k) => k === key);

/** Why `value` cannot go into the field `key` (a sentence that follows the field's name), or undefined when it can. */
export function appFieldValueProblem(key: AppFieldKey, value: AppFieldValue): string | undefined {
  if (value === null) return undefined;
  if (isRefField(key)) return refFieldValue.safeParse(value).success ? undefined : 'must be an id and a name, each of 1 to 255 characters';
  if (isNonNegativeField(key)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
    return value >= 0 ? undefined : 'must be 0 or more';
  }
  if (typeof value !== 'string') return 'must be a string';
  const choices = CHOICES[key];
  if (choices && !choices.includes(value)) return `must be one of ${choices.join(', ')}`;
  if (value.trim() === '') return 'must not be blank; clear it with null';
  return undefined;
}

/** The same, as a sentence naming the field: "Planned cost must be 0 or more." */
export function describeAppFieldValueProblem(key: AppFieldKey, problem: string): string {
  return `${APP_FIELD_NAMES[key]} ${problem}.`;
}
