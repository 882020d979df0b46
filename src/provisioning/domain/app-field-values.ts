import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { refFieldValue, type RefFieldValue } from '#kernel/ref-field-value';
import type { Text } from '#kernel/texts';
import { APP_FIELD_NAMES, REF_FIELDS, type AppFieldKey } from './app-fields';
import { PROVISIONING_TEXTS } from './texts';

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

/** Why `value` cannot go into the field `key` (a sentence that follows the field's name, in English), or undefined when it can. */
export const appFieldValueProblem = (key: AppFieldKey, value: AppFieldValue): string | undefined => appFieldValueProblemText(key, value)?.english;

/** The same, to be written in its reader's language. */
export function appFieldValueProblemText(key: AppFieldKey, value: AppFieldValue): Text | undefined {
  if (value === null) return undefined;
  if (isRefField(key)) return refFieldValue.safeParse(value).success ? undefined : PROVISIONING_TEXTS.text('value.ref');
  if (isNonNegativeField(key)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return KERNEL_TEXTS.text('input.number');
    return value >= 0 ? undefined : PROVISIONING_TEXTS.text('value.nonNegative');
  }
  if (typeof value !== 'string') return KERNEL_TEXTS.text('input.string');
  const choices = CHOICES[key];
  if (choices && !choices.includes(value)) return PROVISIONING_TEXTS.text('value.oneOf', { choices: choices.join(', ') });
  if (value.trim() === '') return PROVISIONING_TEXTS.text('value.blank');
  return undefined;
}

/** The same, as a sentence naming the field: "Planned cost must be 0 or more." */
export function describeAppFieldValueProblem(key: AppFieldKey, problem: Text): Text {
  const field = APP_FIELD_NAMES[key];
  return {
    english: PROVISIONING_TEXTS.in('en', 'value.problem', { field, problem: problem.english }),
    in: (locale) => PROVISIONING_TEXTS.in(locale, 'value.problem', { field, problem: problem.in(locale) }),
  };
}
