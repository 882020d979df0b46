import { z } from 'zod';

/**
 * The value of the app's Customer and Service fields: Forge `jira:customField`s of type `object`
 * whose manifest `schema` is `{ id, name }`, both strings of 1 to 255 characters. The id is what the
 * app and JQL go by (`Customer.id = 10003`); the name is the organization's or service's name when
 * the value was set, which Jira shows wherever it lists the field (the manifest's formatter is
 * `value.name`). Every part of the app reads and writes the fields through this one schema; a unit
 * test holds manifest.yml's schema to it.
 */

/** The app's fields whose values are `{ id, name }`: Customer and Service (`jira:customField` module keys). */
export const REF_FIELD_KEYS = ['brm-customer', 'brm-service'] as const;
export type RefFieldKey = (typeof REF_FIELD_KEYS)[number];

/** The longest id or name the fields' manifest schema accepts. */
export const REF_FIELD_TEXT_MAX = 255;

const text = z.string().min(1).max(REF_FIELD_TEXT_MAX);

export const refFieldValue = z.object({ id: text, name: text });
export type RefFieldValue = z.infer<typeof refFieldValue>;

/** A stored value of the Customer or Service field, or null when the field is empty or holds anything else. */
export function readRefFieldValue(value: unknown): RefFieldValue | null {
  const parsed = refFieldValue.safeParse(value);
  return parsed.success ? { id: parsed.data.id, name: parsed.data.name } : null;
}

/** The value to write for an organization or service: its id and its name, cut to what the field holds. */
export function refFieldValueOf(ref: { id: string; name: string }): RefFieldValue {
  const name = [...ref.name.trim()].slice(0, REF_FIELD_TEXT_MAX).join('');
  return { id: ref.id, name: name === '' ? ref.id : name };
}
